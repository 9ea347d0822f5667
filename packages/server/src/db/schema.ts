import type { Evaluation } from "@cno-atlas/clinical";
import type { ColumnType, Generated } from "kysely";

/**
 * Kysely's view of the tables made by ./migrations (keep the two in step; the round-trip test
 * catches most drift). Dates are `date` columns read back as "YYYY-MM-DD" strings (database.ts
 * turns off pg's Date parsing for them); numbers are double precision, exact for JS numbers.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Version = ColumnType<number, number | undefined, number>;
type Flag = ColumnType<boolean, boolean | undefined, boolean>;
type Id = string;

export interface SitesTable {
  id: Id;
  name: string;
  created_at: Timestamp;
}

export interface BoneSitesTable {
  id: string;
  region: string;
}

export interface PatientsTable {
  id: Id;
  site_id: Id;
  research_consent: "yes" | "no" | "withdrawn";
  sex: "female" | "male" | "other" | null;
  birth_date: string | null;
  age_at_onset_years: number | null;
  age_at_presentation_years: number | null;
  symptom_onset: string | null;
  diagnosis_date: string | null;
  mimic_workup_recorded: Flag;
  mimic_malignancy: string | null;
  mimic_infection: string | null;
  mimic_vitamin_c_deficiency: string | null;
  mimic_hypophosphatasia: string | null;
  antibiotic_response: string | null;
  coexisting_conditions_recorded: Flag;
  blood_cultures_recorded: Flag;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PatientIdentifiersTable {
  id: Id;
  patient_id: Id;
  kind: "name" | "mrn" | "other";
  value: string;
  issuer: string | null;
  ordinal: number;
  created_at: Timestamp;
}

interface PatientChild {
  id: Id;
  patient_id: Id;
  ordinal: number;
}

export interface CoexistingConditionsTable extends PatientChild {
  condition: string;
  noted_on: string | null;
}

export interface BloodCulturesTable extends PatientChild {
  taken_on: string;
  result: "negative" | "positive";
}

export interface BiopsiesTable {
  id: Id;
  patient_id: Id;
  performed: boolean;
  findings: string[] | null;
  culture: "negative" | "positive" | "not-done" | null;
  organism: string | null;
  on_antibiotics_at_biopsy: boolean | null;
}

export interface EncountersTable extends PatientChild {
  date: string;
  kind: "baseline" | "scheduled" | "unscheduled" | "flare";
  pain_nrs: number | null;
  physician_global: number | null;
  patient_global: number | null;
  fever_present: boolean | null;
  max_temperature_c: number | null;
  clinical_signs_recorded: Flag;
  absent_signs_recorded: Flag;
  tender_sites_recorded: Flag;
  chaq_recorded: Flag;
  labs_recorded: Flag;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EncounterSignsTable extends PatientChild {
  encounter_id: Id;
  found: boolean;
  sign: string;
}

export interface TenderSitesTable extends PatientChild {
  encounter_id: Id;
  site: string;
  side: "left" | "right" | "midline" | null;
}

export interface ChaqDomainsTable extends PatientChild {
  encounter_id: Id;
  domain: string;
  aid_or_help: boolean;
}

export interface ChaqItemsTable extends PatientChild {
  chaq_domain_id: Id;
  score: number | null;
  not_applicable: Flag;
}

export interface LabResultsTable extends PatientChild {
  encounter_id: Id | null;
  test: string;
  value_number: number | null;
  value_present: boolean | null;
  qualifier: "<" | ">" | null;
  interpretation: "low" | "normal" | "high" | null;
  unit: string | null;
  reference_low: number | null;
  reference_high: number | null;
  canonical_value: number | null;
  canonical_unit: string;
  canonical_reference_low: number | null;
  canonical_reference_high: number | null;
  taken_on: string | null;
}

export interface ImagingStudiesTable extends PatientChild {
  date: string;
  modality: string;
  whole_body: boolean;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LesionsTable extends PatientChild {
  imaging_study_id: Id;
  site: string;
  side: "left" | "right" | "midline" | null;
  segment: "epiphysis" | "metaphysis" | "diaphysis" | null;
  end_: "proximal" | "distal" | null;
  part: "body" | "posterior-elements" | "medial" | "shaft" | "lateral" | null;
  subsite: string | null;
  modality: string | null;
  findings: string[] | null;
  symptomatic: boolean | null;
  observed_on: string | null;
  status: string | null;
}

export interface TreatmentsTable extends PatientChild {
  drug_class: string;
  drug: string;
  started_on: string;
  stopped_on: string | null;
  dose_value: number | null;
  dose_unit: string | null;
  route: string | null;
  reason_stopped: string | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationsTable {
  id: Id;
  patient_id: Id;
  assessed_on: string;
  rule_set_id: string;
  rule_set_sha256: string | null;
  /** Written as JSON text; pg reads jsonb back as an object. */
  evaluation: ColumnType<Evaluation, string, string>;
  created_by: string;
  created_at: Timestamp;
}

export type AuditAction = "create" | "read" | "update" | "delete";
export type AuditOutcome = "success" | "denied" | "not-found" | "conflict" | "invalid" | "error";

export interface AuditLogTable {
  id: Id;
  at: Generated<Date>;
  user_id: string;
  site_id: Id | null;
  action: AuditAction;
  entity: string;
  entity_id: Id | null;
  patient_id: Id | null;
  outcome: AuditOutcome;
  error_code: string | null;
  /** Where the request came from (migration 0005); null for calls that are not HTTP requests. */
  remote_address: ColumnType<string | null, string | null | undefined, never>;
  /** The hash chain (migration 0006), filled once by the sealer (audit/sealer.ts); null until then. */
  seq: ColumnType<string | null, never, string>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export type UserRole = "admin" | "clinician" | "researcher" | "patient";

/** Accounts (migration 0006): a scrypt hash only, never the password. */
export interface UsersTable {
  id: Id;
  username: string;
  role: UserRole;
  password_hash: string;
  patient_id: Id | null;
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Signed-in sessions (migration 0006), keyed by the SHA-256 of the cookie's token. */
export interface SessionsTable {
  token_hash: string;
  user_id: Id;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

/** Which sites a user may act for (migration 0005): the RequestContext's siteIds. */
export interface SiteMembersTable {
  user_id: string;
  site_id: Id;
  created_at: Timestamp;
}

export interface Database {
  sites: SitesTable;
  bone_sites: BoneSitesTable;
  patients: PatientsTable;
  patient_identifiers: PatientIdentifiersTable;
  coexisting_conditions: CoexistingConditionsTable;
  blood_cultures: BloodCulturesTable;
  biopsies: BiopsiesTable;
  encounters: EncountersTable;
  encounter_signs: EncounterSignsTable;
  tender_sites: TenderSitesTable;
  chaq_domains: ChaqDomainsTable;
  chaq_items: ChaqItemsTable;
  lab_results: LabResultsTable;
  imaging_studies: ImagingStudiesTable;
  lesions: LesionsTable;
  treatments: TreatmentsTable;
  evaluations: EvaluationsTable;
  audit_log: AuditLogTable;
  site_members: SiteMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
}
