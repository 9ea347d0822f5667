import type { ImagingStudy, Treatment, Visit } from "@cno-atlas/clinical";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/schema.ts";
import {
  assembleStudies,
  assembleTreatments,
  assembleVisits,
  inOrder,
  type VisitRows,
} from "./course-assemble.ts";
import { addStudy, addTreatment, addVisit, type ChildBase, type CourseRows } from "./course-rows.ts";

/** A versioned part of a course as the API serves it: the core's value plus its id and version. */
export interface Stored<T> {
  id: string;
  version: number;
  value: T;
}

/**
 * The three course parts that are resources of their own, each with a version: what differs
 * between them (tables, row building, assembly); entity-store.ts holds what they share.
 */
export interface EntityFamily<T> {
  /** For messages and the audit log. */
  name: "visit" | "imaging-study" | "treatment";
  table: "encounters" | "imaging_studies" | "treatments";
  /** The patient's entities (or only `ids`), in course order. */
  read(db: Kysely<Database>, patientId: string, ids?: readonly string[]): Promise<Stored<T>[]>;
  add(rows: CourseRows, base: ChildBase, value: T): void;
  /** Removes the rows that hang off one entity, before its new ones are written. */
  clearChildren(db: Kysely<Database>, id: string): Promise<void>;
  /** The stored value in the form its input schema accepts (computed parts dropped). */
  toInput(value: T): object;
}

type ByEncounter = "encounter_signs" | "tender_sites" | "chaq_domains" | "lab_results";

async function readVisitRows(db: Kysely<Database>, patientId: string, ids?: readonly string[]) {
  let main = db.selectFrom("encounters").selectAll().where("patient_id", "=", patientId);
  if (ids) main = main.where("id", "in", [...ids]);
  const encounters = await main.execute();
  const only = ids ? encounters.map((e) => e.id) : undefined;
  if (only?.length === 0) return undefined;
  // One indexed query per table, narrowed to the visits asked for; `as` picks one member of the
  // union so Kysely can type the shared columns (patient_id, encounter_id).
  const child = <T extends ByEncounter>(table: T) => {
    let q = db
      .selectFrom(table as "lab_results")
      .selectAll()
      .where("patient_id", "=", patientId);
    if (only) q = q.where("encounter_id", "in", only);
    return q.execute() as unknown as Promise<Selectable<Database[T]>[]>;
  };
  let items = db.selectFrom("chaq_items").selectAll().where("patient_id", "=", patientId);
  if (only) {
    const domains = db.selectFrom("chaq_domains").select("id").where("encounter_id", "in", only);
    items = items.where("chaq_domain_id", "in", domains);
  }
  const [encounter_signs, tender_sites, chaq_domains, lab_results, chaq_items] = await Promise.all([
    child("encounter_signs"),
    child("tender_sites"),
    child("chaq_domains"),
    child("lab_results"),
    items.execute(),
  ]);
  return {
    encounters,
    encounter_signs,
    tender_sites,
    chaq_domains,
    chaq_items,
    lab_results,
  } satisfies VisitRows;
}

/** Zips assembled values with the rows they came from (assembly keeps inOrder's order). */
function zip<T>(rows: { id: string; version: number; ordinal: number }[], values: T[]): Stored<T>[] {
  return inOrder(rows).map((row, i) => ({ id: row.id, version: row.version, value: values[i] as T }));
}

export const visits: EntityFamily<Visit> = {
  name: "visit",
  table: "encounters",
  async read(db, patientId, ids) {
    const rows = await readVisitRows(db, patientId, ids);
    return rows ? zip(rows.encounters, assembleVisits(rows)) : [];
  },
  add: addVisit,
  async clearChildren(db, id) {
    // chaq_items go with their domain (ON DELETE CASCADE).
    for (const table of ["encounter_signs", "tender_sites", "chaq_domains", "lab_results"] as const) {
      await db.deleteFrom(table).where("encounter_id", "=", id).execute();
    }
  },
  toInput(visit) {
    if (!visit.labs) return visit;
    return { ...visit, labs: visit.labs.map(({ canonical: _computed, ...lab }) => lab) };
  },
};

export const imagingStudies: EntityFamily<ImagingStudy> = {
  name: "imaging-study",
  table: "imaging_studies",
  async read(db, patientId, ids) {
    let main = db.selectFrom("imaging_studies").selectAll().where("patient_id", "=", patientId);
    if (ids) main = main.where("id", "in", [...ids]);
    const studies = await main.execute();
    if (studies.length === 0) return [];
    let lesions = db.selectFrom("lesions").selectAll().where("patient_id", "=", patientId);
    if (ids) lesions = lesions.where("imaging_study_id", "in", [...ids]);
    return zip(studies, assembleStudies({ imaging_studies: studies, lesions: await lesions.execute() }));
  },
  add: addStudy,
  async clearChildren(db, id) {
    await db.deleteFrom("lesions").where("imaging_study_id", "=", id).execute();
  },
  toInput: (study) => study,
};

export const treatments: EntityFamily<Treatment> = {
  name: "treatment",
  table: "treatments",
  async read(db, patientId, ids) {
    let main = db.selectFrom("treatments").selectAll().where("patient_id", "=", patientId);
    if (ids) main = main.where("id", "in", [...ids]);
    const rows = await main.execute();
    return zip(rows, assembleTreatments(rows));
  },
  add: addTreatment,
  clearChildren: async () => undefined,
  toInput: (treatment) => treatment,
};
