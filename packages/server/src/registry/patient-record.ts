import { type Course, type FieldError, parseWith } from "@cno-atlas/clinical";
import type { Kysely, Selectable } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";
import { mergePatch } from "../schemas/patch.ts";
import {
  type PatientCreate,
  type PatientRecordInput,
  patientRecordSchema,
  patientRecordShape,
} from "../schemas/patient.ts";
import { assembleCourse } from "./course-assemble.ts";
import { insertCourseRows } from "./course-repository.ts";
import { COURSE_TABLES, courseToRows } from "./course-rows.ts";
import { RecordNotFoundError } from "./errors.ts";
import { bumpVersion } from "./optimistic.ts";

/**
 * The patient record of the API: registry fields and the patient-level parts of the Course.
 * These functions take a database or transaction the caller scoped and audits (context/audited.ts).
 */
export type PatientRecord = PatientRecordInput & {
  id: string;
  siteId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

const RECORD_KEYS = Object.keys(patientRecordShape) as (keyof PatientRecordInput)[];

type PatientRow = Selectable<Database["patients"]>;
type IdentifierRow = Pick<Selectable<Database["patient_identifiers"]>, "kind" | "value" | "issuer">;

export async function readPatientRecord(
  db: Kysely<Database>,
  patientId: string,
): Promise<PatientRecord | null> {
  const patient = await db.selectFrom("patients").selectAll().where("id", "=", patientId).executeTakeFirst();
  if (!patient) return null;
  const of = <T extends "coexisting_conditions" | "blood_cultures" | "biopsies">(table: T) =>
    db
      .selectFrom(table as "biopsies")
      .selectAll()
      .where("patient_id", "=", patientId)
      .execute();
  const [identifiers, coexisting, cultures, biopsies] = await Promise.all([
    readIdentifierRows(db, patientId),
    of("coexisting_conditions") as unknown as Promise<Selectable<Database["coexisting_conditions"]>[]>,
    of("blood_cultures") as unknown as Promise<Selectable<Database["blood_cultures"]>[]>,
    of("biopsies"),
  ]);
  const empty = Object.fromEntries(COURSE_TABLES.map((t) => [t, []]));
  const course = assembleCourse({
    ...(empty as object),
    patient,
    coexisting_conditions: coexisting,
    blood_cultures: cultures,
    biopsies,
  } as Parameters<typeof assembleCourse>[0]);
  return recordOf(patient, identifiers, course);
}

/** The patient's identifiers in their order (names, MRNs…: part of the record, never of the Course). */
export function readIdentifierRows(db: Kysely<Database>, patientId: string): Promise<IdentifierRow[]> {
  return db
    .selectFrom("patient_identifiers")
    .select(["kind", "value", "issuer"])
    .where("patient_id", "=", patientId)
    .orderBy("ordinal")
    .orderBy("id")
    .execute();
}

/** The record from rows already read (the chart reads the whole course once and builds both). */
export function recordOf(patient: PatientRow, identifiers: IdentifierRow[], course: Course): PatientRecord {
  return {
    id: patient.id,
    siteId: patient.site_id,
    version: patient.version,
    researchConsent: patient.research_consent,
    identifiers: identifiers.map(({ kind, value, issuer }) =>
      issuer === null ? { kind, value } : { kind, value, issuer },
    ),
    ...pickRecordParts(course),
    createdAt: new Date(patient.created_at).toISOString(),
    updatedAt: new Date(patient.updated_at).toISOString(),
  };
}

function pickRecordParts(course: Course): Omit<PatientRecordInput, "researchConsent" | "identifiers"> {
  const { visits: _v, imagingStudies: _i, treatments: _t, ...parts } = course;
  return parts;
}

/** Stores a new patient (and any course sent with it); returns its id. */
export async function createPatientRecord(
  db: Kysely<Database>,
  siteId: string,
  body: PatientCreate,
): Promise<string> {
  const patientId = newId();
  const { siteId: _site, researchConsent, identifiers, ...course } = body;
  await insertCourseRows(db, courseToRows(patientId, { siteId, researchConsent, identifiers }, course));
  return patientId;
}

export type PatchResult = { ok: true; record: PatientRecord } | { ok: false; errors: FieldError[] };

/**
 * Applies a change to the record if `expectedVersion` is current: a merge patch (schemas/patch.ts),
 * or with `replace` each field sent replaces the old whole (PUT of a part). The version is bumped
 * first, so a stale write throws StaleVersionError before anything is read or merged.
 */
export async function patchPatientRecord(
  db: Kysely<Database>,
  patientId: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  mode: "merge" | "replace" = "merge",
): Promise<PatchResult> {
  await bumpVersion(db, "patients", patientId, expectedVersion);
  const current = await readPatientRecord(db, patientId);
  if (!current) throw new RecordNotFoundError("patient", patientId);
  const editable = Object.fromEntries(RECORD_KEYS.filter((k) => k in current).map((k) => [k, current[k]]));
  const merged = mode === "merge" ? mergePatch(editable, patch) : { ...editable, ...patch };
  const parsed = parseWith(patientRecordSchema, merged);
  if (!parsed.ok) return parsed;
  await writeRecord(db, patientId, current.siteId, parsed.value, new Set(Object.keys(patch)));
  const record = await readPatientRecord(db, patientId);
  if (!record) throw new RecordNotFoundError("patient", patientId);
  return { ok: true, record };
}

/** Rewrites the patients row, and replaces each child list the patch named. */
async function writeRecord(
  db: Kysely<Database>,
  patientId: string,
  siteId: string,
  record: PatientRecordInput,
  changed: ReadonlySet<string>,
): Promise<void> {
  const { researchConsent, identifiers, ...parts } = record;
  const rows = courseToRows(
    patientId,
    { siteId, researchConsent, identifiers },
    { ...parts, visits: [], imagingStudies: [], treatments: [] },
  );
  const [patientRow] = rows.patients;
  if (patientRow) {
    const { id: _id, site_id: _site, ...columns } = patientRow;
    await db.updateTable("patients").set(columns).where("id", "=", patientId).execute();
  }
  const lists = [
    ["identifiers", "patient_identifiers"],
    ["coexistingConditions", "coexisting_conditions"],
    ["bloodCultures", "blood_cultures"],
    ["biopsy", "biopsies"],
  ] as const;
  for (const [key, table] of lists) {
    if (!changed.has(key)) continue;
    await db.deleteFrom(table).where("patient_id", "=", patientId).execute();
    if (rows[table].length)
      await db
        .insertInto(table)
        .values(rows[table] as never)
        .execute();
  }
}
