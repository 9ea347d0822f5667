import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { RecordNotFoundError, StaleVersionError } from "./errors.ts";

/** Tables whose rows carry a `version` for optimistic concurrency (children change through them). */
export type VersionedTable = "patients" | "encounters" | "imaging_studies" | "treatments" | "users";

/**
 * The gate of every update: moves `version` from `expectedVersion` to the next one, or throws.
 * Call it first inside the update's transaction; a StaleVersionError then rolls the whole
 * transaction back, so a stale write changes nothing (the API answers 409). The compare-and-set
 * is one UPDATE … WHERE version = $expected, atomic under concurrent writers on both databases.
 */
export async function bumpVersion(
  trx: Kysely<Database>,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
): Promise<number> {
  const bumped = await sql<{ version: number }>`
    UPDATE ${sql.table(table)} SET version = version + 1, updated_at = now()
    WHERE id = ${id} AND version = ${expectedVersion}
    RETURNING version`.execute(trx);
  const row = bumped.rows[0];
  if (row) return row.version;
  const current = await sql<{ version: number }>`
    SELECT version FROM ${sql.table(table)} WHERE id = ${id}`.execute(trx);
  const currentVersion = current.rows[0]?.version;
  if (currentVersion === undefined) throw new RecordNotFoundError(table, id);
  throw new StaleVersionError(table, id, expectedVersion, currentVersion);
}
