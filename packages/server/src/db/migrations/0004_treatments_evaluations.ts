import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";
import { DRUG_CLASSES_0001, sqlList } from "./vocabulary-0001.ts";

/**
 * Treatments (D1: drug, dose, route, start/stop, reason stopped) and stored evaluations. An
 * evaluation is a computed snapshot of the core's output, kept whole as jsonb with the keys a
 * query needs (date, rule set) as columns; it is never the system of record for its inputs.
 */
export const statements: readonly string[] = [
  `CREATE TABLE treatments (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    drug_class text NOT NULL CONSTRAINT treatments_drug_class_check CHECK (drug_class IN (${sqlList(DRUG_CLASSES_0001)})),
    drug text NOT NULL CHECK (char_length(drug) BETWEEN 1 AND 200),
    started_on date NOT NULL,
    stopped_on date,
    dose_value double precision CHECK (dose_value >= 0),
    dose_unit text CHECK (char_length(dose_unit) BETWEEN 1 AND 40),
    route text CHECK (char_length(route) <= 80),
    reason_stopped text CONSTRAINT treatments_reason_stopped_check
      CHECK (reason_stopped IN ('remission', 'inefficacy', 'adverse-event', 'patient-choice', 'other')),
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT treatments_stop_after_start CHECK (stopped_on >= started_on),
    CONSTRAINT treatments_dose_complete CHECK ((dose_value IS NULL) = (dose_unit IS NULL))
  )`,
  "CREATE INDEX treatments_patient_id_idx ON treatments (patient_id, drug_class)",
  `CREATE TABLE evaluations (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    assessed_on date NOT NULL,
    rule_set_id text NOT NULL CHECK (char_length(rule_set_id) BETWEEN 1 AND 200),
    rule_set_sha256 text CHECK (rule_set_sha256 ~ '^[0-9a-f]{64}$'),
    evaluation jsonb NOT NULL CHECK (jsonb_typeof(evaluation) = 'object'),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  "CREATE INDEX evaluations_patient_id_idx ON evaluations (patient_id, assessed_on)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
