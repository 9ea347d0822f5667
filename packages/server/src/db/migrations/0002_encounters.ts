import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";
import { CHAQ_DOMAINS_0001, LAB_TESTS_0001, SIGNS_0001, sqlList } from "./vocabulary-0001.ts";

const nrs = (column: string) => `${column} double precision CHECK (${column} BETWEEN 0 AND 10)`;

/**
 * Visits and what is recorded at them: signs, tender sites, CHAQ answers, lab results.
 * Children carry patient_id too (indexed) so a chart loads with one query per table, and a
 * composite foreign key (parent id, patient_id) keeps a child from pointing at another patient's
 * visit. Parts of a visit go with it (ON DELETE CASCADE); patient rows are never deleted by cascade.
 */
export const statements: readonly string[] = [
  `CREATE TABLE encounters (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    date date NOT NULL,
    kind text NOT NULL
      CONSTRAINT encounters_kind_check CHECK (kind IN ('baseline', 'scheduled', 'unscheduled', 'flare')),
    ${nrs("pain_nrs")},
    ${nrs("physician_global")},
    ${nrs("patient_global")},
    fever_present boolean,
    max_temperature_c double precision CHECK (max_temperature_c >= 0),
    clinical_signs_recorded boolean NOT NULL DEFAULT false,
    absent_signs_recorded boolean NOT NULL DEFAULT false,
    tender_sites_recorded boolean NOT NULL DEFAULT false,
    chaq_recorded boolean NOT NULL DEFAULT false,
    labs_recorded boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT encounters_temperature_needs_fever CHECK (max_temperature_c IS NULL OR fever_present IS NOT NULL),
    CONSTRAINT encounters_id_patient_key UNIQUE (id, patient_id)
  )`,
  "CREATE INDEX encounters_patient_id_idx ON encounters (patient_id, date)",
  `CREATE TABLE encounter_signs (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid NOT NULL,
    found boolean NOT NULL,
    sign text NOT NULL CONSTRAINT encounter_signs_sign_check CHECK (sign IN (${sqlList(SIGNS_0001)})),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    FOREIGN KEY (encounter_id, patient_id) REFERENCES encounters (id, patient_id) ON DELETE CASCADE
  )`,
  "CREATE INDEX encounter_signs_patient_id_idx ON encounter_signs (patient_id)",
  "CREATE INDEX encounter_signs_encounter_id_idx ON encounter_signs (encounter_id)",
  `CREATE TABLE tender_sites (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid NOT NULL,
    site text NOT NULL REFERENCES bone_sites (id),
    side text CONSTRAINT tender_sites_side_check CHECK (side IN ('left', 'right', 'midline')),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    FOREIGN KEY (encounter_id, patient_id) REFERENCES encounters (id, patient_id) ON DELETE CASCADE
  )`,
  "CREATE INDEX tender_sites_patient_id_idx ON tender_sites (patient_id)",
  "CREATE INDEX tender_sites_encounter_id_idx ON tender_sites (encounter_id)",
  `CREATE TABLE chaq_domains (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid NOT NULL,
    domain text NOT NULL CONSTRAINT chaq_domains_domain_check CHECK (domain IN (${sqlList(CHAQ_DOMAINS_0001)})),
    aid_or_help boolean NOT NULL,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    FOREIGN KEY (encounter_id, patient_id) REFERENCES encounters (id, patient_id) ON DELETE CASCADE,
    CONSTRAINT chaq_domains_once_per_visit UNIQUE (encounter_id, domain),
    CONSTRAINT chaq_domains_id_patient_key UNIQUE (id, patient_id)
  )`,
  "CREATE INDEX chaq_domains_patient_id_idx ON chaq_domains (patient_id)",
  // One row per CHAQ item: 0–3, "not applicable", or unanswered (both null/false).
  `CREATE TABLE chaq_items (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    chaq_domain_id uuid NOT NULL,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    score smallint CHECK (score BETWEEN 0 AND 3),
    not_applicable boolean NOT NULL DEFAULT false,
    CONSTRAINT chaq_items_na_has_no_score CHECK (NOT (not_applicable AND score IS NOT NULL)),
    FOREIGN KEY (chaq_domain_id, patient_id) REFERENCES chaq_domains (id, patient_id) ON DELETE CASCADE
  )`,
  "CREATE INDEX chaq_items_patient_id_idx ON chaq_items (patient_id)",
  "CREATE INDEX chaq_items_chaq_domain_id_idx ON chaq_items (chaq_domain_id)",
  // The value and unit as reported, and the canonical form computed by the core at entry
  // (D8), so cohort queries compare like with like without re-running the conversion.
  `CREATE TABLE lab_results (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    encounter_id uuid,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    test text NOT NULL CONSTRAINT lab_results_test_check CHECK (test IN (${sqlList(LAB_TESTS_0001)})),
    value_number double precision CHECK (value_number >= 0),
    value_present boolean,
    qualifier text CONSTRAINT lab_results_qualifier_check CHECK (qualifier IN ('<', '>')),
    interpretation text CONSTRAINT lab_results_interpretation_check CHECK (interpretation IN ('low', 'normal', 'high')),
    unit text CHECK (char_length(unit) BETWEEN 1 AND 40),
    reference_low double precision CHECK (reference_low >= 0),
    reference_high double precision CHECK (reference_high >= 0),
    canonical_value double precision,
    canonical_unit text NOT NULL,
    canonical_reference_low double precision,
    canonical_reference_high double precision,
    taken_on date,
    CONSTRAINT lab_results_one_value CHECK (value_number IS NULL OR value_present IS NULL),
    CONSTRAINT lab_results_value_or_interpretation
      CHECK (value_number IS NOT NULL OR value_present IS NOT NULL OR interpretation IS NOT NULL),
    CONSTRAINT lab_results_range_order CHECK (reference_low <= reference_high),
    FOREIGN KEY (encounter_id, patient_id) REFERENCES encounters (id, patient_id) ON DELETE CASCADE
  )`,
  "CREATE INDEX lab_results_patient_id_idx ON lab_results (patient_id, test)",
  "CREATE INDEX lab_results_encounter_id_idx ON lab_results (encounter_id)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
