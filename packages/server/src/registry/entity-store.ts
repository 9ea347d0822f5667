import { type FieldError, parseWith } from "@cno-atlas/clinical";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";
import { mergePatch } from "../schemas/patch.ts";
import { insertCourseRows } from "./course-repository.ts";
import { emptyCourseRows } from "./course-rows.ts";
import type { EntityFamily, Stored } from "./entity-families.ts";
import { RecordNotFoundError } from "./errors.ts";
import { bumpVersion } from "./optimistic.ts";

/**
 * Create, read and update for the versioned course parts (visits, imaging studies, treatments).
 * The caller has scoped the patient to the caller's sites and runs this in its transaction.
 */
export async function readEntity<T>(
  db: Kysely<Database>,
  family: EntityFamily<T>,
  patientId: string,
  id: string,
): Promise<Stored<T>> {
  const [found] = await family.read(db, patientId, [id]);
  if (!found) throw new RecordNotFoundError(family.name, id);
  return found;
}

/** Appends a new entity after the patient's last one (the patient row is locked by the caller). */
export async function createEntity<T>(
  db: Kysely<Database>,
  family: EntityFamily<T>,
  patientId: string,
  value: T,
): Promise<Stored<T>> {
  const next = await db
    .selectFrom(family.table)
    .select(sql<number>`coalesce(max(ordinal) + 1, 0)`.as("ordinal"))
    .where("patient_id", "=", patientId)
    .executeTakeFirstOrThrow();
  const id = newId();
  const rows = emptyCourseRows();
  family.add(rows, { id, patient_id: patientId, ordinal: next.ordinal }, value);
  await insertCourseRows(db, rows);
  return readEntity(db, family, patientId, id);
}

export type UpdateResult<T> = { ok: true; stored: Stored<T> } | { ok: false; errors: FieldError[] };

/**
 * Applies a merge patch (schemas/patch.ts) if `expectedVersion` is current: ownership, then the version
 * compare-and-set (a stale write throws StaleVersionError before anything else happens), then the
 * merged value is validated whole and written: the entity's row updated, its child rows replaced.
 */
export async function updateEntity<T>(
  db: Kysely<Database>,
  family: EntityFamily<T>,
  schema: z.ZodType<T>,
  ids: { patientId: string; id: string },
  expectedVersion: number,
  patch: Record<string, unknown>,
): Promise<UpdateResult<T>> {
  const { patientId, id } = ids;
  const owned = await db
    .selectFrom(family.table)
    .select("ordinal")
    .where("id", "=", id)
    .where("patient_id", "=", patientId)
    .executeTakeFirst();
  if (!owned) throw new RecordNotFoundError(family.name, id);
  await bumpVersion(db, family.table, id, expectedVersion);
  const current = await readEntity(db, family, patientId, id);
  const parsed = parseWith(schema, mergePatch(family.toInput(current.value), patch));
  if (!parsed.ok) return parsed;
  const rows = emptyCourseRows();
  family.add(rows, { id, patient_id: patientId, ordinal: owned.ordinal }, parsed.value);
  const [main] = rows[family.table];
  if (main) {
    const { id: _id, patient_id: _patient, ordinal: _ordinal, ...columns } = main;
    await db
      .updateTable(family.table)
      .set(columns as never)
      .where("id", "=", id)
      .execute();
  }
  await family.clearChildren(db, id);
  rows[family.table] = [];
  await insertCourseRows(db, rows);
  return { ok: true, stored: await readEntity(db, family, patientId, id) };
}
