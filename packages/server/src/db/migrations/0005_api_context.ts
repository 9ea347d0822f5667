import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";

/**
 * What the API's RequestContext needs (D10): which sites a user may act for, and where a request
 * came from in the audit log. `site_members` is the shape sign-in will fill; until then the demo
 * clinician is its only user. The audit outcome `invalid` records a refused request (bad input,
 * missing precondition) apart from a real fault (`error`); the CHECK is replaced by name, as
 * vocabulary-0001.ts says a growing vocabulary must be.
 */
export const statements: readonly string[] = [
  `CREATE TABLE site_members (
    user_id text NOT NULL CHECK (char_length(user_id) BETWEEN 1 AND 200),
    site_id uuid NOT NULL REFERENCES sites (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, site_id)
  )`,
  "ALTER TABLE audit_log ADD COLUMN remote_address text CHECK (char_length(remote_address) <= 100)",
  `ALTER TABLE audit_log DROP CONSTRAINT audit_log_outcome_check,
    ADD CONSTRAINT audit_log_outcome_check
      CHECK (outcome IN ('success', 'denied', 'not-found', 'conflict', 'invalid', 'error'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
