import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";

/**
 * Sign-in and the tamper-evident audit trail (issue 5).
 * - users: one row per account; only a scrypt hash of the password (auth/password.ts). A `patient`
 *   user is linked to exactly one patient, every other role to none (D10). Never deleted: disabled.
 * - sessions: keyed by the SHA-256 of the cookie's token, so a copy of this table signs no one in.
 * - audit_log gains its hash chain: `seq`, `prev_hash`, `hash` are filled by the one background
 *   sealer (audit/sealer.ts) after the row commits, so request transactions only INSERT and never
 *   wait on a chain head. The append-only trigger is replaced by one that allows exactly that:
 *   filling the three chain columns of an unsealed row once, every other column unchanged.
 */
export const statements: readonly string[] = [
  `CREATE TABLE users (
    id uuid PRIMARY KEY,
    username text NOT NULL CONSTRAINT users_username_check CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    role text NOT NULL CONSTRAINT users_role_check CHECK (role IN ('admin', 'clinician', 'researcher', 'patient')),
    password_hash text NOT NULL CHECK (char_length(password_hash) BETWEEN 20 AND 300),
    patient_id uuid REFERENCES patients (id),
    disabled_at timestamptz,
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_username_key UNIQUE (username),
    CONSTRAINT users_patient_link_check CHECK ((role = 'patient') = (patient_id IS NOT NULL))
  )`,
  `CREATE TABLE sessions (
    token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  "CREATE INDEX sessions_user_id_idx ON sessions (user_id)",
  "ALTER TABLE audit_log ADD COLUMN seq bigint CONSTRAINT audit_log_seq_key UNIQUE",
  "ALTER TABLE audit_log ADD COLUMN prev_hash text CHECK (prev_hash ~ '^[0-9a-f]{64}$')",
  "ALTER TABLE audit_log ADD COLUMN hash text CHECK (hash ~ '^[0-9a-f]{64}$')",
  `ALTER TABLE audit_log ADD CONSTRAINT audit_log_chain_complete
    CHECK ((seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
      OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL))`,
  // What the sealer reads next: small, since rows leave it within a second.
  "CREATE INDEX audit_log_unsealed_idx ON audit_log (at, id) WHERE seq IS NULL",
  "CREATE INDEX audit_log_user_id_idx ON audit_log (user_id)",
  `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
      AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
