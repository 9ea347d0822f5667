/**
 * What a researcher must never see: the demo patients' names, MRNs, birth dates (as the API writes
 * them and as the app would show them) and record ids, read through the clinician's session.
 */
import { demoPatients } from "./patient-commands.ts";
import type { RegistryClient } from "./registry-client.ts";

/** "2015-03-01" → "1 Mar 2015", the app's way of showing a date (app/dates.ts). */
const shownDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

export async function demoIdentifiers(clinicianApi: RegistryClient): Promise<string[]> {
  const patients = await demoPatients(clinicianApi);
  if (patients.length === 0) throw new Error("the clinician sees no demo patient: nothing to check against");
  const values = patients.flatMap((p) => [
    p.id,
    p.name,
    p.mrn,
    p.birthDate,
    p.birthDate ? shownDate(p.birthDate) : null,
  ]);
  // The demo's own prefixes too, so a patient the clinician cannot see is caught all the same.
  return ["Synthetic Patient", "SYN-", ...values.filter((v): v is string => Boolean(v))];
}

/** The identifiers that occur in this text (case-insensitive): none is the only good answer. */
export function identifiersIn(text: string, identifiers: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return identifiers.filter((id) => lower.includes(id.toLowerCase()));
}
