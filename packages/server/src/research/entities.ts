import type { Kysely } from "kysely";
import type { PatientScope } from "../context/scope.ts";
import type { Database } from "../db/schema.ts";
import type { Cell, Column, PagePatient } from "./columns.ts";
import {
  EVALUATION_COLUMNS,
  evaluationRows,
  LESION_COLUMNS,
  lesionRows,
  TREATMENT_COLUMNS,
  treatmentRows,
} from "./course-entities.ts";
import { PATIENT_COLUMNS, type PatientPage, patientCells, patientPages } from "./patient-pages.ts";
import {
  ENCOUNTER_COLUMNS,
  encounterRows,
  LAB_COLUMNS,
  labRows,
  PRO_COLUMNS,
  proRows,
} from "./visit-entities.ts";

/**
 * The research view, one tidy table per entity (D10): pseudonymized patients, days since the
 * anchor instead of dates, ages to one decimal, codes instead of text. The CSV export and the
 * researchers' JSON routes both read it, so they can never differ.
 */
export interface ResearchEntity {
  name: string;
  description: string;
  columns: Column[];
  rows(db: Kysely<Database>, page: PatientPage, key: Buffer): Promise<Cell[][]>;
}

const children =
  (rows: (db: Kysely<Database>, patients: PagePatient[]) => Promise<Cell[][]>) =>
  (db: Kysely<Database>, page: PatientPage) =>
    rows(db, page.patients);

export const RESEARCH_ENTITIES: readonly ResearchEntity[] = [
  {
    name: "patients",
    description: "One row per consenting patient",
    columns: PATIENT_COLUMNS,
    rows: async (_db, page, key) =>
      page.rows.map((r, i) => patientCells(r, page.patients[i]?.pseudonym ?? "", key)),
  },
  {
    name: "encounters",
    description: "One row per visit",
    columns: ENCOUNTER_COLUMNS,
    rows: children(encounterRows),
  },
  {
    name: "lesions",
    description: "One row per lesion per imaging study (a negative study: one row, no lesion)",
    columns: LESION_COLUMNS,
    rows: children(lesionRows),
  },
  { name: "labs", description: "One row per lab result", columns: LAB_COLUMNS, rows: children(labRows) },
  {
    name: "treatments",
    description: "One row per treatment",
    columns: TREATMENT_COLUMNS,
    rows: children(treatmentRows),
  },
  {
    name: "pros",
    description: "Patient-reported outcomes, long format: pain NRS, patient global, CHAQ items",
    columns: PRO_COLUMNS,
    rows: children(proRows),
  },
  {
    name: "evaluations",
    description: "Stored evaluation snapshots: one row per instrument result or red flag",
    columns: EVALUATION_COLUMNS,
    rows: children(evaluationRows),
  },
];

export const DICTIONARY_COLUMNS: Column[] = [
  { name: "entity", type: "code", meaning: "The export file (<entity>.csv)" },
  { name: "column", type: "code", meaning: "Column name" },
  {
    name: "type",
    type: "code",
    meaning: "pseudonym | code | codes | integer | number | boolean | day | text",
  },
  { name: "unit", type: "code", meaning: "Unit, where one applies" },
  { name: "meaning", type: "text", meaning: "What the column holds" },
];

export function dictionaryRows(): Cell[][] {
  return RESEARCH_ENTITIES.flatMap((e) =>
    e.columns.map((c) => [e.name, c.name, c.type, c.unit ?? null, c.meaning] as Cell[]),
  );
}

/** Every row of one entity over the scoped patients, page by page (memory: one page). */
export async function* entityRows(
  db: Kysely<Database>,
  entity: ResearchEntity,
  scope: PatientScope,
  key: Buffer,
  pageSize = 100,
): AsyncGenerator<Cell[]> {
  for await (const page of patientPages(db, scope, key, { pageSize })) {
    yield* await entity.rows(db, page, key);
  }
}

/** A row as an object keyed by column name (the JSON form of the same view). */
export const asObject = (columns: Column[], row: Cell[]) =>
  Object.fromEntries(columns.map((c, i) => [c.name, row[i] ?? null]));
