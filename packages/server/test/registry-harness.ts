import type { Kysely } from "kysely";
import { type OpenOptions, openDatabase, type RegistryDatabase } from "../src/db/database.ts";
import type { Database } from "../src/db/schema.ts";
import type { RegistryContext } from "../src/registry/audit.ts";
import { createSite } from "../src/registry/site-repository.ts";

/** Gives a new, empty database location on each call (a data folder, or a database URL). */
export type NewLocation = () => Promise<OpenOptions>;

/** One open registry shared by a describe block, with the clock readings the report quotes. */
export interface Harness {
  location: OpenOptions;
  reg: RegistryDatabase;
  ctx: RegistryContext;
  timings: Record<string, number>;
}

export async function openHarness(
  newLocation: NewLocation,
  timings: Record<string, number>,
): Promise<Harness> {
  const location = await newLocation();
  const reg = await timed(timings, "open (create + migrate)", () => openDatabase(location));
  const { siteId } = await createSite(reg.db, { name: `Fictitious Children's Hospital ${Date.now()}` });
  return { location, reg, ctx: { userId: "demo-clinician", siteId }, timings };
}

export async function timed<T>(
  timings: Record<string, number>,
  label: string,
  action: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await action();
  } finally {
    timings[label] = Math.round(performance.now() - start);
  }
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db.selectFrom(table).select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of the tables a course writes, to show that a failed save wrote nothing. */
export async function courseTableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = [
    "patients",
    "patient_identifiers",
    "encounters",
    "lab_results",
    "lesions",
    "treatments",
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(db, table);
  return counts;
}

export function auditRows(db: Kysely<Database>, patientId: string) {
  return db.selectFrom("audit_log").selectAll().where("patient_id", "=", patientId).orderBy("id").execute();
}
