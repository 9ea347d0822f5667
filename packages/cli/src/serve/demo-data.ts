import { ensureDemoSite, type RegistryDatabase } from "@cno-atlas/server";
import { generateCohort } from "@cno-atlas/synth";
import { importRecords } from "../registry/import-records.ts";

/**
 * A handful of clearly fictitious patients ("Synthetic Patient …"), generated as of a date (D11:
 * default today, nothing after it), so the histories run up to the present and no reminder is years
 * overdue; the same seed and date give the same patients on every machine.
 */
export const DEMO_PATIENTS = 8;
const DEMO_SEED = "cno-atlas-demo";

/** On first start (no patient yet), loads the demo patients into the demo site. Returns how many. */
export async function loadDemoOnFirstStart(database: RegistryDatabase, asOf: string): Promise<number> {
  const existing = await database.db
    .selectFrom("patients")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const { siteId } = await ensureDemoSite(database);
  // A quarter of the demo are mimics, so the red flags have something to show.
  const records = generateCohort({
    patients: DEMO_PATIENTS,
    seed: DEMO_SEED,
    sites: [siteId],
    mimicShare: 0.25,
    asOf,
  });
  return importRecords(database, records);
}
