import { isoDate } from "@cno-atlas/clinical";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { z } from "zod";
import type { AuditOutcome, Database } from "../db/schema.ts";
import { positiveIntParam } from "../schemas/query.ts";

const OUTCOMES = [
  "success",
  "denied",
  "not-found",
  "conflict",
  "invalid",
  "error",
] as const satisfies readonly AuditOutcome[];

/** Filters an admin pages, or exports, the audit log by (all optional, combined with AND). */
export const auditFilterShape = {
  user: z.string().min(1).max(200).optional(),
  patientId: z.uuid({ error: "must be a UUID" }).optional(),
  entity: z
    .string()
    .regex(/^[a-z][a-z-]{0,60}$/, { error: "an entity name such as chart" })
    .optional(),
  outcome: z.enum(OUTCOMES).optional(),
  /** Calendar days, inclusive, in the server's time zone. */
  from: isoDate.optional(),
  to: isoDate.optional(),
};
export const auditCsvQuerySchema = z.strictObject(auditFilterShape);
export const auditPageQuerySchema = z.strictObject({
  ...auditFilterShape,
  /** Keyset paging: the `next` of the previous page (entries older than this id). */
  before: z.uuid({ error: "must be a UUID" }).optional(),
  pageSize: positiveIntParam(500).default(100),
});
export type AuditFilter = z.output<typeof auditCsvQuerySchema>;

export const AUDIT_COLUMNS = [
  "id",
  "at",
  "user",
  "siteId",
  "action",
  "entity",
  "entityId",
  "patientId",
  "outcome",
  "errorCode",
  "remoteAddress",
  "seq",
  "hash",
] as const;

type Query = SelectQueryBuilder<Database, "audit_log", object>;

function filtered(db: Kysely<Database>, f: AuditFilter): Query {
  let q = db.selectFrom("audit_log") as Query;
  if (f.user) q = q.where("user_id", "=", f.user);
  if (f.patientId) q = q.where("patient_id", "=", f.patientId);
  if (f.entity) q = q.where("entity", "=", f.entity);
  if (f.outcome) q = q.where("outcome", "=", f.outcome);
  if (f.from) q = q.where(sql<boolean>`at >= ${f.from}::date`);
  if (f.to) q = q.where(sql<boolean>`at < ${f.to}::date + 1`);
  return q;
}

export interface AuditItem {
  id: string;
  at: string;
  user: string;
  siteId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  patientId: string | null;
  outcome: string;
  errorCode: string | null;
  remoteAddress: string | null;
  seq: string | null;
  hash: string | null;
}

/** Newest first (ids are time-ordered UUIDv7), `pageSize` at a time; `before` continues a listing. */
export async function auditPage(
  db: Kysely<Database>,
  f: AuditFilter,
  pageSize: number,
  before?: string,
): Promise<{ items: AuditItem[]; next: string | null }> {
  let q = filtered(db, f);
  if (before) q = q.where("id", "<", before);
  const rows = await q
    .selectAll()
    .orderBy("id", "desc")
    .limit(pageSize + 1)
    .execute();
  const items = rows.slice(0, pageSize).map(toItem);
  return { items, next: rows.length > pageSize ? (items.at(-1)?.id ?? null) : null };
}

/** Every matching entry, oldest first, in keyset pages (memory: one page). */
export async function* auditRows(db: Kysely<Database>, f: AuditFilter, pageSize = 2000) {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await filtered(db, f)
      .selectAll()
      .where("id", ">", after)
      .orderBy("id")
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const item = toItem(row);
      yield AUDIT_COLUMNS.map((c) => item[c]);
    }
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

function toItem(r: {
  id: string;
  at: Date;
  user_id: string;
  site_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  patient_id: string | null;
  outcome: string;
  error_code: string | null;
  remote_address: string | null;
  seq: string | null;
  hash: string | null;
}): AuditItem {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    user: r.user_id,
    siteId: r.site_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    patientId: r.patient_id,
    outcome: r.outcome,
    errorCode: r.error_code,
    remoteAddress: r.remote_address,
    seq: r.seq,
    hash: r.hash,
  };
}
