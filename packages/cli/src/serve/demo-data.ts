import { ensureDemoSite, type RegistryDatabase } from "@cno-atlas/server";
import { generateCohort } from "@cno-atlas/synth";
import { importRecords } from "../registry/import-records.ts";

/** A handful of clearly fictitious patients ("Synthetic Patient …"), the same on every machine. */
export const DEMO_PATIENTS = 8;
const DEMO_SEED = "cno-atlas-demo";
// Recent enough that the demo histories run into the present years.
const DEMO_EPOCH = "2019-06-01";

/** On first start (no patient yet), loads the demo patients into the demo site. Returns how many. */
export async function loadDemoOnFirstStart(database: RegistryDatabase): Promise<number> {
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
    epoch: DEMO_EPOCH,
  });
  return importRecords(database, records);
}
