import type { OperationSpec } from "../http/operation.ts";
import { exportAuditOperation, listAuditOperation } from "./audit-log.ts";
import { evaluate } from "./evaluate.ts";
import { exportDictionaryOperation, exportOperations } from "./export.ts";
import { health } from "./health.ts";
import { openApiOperation } from "./openapi.ts";
import {
  listEvaluationsOperation,
  readChartOperation,
  readCourseOperation,
  readEvaluationOperation,
  storeEvaluationOperation,
} from "./patient-assessment.ts";
import { imagingStudyOperations, treatmentOperations, visitOperations } from "./patient-entities.ts";
import { partOperationsList } from "./patient-parts.ts";
import { readSummaryOperation } from "./patient-summary.ts";
import {
  createPatientOperation,
  listPatientsOperation,
  readPatientOperation,
  updatePatientOperation,
} from "./patients.ts";
import { listResearchPatientsOperation, readResearchPatientOperation } from "./research.ts";
import { readSessionOperation, signInOperation, signOutOperation } from "./session.ts";
import { createSiteOperation, listSitesOperation } from "./sites.ts";
import { createUserOperation, listUsersOperation, updateUserOperation } from "./users.ts";
import { webPageOperation, webScriptOperation } from "./web.ts";

/**
 * Every operation the server answers, as data: the app mounts these, 405 answers read their
 * methods, the OpenAPI document is generated from their schemas, and each carries its `access`
 * (who may call it; context/authorize.ts) beside its `audit`: the authorization matrix test is
 * generated from this list. Nothing is routed that is not listed here.
 */
export const OPERATIONS: readonly OperationSpec[] = [
  health,
  evaluate,
  openApiOperation(() => OPERATIONS),
  signInOperation,
  readSessionOperation,
  signOutOperation,
  listUsersOperation,
  createUserOperation,
  updateUserOperation,
  listSitesOperation,
  createSiteOperation,
  listPatientsOperation,
  createPatientOperation,
  readPatientOperation,
  updatePatientOperation,
  readCourseOperation,
  readEvaluationOperation,
  readChartOperation,
  listEvaluationsOperation,
  storeEvaluationOperation,
  ...visitOperations,
  ...imagingStudyOperations,
  ...treatmentOperations,
  ...partOperationsList,
  readSummaryOperation,
  listResearchPatientsOperation,
  readResearchPatientOperation,
  ...exportOperations,
  exportDictionaryOperation,
  listAuditOperation,
  exportAuditOperation,
  webPageOperation,
  webScriptOperation,
];

/** The route table without handlers: what a reader, a test or an authorization check needs. */
export const ROUTES = OPERATIONS.map(({ id, method, path, summary, access, audit, precondition }) => ({
  id,
  method,
  path,
  summary,
  access,
  ...(audit ? { audit } : {}),
  ...(precondition ? { precondition } : {}),
}));

const patterns = OPERATIONS.map((op) => ({
  method: op.method,
  regex: new RegExp(
    `^${op.path
      .split(/:[A-Za-z]+/)
      .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+")}$`,
  ),
}));

/** The methods some route allows on this path (for 405 and its Allow header); [] when none matches. */
export function allowedMethods(path: string): string[] {
  return [...new Set(patterns.filter((p) => p.regex.test(path)).map((p) => p.method))];
}
