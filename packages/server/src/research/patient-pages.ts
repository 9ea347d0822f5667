import { type Kysely, sql } from "kysely";
import { type PatientScope, scopeCondition } from "../context/scope.ts";
import type { Database } from "../db/schema.ts";
import {
  type Cell,
  type Column,
  codes,
  dayOf,
  oneDecimal,
  PATIENT_COLUMN,
  type PagePatient,
  yearsBetween,
} from "./columns.ts";
import { patientPseudonym, sitePseudonym } from "./pseudonym.ts";

/**
 * The patients of a research view, in keyset pages ordered by id: each page is one short query,
 * so an export of any size holds one page in memory and no transaction open (on PGlite a long
 * transaction would hold the one connection for the whole download). The scope (consenting
 * patients, context/scope.ts) is applied here and nowhere else. Not a point-in-time snapshot:
 * a record changed during a long export appears as it was when its page was read.
 *
 * The identifier table is never read (D10), and neither is any free-text column.
 */
export interface PatientRow {
  id: string;
  site_id: string;
  sex: string | null;
  birth_date: string | null;
  age_at_onset_years: number | null;
  age_at_presentation_years: number | null;
  symptom_onset: string | null;
  diagnosis_date: string | null;
  first_visit: string | null;
  anchor: string | null;
  anchor_date: string | null;
  mimic_malignancy: string | null;
  mimic_infection: string | null;
  mimic_vitamin_c_deficiency: string | null;
  mimic_hypophosphatasia: string | null;
  antibiotic_response: string | null;
  coexisting_conditions_recorded: boolean;
  conditions: string | null;
  biopsy_performed: boolean | null;
  biopsy_findings: string | null;
  biopsy_culture: string | null;
  on_antibiotics_at_biopsy: boolean | null;
}

export interface PatientPage {
  rows: PatientRow[];
  patients: PagePatient[];
}

export async function* patientPages(
  db: Kysely<Database>,
  scope: PatientScope,
  key: Buffer,
  options: { pageSize: number; only?: string; offset?: number; limit?: number },
): AsyncGenerator<PatientPage> {
  let after = "00000000-0000-0000-0000-000000000000";
  let offset = options.offset ?? 0;
  for (let fetched = 0; fetched < (options.limit ?? Number.POSITIVE_INFINITY); ) {
    const size = Math.min(options.pageSize, (options.limit ?? Number.POSITIVE_INFINITY) - fetched);
    const result = await sql<PatientRow>`
      SELECT p.id, p.site_id, p.sex, p.birth_date, p.age_at_onset_years, p.age_at_presentation_years,
        p.symptom_onset, p.diagnosis_date, fv.first_visit,
        coalesce(p.symptom_onset, p.diagnosis_date, fv.first_visit) AS anchor_date,
        CASE WHEN p.symptom_onset IS NOT NULL THEN 'symptom-onset' WHEN p.diagnosis_date IS NOT NULL THEN 'diagnosis'
          WHEN fv.first_visit IS NOT NULL THEN 'first-visit' END AS anchor,
        p.mimic_malignancy, p.mimic_infection, p.mimic_vitamin_c_deficiency, p.mimic_hypophosphatasia,
        p.antibiotic_response, p.coexisting_conditions_recorded,
        (SELECT string_agg(c.condition, ';' ORDER BY c.ordinal) FROM coexisting_conditions c
          WHERE c.patient_id = p.id) AS conditions,
        b.performed AS biopsy_performed, array_to_string(b.findings, ';') AS biopsy_findings,
        b.culture AS biopsy_culture, b.on_antibiotics_at_biopsy
      FROM patients p
      LEFT JOIN LATERAL (SELECT min(e.date) AS first_visit FROM encounters e WHERE e.patient_id = p.id) fv ON true
      LEFT JOIN biopsies b ON b.patient_id = p.id
      WHERE ${scopeCondition(scope, "p")} AND p.id > ${after}::uuid
        ${options.only ? sql`AND p.id = ${options.only}::uuid` : sql``}
      ORDER BY p.id LIMIT ${size} OFFSET ${offset}`.execute(db);
    offset = 0;
    const rows = result.rows;
    if (rows.length === 0) return;
    fetched += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
    yield {
      rows,
      patients: rows.map((r) => ({
        id: r.id,
        pseudonym: patientPseudonym(key, r.site_id, r.id),
        anchorDate: r.anchor_date,
      })),
    };
    if (rows.length < size) return;
  }
}

export const PATIENT_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  { name: "site", type: "code", meaning: "Keyed pseudonym of the patient's site" },
  {
    name: "anchor",
    type: "code",
    meaning:
      "What every *_day column counts from: symptom-onset, else diagnosis, else first-visit; empty: none known",
  },
  { name: "sex", type: "code", meaning: "female | male | other" },
  {
    name: "age_at_onset_years",
    type: "number",
    unit: "years",
    meaning: "Age at symptom onset (birth date to onset, else as recorded), one decimal",
  },
  {
    name: "age_at_anchor_years",
    type: "number",
    unit: "years",
    meaning: "Age on the anchor date, one decimal",
  },
  { name: "age_at_presentation_years", type: "number", unit: "years", meaning: "As recorded, one decimal" },
  { name: "diagnosis_day", type: "day", unit: "days", meaning: "Diagnosis date, days since the anchor" },
  { name: "first_visit_day", type: "day", unit: "days", meaning: "First visit, days since the anchor" },
  ...["malignancy", "infection", "vitamin_c_deficiency", "hypophosphatasia"].map(
    (m): Column => ({ name: `mimic_${m}`, type: "code", meaning: `Work-up for ${m.replaceAll("_", " ")}` }),
  ),
  { name: "antibiotic_response", type: "code", meaning: "complete-sustained | partial | none | not-tried" },
  {
    name: "coexisting_conditions",
    type: "codes",
    meaning: "Condition codes joined by ';'; 'none' when recorded as none; empty when not recorded",
  },
  { name: "biopsy_performed", type: "boolean", meaning: "A bone biopsy was performed (empty: not recorded)" },
  {
    name: "biopsy_findings",
    type: "codes",
    meaning: "Histology finding codes joined by ';' (organism never exported)",
  },
  { name: "biopsy_culture", type: "code", meaning: "negative | positive | not-done" },
  { name: "on_antibiotics_at_biopsy", type: "boolean", meaning: "On antibiotics when the biopsy was taken" },
];

export function patientCells(row: PatientRow, pseudonym: string, key: Buffer): Cell[] {
  const onset =
    row.birth_date && row.symptom_onset
      ? yearsBetween(row.birth_date, row.symptom_onset)
      : oneDecimal(row.age_at_onset_years);
  return [
    pseudonym,
    sitePseudonym(key, row.site_id),
    row.anchor,
    row.sex,
    onset,
    yearsBetween(row.birth_date, row.anchor_date),
    oneDecimal(row.age_at_presentation_years),
    dayOf(row.diagnosis_date, row.anchor_date),
    dayOf(row.first_visit, row.anchor_date),
    row.mimic_malignancy,
    row.mimic_infection,
    row.mimic_vitamin_c_deficiency,
    row.mimic_hypophosphatasia,
    row.antibiotic_response,
    codes(row.coexisting_conditions_recorded, row.conditions),
    row.biopsy_performed,
    row.biopsy_findings,
    row.biopsy_culture,
    row.on_antibiotics_at_biopsy,
  ];
}
