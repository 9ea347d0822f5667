import { createHash } from "node:crypto";
import { sql } from "kysely";

/** The previous hash of the first entry. */
export const GENESIS = "0".repeat(64);

/**
 * Every column an entry's hash covers, read in a form that is the same on every PostgreSQL and
 * every client: `at` as whole microseconds since the epoch (a JS Date would drop the last three
 * digits), ids as their canonical text.
 */
export const CHAINED_COLUMNS = sql`id::text AS id, (extract(epoch FROM at) * 1000000)::bigint::text AS at_us,
  user_id, site_id::text AS site_id, action, entity, entity_id::text AS entity_id,
  patient_id::text AS patient_id, outcome, error_code, remote_address`;

export interface ChainedRow {
  id: string;
  at_us: string;
  user_id: string;
  site_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  patient_id: string | null;
  outcome: string;
  error_code: string | null;
  remote_address: string | null;
}

/**
 * hash(n) = SHA-256 over a versioned JSON array of (seq, prev_hash, every chained column): a
 * changed column, a removed or reordered entry (prev_hash and seq no longer line up) all show.
 */
export function entryHash(seq: bigint | number | string, prevHash: string, row: ChainedRow): string {
  const content = [
    "cno-atlas-audit-v1",
    String(seq),
    prevHash,
    row.id,
    row.at_us,
    row.user_id,
    row.site_id,
    row.action,
    row.entity,
    row.entity_id,
    row.patient_id,
    row.outcome,
    row.error_code,
    row.remote_address,
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
