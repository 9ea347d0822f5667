import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";
import {
  BONE_SITES_0001,
  CONDITIONS_0001,
  HISTOLOGY_FINDINGS_0001,
  MIMIC_STATUSES_0001,
  sqlList,
} from "./vocabulary-0001.ts";

const mimic = (column: string) =>
  `${column} text CONSTRAINT patients_${column}_check CHECK (${column} IN (${sqlList(MIMIC_STATUSES_0001)}))`;

/**
 * Sites, the bone-site atlas, patients with the patient-level parts of a course, identifiers kept
 * apart, and the append-only audit log. Constraint names are explicit so that a later migration can
 * replace a vocabulary CHECK by name.
 */
export const statements: readonly string[] = [
  `CREATE TABLE sites (
    id uuid PRIMARY KEY,
    name text NOT NULL CONSTRAINT sites_name_check CHECK (char_length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sites_name_key UNIQUE (name)
  )`,
  // The atlas as reference rows, not a CHECK: lesions and tender sites reference it, and a new
  // site is an INSERT in a later migration.
  `CREATE TABLE bone_sites (
    id text PRIMARY KEY,
    region text NOT NULL
  )`,
  `INSERT INTO bone_sites (id, region) VALUES ${BONE_SITES_0001.map(([site, region]) => `('${site}', '${region}')`).join(", ")}`,
  `CREATE TABLE patients (
    id uuid PRIMARY KEY,
    site_id uuid NOT NULL REFERENCES sites (id),
    research_consent text NOT NULL
      CONSTRAINT patients_research_consent_check CHECK (research_consent IN ('yes', 'no', 'withdrawn')),
    sex text CONSTRAINT patients_sex_check CHECK (sex IN ('female', 'male', 'other')),
    birth_date date,
    age_at_onset_years double precision CHECK (age_at_onset_years >= 0),
    age_at_presentation_years double precision CHECK (age_at_presentation_years >= 0),
    symptom_onset date,
    diagnosis_date date,
    mimic_workup_recorded boolean NOT NULL DEFAULT false,
    ${mimic("mimic_malignancy")},
    ${mimic("mimic_infection")},
    ${mimic("mimic_vitamin_c_deficiency")},
    ${mimic("mimic_hypophosphatasia")},
    antibiotic_response text CONSTRAINT patients_antibiotic_response_check
      CHECK (antibiotic_response IN ('complete-sustained', 'partial', 'none', 'not-tried')),
    coexisting_conditions_recorded boolean NOT NULL DEFAULT false,
    blood_cultures_recorded boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT patients_mimic_recorded_check CHECK (mimic_workup_recorded OR (mimic_malignancy IS NULL
      AND mimic_infection IS NULL AND mimic_vitamin_c_deficiency IS NULL AND mimic_hypophosphatasia IS NULL))
  )`,
  "CREATE INDEX patients_site_id_idx ON patients (site_id)",
  // Names, MRNs…: their own table so that exports and research views never touch them (D10).
  `CREATE TABLE patient_identifiers (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    kind text NOT NULL CONSTRAINT patient_identifiers_kind_check CHECK (kind IN ('name', 'mrn', 'other')),
    value text NOT NULL CHECK (char_length(value) BETWEEN 1 AND 500),
    issuer text CHECK (char_length(issuer) BETWEEN 1 AND 200),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  "CREATE INDEX patient_identifiers_patient_id_idx ON patient_identifiers (patient_id)",
  `CREATE TABLE coexisting_conditions (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    condition text NOT NULL
      CONSTRAINT coexisting_conditions_condition_check CHECK (condition IN (${sqlList(CONDITIONS_0001)})),
    noted_on date,
    ordinal integer NOT NULL CHECK (ordinal >= 0)
  )`,
  "CREATE INDEX coexisting_conditions_patient_id_idx ON coexisting_conditions (patient_id)",
  `CREATE TABLE blood_cultures (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    taken_on date NOT NULL,
    result text NOT NULL CONSTRAINT blood_cultures_result_check CHECK (result IN ('negative', 'positive')),
    ordinal integer NOT NULL CHECK (ordinal >= 0)
  )`,
  "CREATE INDEX blood_cultures_patient_id_idx ON blood_cultures (patient_id)",
  // A course holds one biopsy today; a table (not patient columns) leaves room for dated repeat
  // biopsies, which would only relax the unique index.
  `CREATE TABLE biopsies (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    performed boolean NOT NULL,
    findings text[] CONSTRAINT biopsies_findings_check
      CHECK (findings <@ ARRAY[${sqlList(HISTOLOGY_FINDINGS_0001)}]::text[]),
    culture text CONSTRAINT biopsies_culture_check CHECK (culture IN ('negative', 'positive', 'not-done')),
    organism text CHECK (char_length(organism) <= 200),
    on_antibiotics_at_biopsy boolean
  )`,
  "CREATE UNIQUE INDEX biopsies_patient_id_key ON biopsies (patient_id)",
  // No foreign keys: the log outlives what it names and records attempts on ids that never existed.
  // It holds who/what/which/outcome only: never identifiers or clinical values.
  `CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    user_id text NOT NULL CHECK (char_length(user_id) BETWEEN 1 AND 200),
    site_id uuid,
    action text NOT NULL CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'read', 'update', 'delete')),
    entity text NOT NULL CHECK (entity ~ '^[a-z][a-z-]*$'),
    entity_id uuid,
    patient_id uuid,
    outcome text NOT NULL
      CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('success', 'denied', 'not-found', 'conflict', 'error')),
    error_code text CHECK (error_code ~ '^[0-9A-Za-z_-]{1,40}$')
  )`,
  "CREATE INDEX audit_log_patient_id_idx ON audit_log (patient_id)",
  "CREATE INDEX audit_log_at_idx ON audit_log (at)",
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$`,
  `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
