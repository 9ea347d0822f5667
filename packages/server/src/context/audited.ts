import type { Context } from "hono";
import type { Kysely } from "kysely";
import { UserInputError } from "../auth/users.ts";
import { isUuid } from "../db/ids.ts";
import type { AuditOutcome, Database } from "../db/schema.ts";
import { type AuditSpec, type Deps, type OperationSpec, pathParamNames } from "../http/operation.ts";
import { type Problem, ProblemError, problemResponse, problems } from "../http/problems.ts";
import type { InputResult } from "../http/read-input.ts";
import { type AuditActor, appendAudit, auditFailure } from "../registry/audit.ts";
import { errorCodeOf, RecordNotFoundError, StaleVersionError } from "../registry/errors.ts";
import type { RequestContext } from "./request-context.ts";
import { inScope } from "./scope.ts";

/** A refused request inside the transaction: rolled back, then audited with its outcome. */
class Refusal extends Error {
  constructor(
    readonly response: Response,
    readonly outcome: AuditOutcome,
    readonly code: string | null,
  ) {
    super("refused");
  }
}

export type AuditedRun = Omit<Deps, "audit" | "patient">;

/**
 * THE place where patient data is scoped and audited (D10), for every operation with `audit`:
 * - the patient named by `:patientId` (or, on research routes, by `:pseudonym`) must be in the
 *   caller's scope (context/scope.ts), else 404 (never 403: ids outside one's scope cannot be
 *   probed); it is locked against concurrent writers for a write;
 * - the handler runs in ONE transaction with its audit row, so a change and its "success" row
 *   commit together; any 4xx rolls the transaction back, so nothing is written on a 4xx;
 * - a refused or failed request is audited after the rollback with its outcome and error code.
 * Audit rows name who, when, what, which patient, from where and the outcome: never a value, and
 * never a pseudonym (the log would otherwise be a pseudonym-to-patient table).
 */
export async function runAudited(
  c: Context,
  op: OperationSpec,
  spec: AuditSpec,
  input: InputResult,
  run: AuditedRun,
): Promise<Response> {
  const { db, ctx } = run;
  const params = input.ok ? (input.value.params as Record<string, string>) : input.params;
  const { patientId, pseudonym } = params;
  const target: Deps["audit"] = {};
  const actor = (siteId: string | null | undefined): AuditActor => ({
    userId: ctx.user,
    siteId: siteId ?? null,
    remoteAddress: run.remoteAddress,
  });
  const entry = (outcome: AuditOutcome, errorCode: string | null = null) => ({
    action: spec.action,
    entity: spec.entity,
    entityId: target.entityId ?? (pseudonym === undefined ? (lastParam(params) ?? null) : null),
    patientId: target.patientId ?? patientId ?? null,
    outcome,
    errorCode,
  });

  if (!input.ok) {
    await auditFailure(db, actor(null), entry(outcomeOf(input.problem.status), input.problem.error));
    return problemResponse(input.problem);
  }
  if (spec.mode === "stream") {
    // No transaction can outlive the handler: the stream reads page by page after this returns.
    const response = await handle(c, op, input, spec.entity, { ...run, audit: target });
    const outcome = outcomeOf(response.status);
    await appendAudit(
      db,
      actor(null),
      entry(outcome, outcome === "success" ? null : await problemCode(response)),
    );
    return response;
  }
  let transaction = db.transaction();
  // Reads see one snapshot across the dozen tables of a chart; writes stay READ COMMITTED, where
  // the version compare-and-set (registry/optimistic.ts) decides between concurrent writers.
  if (op.method === "GET") transaction = transaction.setIsolationLevel("repeatable read");
  try {
    return await transaction.execute(async (trx) => {
      let patient: Deps["patient"];
      if (patientId !== undefined || pseudonym !== undefined) {
        const id = patientId ?? (await resolvePseudonym(trx, run, pseudonym ?? ""));
        let query = trx
          .selectFrom("patients")
          .select(["id", "site_id", "research_consent"])
          .where("id", "=", id);
        // One writer per patient at a time: new rows get distinct ordinals, merges see settled data.
        if (op.method !== "GET") query = query.forNoKeyUpdate();
        const row = id === NOBODY ? undefined : await query.executeTakeFirst();
        target.siteId = row?.site_id;
        if (pseudonym !== undefined && row) target.patientId = row.id;
        if (!row || !inScope(run.scope, row)) {
          const response = problemResponse(
            problems.recordNotFound("patient", patientId ? "patientId" : "pseudonym"),
          );
          throw new Refusal(response, row ? "denied" : "not-found", row ? "out-of-scope" : "not-found");
        }
        patient = { id: row.id, siteId: row.site_id };
      }
      const response = await handle(c, op, input, spec.entity, { ...run, db: trx, audit: target, patient });
      if (response.status >= 400) {
        throw new Refusal(response, outcomeOf(response.status), await problemCode(response));
      }
      await appendAudit(trx, actor(target.siteId), entry("success"));
      return response;
    });
  } catch (error) {
    if (error instanceof Refusal) {
      await auditFailure(db, actor(target.siteId), entry(error.outcome, error.code));
      return error.response;
    }
    await auditFailure(db, actor(target.siteId), entry("error", errorCodeOf(error)));
    throw error;
  }
}

const NOBODY = "00000000-0000-0000-0000-000000000000";

/** The patient behind a research pseudonym, or NOBODY; 503 when the installation has no key. */
async function resolvePseudonym(trx: Kysely<Database>, run: AuditedRun, pseudonym: string): Promise<string> {
  const index = run.services.pseudonyms;
  if (!index) {
    throw new Refusal(problemResponse(problems.pseudonymKeyMissing()), "error", "pseudonym-key-missing");
  }
  return (await index.resolve(trx, pseudonym))?.patientId ?? NOBODY;
}

/**
 * Audits a request the gate refused (401, 403) on a route that reads or writes patient data: who
 * tried (or "anonymous"), what, which patient when the path names one by id.
 */
export async function auditRefusal(
  db: Kysely<Database>,
  c: Context,
  op: OperationSpec,
  spec: AuditSpec,
  ctx: RequestContext | null,
  remoteAddress: string | null,
  problem: Problem,
): Promise<void> {
  const ids = Object.fromEntries(
    pathParamNames(op.path)
      .filter((name) => name !== "pseudonym")
      .map((name) => [name, c.req.param(name) ?? ""])
      .filter(([, value]) => isUuid(value as string))
      .map(([name, value]) => [name, (value as string).toLowerCase()]),
  ) as Record<string, string>;
  await auditFailure(
    db,
    { userId: ctx?.user ?? "anonymous", siteId: null, remoteAddress },
    {
      action: spec.action,
      entity: spec.entity,
      entityId: lastParam(ids) ?? null,
      patientId: ids.patientId ?? null,
      outcome: outcomeOf(problem.status),
      errorCode: problem.error,
    },
  );
}

/** Runs the handler, turning the registry's expected errors into problems (and so into a rollback). */
async function handle(
  c: Context,
  op: OperationSpec,
  input: InputResult & { ok: true },
  entity: string,
  deps: Deps,
): Promise<Response> {
  try {
    return await op.handle(c, input.value, deps);
  } catch (error) {
    const problem = problemOf(error, input.value.params as Record<string, string>, entity);
    if (problem) return problemResponse(problem);
    throw error;
  }
}

function problemOf(error: unknown, params: Record<string, string>, entity: string): Problem | undefined {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof StaleVersionError) {
    return problems.versionConflict(entity, error.expectedVersion, error.currentVersion);
  }
  if (error instanceof UserInputError) {
    const fields = [{ path: error.field, message: error.message }];
    if (error.status === 409) return problems.duplicate(error.field, error.message);
    return error.field === "userId"
      ? problems.recordNotFound("user", "userId")
      : problems.invalidBody(fields);
  }
  if (error instanceof RecordNotFoundError) {
    return problems.recordNotFound(entity, Object.keys(params).at(-1) ?? "id");
  }
  return undefined;
}

function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return "success";
  if (status === 401 || status === 403) return "denied";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  return status < 500 ? "invalid" : "error";
}

/** The problem's `error` code (a fixed vocabulary word, never a value) for the audit row. */
async function problemCode(response: Response): Promise<string | null> {
  try {
    const body = (await response.clone().json()) as { error?: unknown };
    return typeof body.error === "string" && /^[a-z-]{1,40}$/.test(body.error) ? body.error : null;
  } catch {
    return null;
  }
}

/** The deepest id in the path: the visit of /patients/:patientId/visits/:visitId, else the patient. */
function lastParam(params: Record<string, string>): string | undefined {
  return Object.values(params).at(-1);
}
