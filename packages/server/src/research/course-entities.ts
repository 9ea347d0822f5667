import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { type Cell, type Column, dayOf, PATIENT_COLUMN, type PagePatient } from "./columns.ts";
import { coded, DOSE_UNITS, DRUGS, ROUTES } from "./vocabulary.ts";

type Rows = (db: Kysely<Database>, patients: PagePatient[]) => Promise<Cell[][]>;
type Row = Record<string, unknown>;

const index = (patients: PagePatient[]) => {
  const map = new Map(patients.map((p) => [p.id, p]));
  return (id: unknown) => map.get(id as string) as PagePatient;
};

export const LESION_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  { name: "study", type: "integer", meaning: "Imaging study number, 1 = the earliest" },
  { name: "study_day", type: "day", unit: "days", meaning: "Study date, days since the anchor" },
  { name: "study_modality", type: "code", meaning: "Modality of the study" },
  { name: "whole_body", type: "boolean", meaning: "Whole-body study" },
  {
    name: "lesion",
    type: "integer",
    meaning: "Lesion number within the study; empty: a study with no lesion (negative)",
  },
  { name: "site", type: "code", meaning: "Bone site of the atlas (subsite, free text, is never exported)" },
  { name: "region", type: "code", meaning: "Region of the site (D2)" },
  { name: "side", type: "code", meaning: "left | right | midline" },
  { name: "segment", type: "code", meaning: "Long bones: epiphysis | metaphysis | diaphysis" },
  { name: "end", type: "code", meaning: "Long bones: proximal | distal" },
  { name: "part", type: "code", meaning: "Vertebra or clavicle part (D3)" },
  { name: "modality", type: "code", meaning: "Lesion modality when it differs from the study's" },
  {
    name: "findings",
    type: "codes",
    meaning: "Imaging finding codes joined by ';'; 'none' when recorded as none",
  },
  { name: "symptomatic", type: "boolean", meaning: "Lesion symptomatic" },
  { name: "observed_day", type: "day", unit: "days", meaning: "Date observed, days since the anchor" },
  { name: "status", type: "code", meaning: "Lesion status as entered (D3)" },
];

export const lesionRows: Rows = async (db, patients) => {
  const of = index(patients);
  const result = await sql<Row>`
    WITH s AS (SELECT st.*, row_number() OVER (PARTITION BY st.patient_id ORDER BY st.date, st.ordinal, st.id) AS study_no
      FROM imaging_studies st WHERE st.patient_id = ANY (${patients.map((p) => p.id)}::uuid[]))
    SELECT s.patient_id, s.study_no, s.date, s.modality AS study_modality, s.whole_body, l.ordinal, l.site,
      b.region, l.side, l.segment, l.end_, l.part, l.modality, l.symptomatic, l.observed_on, l.status,
      CASE WHEN l.findings IS NULL THEN NULL WHEN cardinality(l.findings) = 0 THEN 'none'
        ELSE array_to_string(l.findings, ';') END AS findings
    FROM s LEFT JOIN lesions l ON l.imaging_study_id = s.id LEFT JOIN bone_sites b ON b.id = l.site
    ORDER BY s.patient_id, s.study_no, l.ordinal`.execute(db);
  return result.rows.map((r) => {
    const p = of(r.patient_id);
    return [
      p.pseudonym,
      Number(r.study_no),
      dayOf(r.date as string, p.anchorDate),
      r.study_modality as string,
      r.whole_body as boolean,
      r.ordinal == null ? null : Number(r.ordinal) + 1,
      r.site as string | null,
      r.region as string | null,
      r.side as string | null,
      r.segment as string | null,
      r.end_ as string | null,
      r.part as string | null,
      r.modality as string | null,
      r.findings as string | null,
      r.symptomatic as boolean | null,
      dayOf(r.observed_on as string | null, p.anchorDate),
      r.status as string | null,
    ];
  });
};

export const TREATMENT_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  { name: "treatment", type: "integer", meaning: "Treatment number, 1 = the earliest start" },
  {
    name: "drug_class",
    type: "code",
    meaning: "nsaid | glucocorticoid | dmard | tnf-inhibitor | bisphosphonate | il1-inhibitor | other",
  },
  {
    name: "drug",
    type: "code",
    meaning: "Generic name when it is in the coded vocabulary; empty otherwise (free text never leaves)",
  },
  { name: "start_day", type: "day", unit: "days", meaning: "Start, days since the anchor" },
  { name: "stop_day", type: "day", unit: "days", meaning: "Stop, days since the anchor (empty: ongoing)" },
  { name: "dose_value", type: "number", meaning: "Dose, in dose_unit" },
  { name: "dose_unit", type: "code", meaning: "Dose unit when coded; empty otherwise" },
  { name: "route", type: "code", meaning: "Route when coded; empty otherwise" },
  {
    name: "reason_stopped",
    type: "code",
    meaning: "remission | inefficacy | adverse-event | patient-choice | other",
  },
];

export const treatmentRows: Rows = async (db, patients) => {
  const of = index(patients);
  const rows = await db
    .selectFrom("treatments")
    .select([
      "patient_id",
      "drug_class",
      "drug",
      "started_on",
      "stopped_on",
      "dose_value",
      "dose_unit",
      "route",
      "reason_stopped",
    ])
    .select(sql<string>`row_number() OVER (PARTITION BY patient_id ORDER BY started_on, ordinal, id)`.as("n"))
    .where(
      "patient_id",
      "in",
      patients.map((p) => p.id),
    )
    .orderBy("patient_id")
    .orderBy("n")
    .execute();
  return rows.map((r) => {
    const p = of(r.patient_id);
    const unit = coded(DOSE_UNITS, r.dose_unit);
    return [
      p.pseudonym,
      Number(r.n),
      r.drug_class,
      coded(DRUGS, r.drug),
      dayOf(r.started_on, p.anchorDate),
      dayOf(r.stopped_on, p.anchorDate),
      unit === null ? null : r.dose_value,
      unit,
      coded(ROUTES, r.route),
      r.reason_stopped,
    ];
  });
};

export const EVALUATION_COLUMNS: Column[] = [
  PATIENT_COLUMN,
  { name: "evaluation", type: "integer", meaning: "Stored evaluation number, 1 = the earliest assessment" },
  { name: "assessed_day", type: "day", unit: "days", meaning: "Assessment date, days since the anchor" },
  { name: "rule_set", type: "code", meaning: "Rule set id (D9)" },
  { name: "rule_set_sha256", type: "code", meaning: "SHA-256 of a loaded rule set; empty: built-in" },
  { name: "kind", type: "code", meaning: "instrument | red-flag" },
  { name: "id", type: "code", meaning: "Instrument or red-flag id (D5, D7)" },
  { name: "status", type: "code", meaning: "Instrument status (D5); for a red flag its severity" },
  { name: "outcome", type: "code", meaning: "Instrument outcome (D5); for a red flag its group" },
  { name: "score", type: "number", meaning: "Instrument score when computed" },
  { name: "score_min", type: "number", meaning: "Lower end of the score range when items are missing" },
  { name: "score_max", type: "number", meaning: "Upper end of the score range when items are missing" },
];

export const evaluationRows: Rows = async (db, patients) => {
  const of = index(patients);
  // Only coded fields are taken out of the stored JSON, in SQL: evidence and messages are text.
  const result = await sql<Row>`
    WITH ev AS (SELECT e.*, row_number() OVER (PARTITION BY e.patient_id ORDER BY e.assessed_on, e.id) AS n
      FROM evaluations e WHERE e.patient_id = ANY (${patients.map((p) => p.id)}::uuid[]))
    SELECT ev.patient_id, ev.n, ev.assessed_on, ev.rule_set_id, ev.rule_set_sha256, x.kind, x.id, x.status,
      x.outcome, x.score, x.score_min, x.score_max
    FROM ev CROSS JOIN LATERAL (
      SELECT 1 AS o, i.ord, 'instrument' AS kind, i.v->>'id' AS id, i.v->>'status' AS status, i.v->>'outcome' AS outcome,
        (i.v->>'score')::double precision AS score, (i.v->'scoreRange'->>0)::double precision AS score_min,
        (i.v->'scoreRange'->>1)::double precision AS score_max
      FROM jsonb_array_elements(ev.evaluation->'instruments') WITH ORDINALITY AS i (v, ord)
      UNION ALL
      SELECT 2, f.ord, 'red-flag', f.v->>'id', f.v->>'severity', f.v->>'group', NULL, NULL, NULL
      FROM jsonb_array_elements(ev.evaluation->'redFlags') WITH ORDINALITY AS f (v, ord)
    ) x
    ORDER BY ev.patient_id, ev.n, x.o, x.ord`.execute(db);
  return result.rows.map((r) => {
    const p = of(r.patient_id);
    return [
      p.pseudonym,
      Number(r.n),
      dayOf(r.assessed_on as string, p.anchorDate),
      r.rule_set_id as string,
      r.rule_set_sha256 as string | null,
      r.kind as string,
      r.id as string,
      r.status as string,
      r.outcome as string,
      r.score as number | null,
      r.score_min as number | null,
      r.score_max as number | null,
    ];
  });
};
