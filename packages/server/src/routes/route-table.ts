import type { OperationSpec } from "../http/operation.ts";
import { evaluate } from "./evaluate.ts";
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
import {
  createPatientOperation,
  listPatientsOperation,
  readPatientOperation,
  updatePatientOperation,
} from "./patients.ts";
import { createSiteOperation, listSitesOperation } from "./sites.ts";
import { webPageOperation, webScriptOperation } from "./web.ts";

/**
 * Every operation the server answers, as data: the app mounts these, 405 answers read their
 * methods, the OpenAPI document is generated from their schemas, and the authorization matrix
 * (next issue) will sit beside `audit`. Nothing is routed that is not listed here.
 */
export const OPERATIONS: readonly OperationSpec[] = [
  health,
  evaluate,
  openApiOperation(() => OPERATIONS),
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
  webPageOperation,
  webScriptOperation,
];

/** The route table without handlers: what a reader, a test or an authorization check needs. */
export const ROUTES = OPERATIONS.map(({ id, method, path, summary, audit, precondition }) => ({
  id,
  method,
  path,
  summary,
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
