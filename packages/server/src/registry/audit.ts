import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { AuditAction, AuditOutcome, Database } from "../db/schema.ts";

/** Who is acting: the user and the site they act for (D10's RequestContext, as the registry needs it). */
export interface RegistryContext {
  userId: string;
  siteId: string;
  /** The caller's network address, for the audit log; absent outside HTTP requests. */
  remoteAddress?: string | null;
}

/** Whom an audit row names: a RegistryContext, or an API caller before a site is known. */
export interface AuditActor {
  userId: string;
  /** null when no site is known (a refused request that names no patient of the caller's sites). */
  siteId: string | null;
  remoteAddress?: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  /** A kebab-case entity name: "course", "patient", "patient-identifiers", "evaluation", … */
  entity: string;
  entityId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  errorCode?: string | null;
}

/**
 * Appends one audit row: who, what, which patient, outcome — by construction nothing else, so no
 * identifier or clinical value can reach the log. Call it with the transaction of the change it
 * records (a rolled-back change leaves no "success" row), or with the database for failures.
 */
export async function appendAudit(db: Kysely<Database>, ctx: AuditActor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      user_id: ctx.userId,
      site_id: ctx.siteId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      patient_id: entry.patientId ?? null,
      outcome: entry.outcome,
      error_code: entry.errorCode ?? null,
      remote_address: ctx.remoteAddress?.slice(0, 100) ?? null,
    })
    .execute();
}

/**
 * Records a failed operation after its transaction rolled back. If the database itself is what
 * failed, this write fails too; the caller's original error matters more, so that is swallowed.
 */
export async function auditFailure(db: Kysely<Database>, ctx: AuditActor, entry: AuditEntry): Promise<void> {
  await appendAudit(db, ctx, entry).catch(() => undefined);
}
