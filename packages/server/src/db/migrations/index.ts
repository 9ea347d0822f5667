import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as m0001 from "./0001_initial.ts";
import * as m0002 from "./0002_encounters.ts";
import * as m0003 from "./0003_imaging.ts";
import * as m0004 from "./0004_treatments_evaluations.ts";
import * as m0005 from "./0005_api_context.ts";
import * as m0006 from "./0006_security.ts";

/**
 * Every migration, in order. Imported statically (not read from the folder at run time) so the
 * list survives bundling and a missing file is a compile error. Migrations only add: no down
 * steps, no DROP of a table or column (a test reads the SQL), so upgrading never loses data.
 */
export const MIGRATIONS = {
  "0001_initial": m0001,
  "0002_encounters": m0002,
  "0003_imaging": m0003,
  "0004_treatments_evaluations": m0004,
  "0005_api_context": m0005,
  "0006_security": m0006,
} satisfies Record<string, Migration & { statements: readonly string[] }>;

export type MigrationName = keyof typeof MIGRATIONS;
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1) as MigrationName;

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Applies pending migrations with Kysely's Migrator: under its lock, and on PostgreSQL (both of
 * our databases) all pending migrations in ONE transaction, so an upgrade lands whole or not at
 * all. Its bookkeeping tables are kysely_migration and kysely_migration_lock.
 */
export async function migrate(db: Kysely<unknown>, target: MigrationName = LATEST_MIGRATION): Promise<void> {
  const migrator = new Migrator({ db, provider });
  // migrateTo an earlier name would migrate DOWN; with no down steps Kysely would only forget
  // that the later ones ran, and the next start would re-run them on existing tables.
  const executed = (await migrator.getMigrations()).filter((info) => info.executedAt !== undefined);
  const last = executed.at(-1)?.name;
  if (last !== undefined && last > target) {
    throw new Error(`The database is at migration ${last}, past ${target}: migrations never go down.`);
  }
  const { error, results } =
    target === LATEST_MIGRATION ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ?? ""} failed: ${reason}`.replace("  ", " "), {
      cause: error,
    });
  }
}
