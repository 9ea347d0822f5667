/** Questions the specs ask the registry directly, to check what the browser did (or did not) save. */
import type { RegistryClient } from "./registry-client.ts";

interface ListItem {
  id: string;
  name: string | null;
  mrn: string | null;
  birthDate: string | null;
}
export interface LesionHistory {
  site: string;
  side?: string;
  entries: { date: string; status: string }[];
}
interface Chart {
  on: string;
  lesionHistories: LesionHistory[];
  timeline: { visits: { date: string; lesionCount: number | null }[] };
  course: { visits: { date: string }[] };
  assessment: { status: { mimic: { state: "confirmed" | "suspected" } | null } };
}

export async function demoPatients(api: RegistryClient): Promise<ListItem[]> {
  return (await api.get<{ items: ListItem[] }>("/api/patients?pageSize=100")).items;
}

export const chartOf = (api: RegistryClient, id: string) => api.get<Chart>(`/api/patients/${id}/chart`);

/** A demo patient with no lesion ever recorded at this bone, so a new one there reads "new". */
export async function patientWithoutLesionAt(
  api: RegistryClient,
  site: string,
  side: string,
  skip: string[] = [],
) {
  for (const p of await demoPatients(api)) {
    if (skip.includes(p.id)) continue;
    const chart = await chartOf(api, p.id);
    if (!chart.lesionHistories.some((h) => h.site === site && h.side === side)) return p;
  }
  throw new Error(`every demo patient has a lesion at ${side} ${site}`);
}

export async function visitCount(api: RegistryClient, id: string): Promise<number> {
  return (await api.get<{ items: unknown[] }>(`/api/patients/${id}/visits`)).items.length;
}

export async function imagingStudies(api: RegistryClient, id: string) {
  return (
    await api.get<{ items: { date: string; lesions: { site: string; side?: string }[] }[] }>(
      `/api/patients/${id}/imaging-studies`,
    )
  ).items;
}
