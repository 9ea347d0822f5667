import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { type Cell, type Column, codes, dayOf, PATIENT_COLUMN, type PagePatient } from "./columns.ts";

/** Visit numbers in date order per patient (ties: record order), shared by encounters, labs, PROs. */
const visitNumbers = (ids: string[]) => sql`
  SELECT e.id, e.patient_id, e.date,
    row_number() OVER (PARTITION BY e.patient_id ORDER BY e.date, e.ordinal, e.id) AS visit_no
  FROM encounters e WHERE e.patient_id = ANY (${ids}::uuid[])`;

const VISIT: Column = { name: "visit", type: "integer", meaning: "Visit number, 1 = the earliest visit" };
const dayColumn = (what: string): Column => ({
  name: "day",
  type: "day",
  unit: "days",
  meaning: `${what}, days since the anchor`,
});

type Rows = (db: Kysely<Database>, patients: PagePatient[]) => Promise<Cell[][]>;

function byPatient(patients: PagePatient[]) {
  const map = new Map(patients.map((p) => [p.id, p]));
  return (id: string) => map.get(id) as PagePatient;
}

export const ENCOUNTER_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  VISIT,
  dayColumn("Visit date"),
  { name: "kind", type: "code", meaning: "baseline | scheduled | unscheduled | flare" },
  {
    name: "physician_global",
    type: "number",
    unit: "NRS 0–10",
    meaning: "Physician global assessment, 0 = best",
  },
  { name: "fever_present", type: "boolean", meaning: "Fever at the visit" },
  { name: "max_temperature_c", type: "number", unit: "°C", meaning: "Highest temperature reported" },
  {
    name: "clinical_signs",
    type: "codes",
    meaning: "Signs found, joined by ';'; 'none' if recorded as none",
  },
  { name: "absent_signs", type: "codes", meaning: "Signs looked for and absent, joined by ';'" },
  { name: "tender_sites", type: "codes", meaning: "Tender bone sites as site or site:side, joined by ';'" },
];

export const encounterRows: Rows = async (db, patients) => {
  const of = byPatient(patients);
  const result = await sql<Record<string, never>>`
    SELECT e.patient_id, v.visit_no, e.date, e.kind, e.physician_global, e.fever_present, e.max_temperature_c,
      e.clinical_signs_recorded, e.absent_signs_recorded, e.tender_sites_recorded,
      (SELECT string_agg(s.sign, ';' ORDER BY s.ordinal) FROM encounter_signs s WHERE s.encounter_id = e.id AND s.found) AS found,
      (SELECT string_agg(s.sign, ';' ORDER BY s.ordinal) FROM encounter_signs s WHERE s.encounter_id = e.id AND NOT s.found) AS absent,
      (SELECT string_agg(t.site || coalesce(':' || t.side, ''), ';' ORDER BY t.ordinal) FROM tender_sites t
        WHERE t.encounter_id = e.id) AS tender
    FROM encounters e JOIN (${visitNumbers(patients.map((p) => p.id))}) v ON v.id = e.id
    ORDER BY e.patient_id, v.visit_no`.execute(db);
  return result.rows.map((r: Record<string, unknown>) => {
    const p = of(r.patient_id as string);
    return [
      p.pseudonym,
      Number(r.visit_no),
      dayOf(r.date as string, p.anchorDate),
      r.kind as string,
      r.physician_global as number | null,
      r.fever_present as boolean | null,
      r.max_temperature_c as number | null,
      codes(r.clinical_signs_recorded as boolean, r.found as string | null),
      codes(r.absent_signs_recorded as boolean, r.absent as string | null),
      codes(r.tender_sites_recorded as boolean, r.tender as string | null),
    ];
  });
};

export const LAB_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  { ...VISIT, meaning: "Visit number the result was recorded at (empty: not tied to a visit)" },
  dayColumn("Date taken (else the visit's date)"),
  { name: "test", type: "code", meaning: "Lab test code (crp, esr, …)" },
  { name: "value", type: "number", meaning: "Result in the canonical unit (D8)" },
  { name: "unit", type: "code", meaning: "Canonical unit of value and reference limits" },
  { name: "value_present", type: "boolean", meaning: "For tests reported present/absent (e.g. blasts)" },
  { name: "qualifier", type: "code", meaning: "< or > when the value is a bound" },
  { name: "interpretation", type: "code", meaning: "low | normal | high, as reported" },
  { name: "reference_low", type: "number", meaning: "Lower reference limit, canonical unit" },
  { name: "reference_high", type: "number", meaning: "Upper reference limit, canonical unit" },
];

export const labRows: Rows = async (db, patients) => {
  const of = byPatient(patients);
  const ids = patients.map((p) => p.id);
  const result = await sql<Record<string, never>>`
    SELECT l.patient_id, v.visit_no, coalesce(l.taken_on, v.date) AS day_date, l.test, l.canonical_value,
      l.canonical_unit, l.value_present, l.qualifier, l.interpretation, l.canonical_reference_low,
      l.canonical_reference_high
    FROM lab_results l LEFT JOIN (${visitNumbers(ids)}) v ON v.id = l.encounter_id
    WHERE l.patient_id = ANY (${ids}::uuid[])
    ORDER BY l.patient_id, v.visit_no NULLS LAST, l.ordinal, l.id`.execute(db);
  return result.rows.map((r: Record<string, unknown>) => {
    const p = of(r.patient_id as string);
    return [
      p.pseudonym,
      r.visit_no == null ? null : Number(r.visit_no),
      dayOf(r.day_date as string | null, p.anchorDate),
      r.test as string,
      r.canonical_value as number | null,
      r.canonical_unit as string,
      r.value_present as boolean | null,
      r.qualifier as string | null,
      r.interpretation as string | null,
      r.canonical_reference_low as number | null,
      r.canonical_reference_high as number | null,
    ];
  });
};

export const PRO_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  VISIT,
  dayColumn("Visit date"),
  { name: "measure", type: "code", meaning: "pain-nrs | patient-global | chaq" },
  {
    name: "item",
    type: "code",
    meaning: "CHAQ: <domain>.<item number> or <domain>.aid-or-help; empty otherwise",
  },
  {
    name: "value",
    type: "text",
    meaning: "NRS 0–10 (0 = best); CHAQ item 0–3 or na, aid-or-help true/false",
  },
];

export const proRows: Rows = async (db, patients) => {
  const of = byPatient(patients);
  const ids = patients.map((p) => p.id);
  const result = await sql<Record<string, never>>`
    WITH v AS (${visitNumbers(ids)})
    SELECT e.patient_id, v.visit_no, v.date, 'pain-nrs' AS measure, NULL AS item, e.pain_nrs::text AS value
      FROM encounters e JOIN v ON v.id = e.id WHERE e.pain_nrs IS NOT NULL
    UNION ALL
    SELECT e.patient_id, v.visit_no, v.date, 'patient-global', NULL, e.patient_global::text
      FROM encounters e JOIN v ON v.id = e.id WHERE e.patient_global IS NOT NULL
    UNION ALL
    SELECT d.patient_id, v.visit_no, v.date, 'chaq', d.domain || '.' || (i.ordinal + 1)::text,
      CASE WHEN i.not_applicable THEN 'na' ELSE i.score::text END
      FROM chaq_items i JOIN chaq_domains d ON d.id = i.chaq_domain_id JOIN v ON v.id = d.encounter_id
    UNION ALL
    SELECT d.patient_id, v.visit_no, v.date, 'chaq', d.domain || '.aid-or-help', d.aid_or_help::text
      FROM chaq_domains d JOIN v ON v.id = d.encounter_id
    ORDER BY 1, 2, 4, 5`.execute(db);
  return result.rows.map((r: Record<string, unknown>) => {
    const p = of(r.patient_id as string);
    return [
      p.pseudonym,
      Number(r.visit_no),
      dayOf(r.date as string, p.anchorDate),
      r.measure as string,
      r.item as string | null,
      r.value as string | null,
    ];
  });
};
