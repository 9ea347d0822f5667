import type { Course } from "@cno-atlas/clinical";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/schema.ts";
import { assembleCourse, inOrder } from "./course-assemble.ts";
import { readCourseRows } from "./course-repository.ts";

export interface EntityRef {
  id: string;
  version: number;
}

/** A patient's Course with the id and version of each visit, study and treatment, index for index. */
export interface RecordCourse {
  /** The patients row the course was read with (same snapshot). */
  patient: Selectable<Database["patients"]>;
  course: Course;
  visits: EntityRef[];
  imagingStudies: EntityRef[];
  treatments: EntityRef[];
}

const ref = (row: EntityRef): EntityRef => ({ id: row.id, version: row.version });

/**
 * Reads the whole course (one query per table) in the caller's transaction, which has scoped the
 * patient; REPEATABLE READ there gives every table the same snapshot.
 */
export async function readRecordCourse(
  db: Kysely<Database>,
  patientId: string,
): Promise<RecordCourse | null> {
  const patient = await db.selectFrom("patients").selectAll().where("id", "=", patientId).executeTakeFirst();
  if (!patient) return null;
  const rows = await readCourseRows(db, patient);
  return {
    patient,
    course: assembleCourse(rows),
    // assembleCourse orders each list with inOrder, so the same call lines the ids up with it.
    visits: inOrder(rows.encounters).map(ref),
    imagingStudies: inOrder(rows.imaging_studies).map(ref),
    treatments: inOrder(rows.treatments).map(ref),
  };
}
