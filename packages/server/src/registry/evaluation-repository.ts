import type { Evaluation } from "@cno-atlas/clinical";
import type { Kysely } from "kysely";
import { isUuid, newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";
import { type AuditEntry, appendAudit, auditFailure, type RegistryContext } from "./audit.ts";
import { errorCodeOf, RecordNotFoundError, SiteAccessError } from "./errors.ts";
import { assertPatientAtSite } from "./patient-repository.ts";

export interface StoredEvaluation {
  id: string;
  assessedOn: string;
  evaluation: Evaluation;
  createdBy: string;
  createdAt: Date;
}

/** Stores a computed Evaluation as a dated snapshot (what the clinician saw), with its rule set. */
export async function saveEvaluation(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
  evaluation: Evaluation,
): Promise<{ evaluationId: string }> {
  const evaluationId = newId();
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "create",
    entity: "evaluation",
    entityId: evaluationId,
    patientId: isUuid(patientId) ? patientId : null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await assertPatientAtSite(trx, ctx, patientId);
      await insertEvaluation(trx, patientId, evaluation, ctx.userId, evaluationId);
      await appendAudit(trx, ctx, { ...audit, outcome: "success" });
    });
  } catch (error) {
    const outcome =
      error instanceof SiteAccessError
        ? "denied"
        : error instanceof RecordNotFoundError
          ? "not-found"
          : "error";
    await auditFailure(db, ctx, { ...audit, outcome, errorCode: errorCodeOf(error) });
    throw error;
  }
  return { evaluationId };
}

/** A patient's stored evaluations, oldest assessment first. */
export async function listEvaluations(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
): Promise<StoredEvaluation[]> {
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "read",
    entity: "evaluation",
    patientId: isUuid(patientId) ? patientId : null,
  };
  try {
    return await db.transaction().execute(async (trx) => {
      await assertPatientAtSite(trx, ctx, patientId);
      const stored = await selectEvaluations(trx, patientId);
      await appendAudit(trx, ctx, { ...audit, outcome: "success" });
      return stored;
    });
  } catch (error) {
    const outcome =
      error instanceof SiteAccessError
        ? "denied"
        : error instanceof RecordNotFoundError
          ? "not-found"
          : "error";
    await auditFailure(db, ctx, { ...audit, outcome, errorCode: errorCodeOf(error) });
    throw error;
  }
}

/** Inserts one snapshot; the caller has scoped the patient and audits (no transaction of its own). */
export async function insertEvaluation(
  db: Kysely<Database>,
  patientId: string,
  evaluation: Evaluation,
  createdBy: string,
  evaluationId: string = newId(),
): Promise<StoredEvaluation> {
  const row = await db
    .insertInto("evaluations")
    .values({
      id: evaluationId,
      patient_id: patientId,
      assessed_on: evaluation.assessedOn,
      rule_set_id: evaluation.ruleSet.id,
      rule_set_sha256: evaluation.ruleSet.sha256 ?? null,
      evaluation: JSON.stringify(evaluation),
      created_by: createdBy,
    })
    .returning(["id", "assessed_on", "evaluation", "created_by", "created_at"])
    .executeTakeFirstOrThrow();
  return toStored(row);
}

/** A patient's stored evaluations, oldest assessment first; the caller has scoped the patient. */
export async function selectEvaluations(
  db: Kysely<Database>,
  patientId: string,
): Promise<StoredEvaluation[]> {
  const rows = await db
    .selectFrom("evaluations")
    .select(["id", "assessed_on", "evaluation", "created_by", "created_at"])
    .where("patient_id", "=", patientId)
    .orderBy("assessed_on")
    .orderBy("id")
    .execute();
  return rows.map(toStored);
}

function toStored(r: {
  id: string;
  assessed_on: string;
  evaluation: Evaluation;
  created_by: string;
  created_at: Date;
}): StoredEvaluation {
  return {
    id: r.id,
    assessedOn: r.assessed_on,
    evaluation: r.evaluation,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
