import {
  AUDIT_COLUMNS,
  auditCsvQuerySchema,
  auditPage,
  auditPageQuerySchema,
  auditRows,
} from "../audit/query.ts";
import { defineOperation } from "../http/operation.ts";
import { errorCodeOf } from "../registry/errors.ts";
import { csvResponse } from "../research/csv.ts";

/**
 * The audit trail for admins: paged and filtered, or exported as CSV. Reading it is itself
 * audited (entity "audit-log"): it names which patients were looked at, though never a value.
 */
export const listAuditOperation = defineOperation({
  id: "listAudit",
  method: "GET",
  path: "/api/audit",
  summary: "Audit entries, newest first, filtered by user, patient, entity, outcome and date range",
  tag: "audit",
  access: ["admin"],
  query: auditPageQuerySchema,
  audit: { entity: "audit-log", action: "read" },
  responses: { 200: "{ items, next } (pass next as ?before= for the next page)", 400: "Invalid filters" },
  handle: async (c, input, deps) => {
    const { before, pageSize, ...filter } = input.query;
    return c.json(await auditPage(deps.db, filter, pageSize, before));
  },
});

export const exportAuditOperation = defineOperation({
  id: "exportAudit",
  method: "GET",
  path: "/api/audit.csv",
  summary: "The filtered audit entries as CSV, oldest first, streamed",
  tag: "audit",
  access: ["admin"],
  query: auditCsvQuerySchema,
  audit: { entity: "audit-log", action: "read", mode: "stream" },
  responses: { 200: "text/csv", 400: "Invalid filters" },
  handle: (_c, input, deps) =>
    csvResponse("audit.csv", [...AUDIT_COLUMNS], auditRows(deps.db, input.query), (error) => {
      const code = errorCodeOf(error);
      deps.services.logFault(`audit export failed: ${(error as Error).name}${code ? ` (${code})` : ""}`);
    }),
});
