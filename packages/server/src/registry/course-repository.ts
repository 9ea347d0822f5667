import type { Course } from "@cno-atlas/clinical";
import type { Kysely } from "kysely";
import { isUuid, newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";
import { type AuditEntry, appendAudit, auditFailure, type RegistryContext } from "./audit.ts";
import { assembleCourse, type LoadedRows } from "./course-assemble.ts";
import { COURSE_TABLES, type CourseRows, courseToRows, type PatientInput } from "./course-rows.ts";
import { errorCodeOf, SiteAccessError } from "./errors.ts";

/** Rows per INSERT: the widest table has 17 columns, far under PostgreSQL's 65 535 parameters. */
const CHUNK = 1000;

/**
 * Stores a new patient with every part of a parsed Course, in one transaction: all of it or none.
 * The database's constraints are the last check (the course is not re-parsed: the caller parsed
 * it, and parse output carries computed `canonical` blocks that the input schema refuses).
 */
export async function saveCourse(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patient: PatientInput,
  course: Course,
): Promise<{ patientId: string }> {
  const patientId = newId();
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "create",
    entity: "course",
    entityId: patientId,
    patientId,
  };
  if (patient.siteId !== ctx.siteId) {
    await appendAudit(db, ctx, { ...audit, outcome: "denied", errorCode: "site-access" });
    throw new SiteAccessError(patient.siteId);
  }
  const rows = courseToRows(patientId, patient, course);
  try {
    await db.transaction().execute(async (trx) => {
      await insertCourseRows(trx, rows);
      await appendAudit(trx, ctx, { ...audit, outcome: "success" });
      if (rows.patient_identifiers.length > 0) {
        await appendAudit(trx, ctx, { ...audit, entity: "patient-identifiers", outcome: "success" });
      }
    });
  } catch (error) {
    await auditFailure(db, ctx, { ...audit, outcome: "error", errorCode: errorCodeOf(error) });
    throw error;
  }
  return { patientId };
}

/** Inserts rows made by courseToRows (or its parts), parents first; call it inside a transaction. */
export async function insertCourseRows(trx: Kysely<Database>, rows: CourseRows): Promise<void> {
  for (const table of COURSE_TABLES) {
    const all = rows[table];
    for (let start = 0; start < all.length; start += CHUNK) {
      // `never`: one generic loop over 14 tables; each row was typed by courseToRows.
      await trx
        .insertInto(table)
        .values(all.slice(start, start + CHUNK) as never)
        .execute();
    }
  }
}

/**
 * Reads a patient's course back, or null when there is none the caller may see (absent, or at
 * another site: the same answer, so ids of other sites' patients cannot be probed). One
 * REPEATABLE READ transaction gives every table the same snapshot under concurrent writes.
 * Identifiers are never read here (patient-repository's loadIdentifiers, audited on its own).
 */
export async function loadCourse(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
): Promise<Course | null> {
  if (!isUuid(patientId)) {
    await appendAudit(db, ctx, { action: "read", entity: "course", outcome: "not-found" });
    return null;
  }
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "read",
    entity: "course",
    entityId: patientId,
    patientId,
  };
  try {
    return await db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        const patient = await trx
          .selectFrom("patients")
          .selectAll()
          .where("id", "=", patientId)
          .executeTakeFirst();
        if (!patient || patient.site_id !== ctx.siteId) {
          await appendAudit(trx, ctx, { ...audit, outcome: patient ? "denied" : "not-found" });
          return null;
        }
        const course = assembleCourse(await readCourseRows(trx, patient));
        await appendAudit(trx, ctx, { ...audit, outcome: "success" });
        return course;
      });
  } catch (error) {
    await auditFailure(db, ctx, { ...audit, outcome: "error", errorCode: errorCodeOf(error) });
    throw error;
  }
}

type ChildTable = Exclude<keyof LoadedRows, "patient">;
const CHILD_TABLES = [
  "coexisting_conditions",
  "blood_cultures",
  "biopsies",
  "encounters",
  "encounter_signs",
  "tender_sites",
  "chaq_domains",
  "chaq_items",
  "lab_results",
  "imaging_studies",
  "lesions",
  "treatments",
] as const satisfies readonly ChildTable[];

/**
 * Every row of one patient's course: one indexed query per table (every child row carries
 * patient_id), not one per visit. Call it in a REPEATABLE READ transaction for one snapshot.
 */
export async function readCourseRows(
  trx: Kysely<Database>,
  patient: LoadedRows["patient"],
): Promise<LoadedRows> {
  const results = await Promise.all(
    CHILD_TABLES.map((table) =>
      trx
        .selectFrom(table)
        .selectAll()
        .where("patient_id", "=", patient.id)
        .execute()
        .then((rows) => [table, rows] as const),
    ),
  );
  return { patient, ...Object.fromEntries(results) } as LoadedRows;
}
