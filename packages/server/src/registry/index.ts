/** The registry's storage API: what the HTTP routes, the CLI and the demo seed build on. */
export { type AuditEntry, appendAudit, type RegistryContext } from "./audit.ts";
export { loadCourse, saveCourse } from "./course-repository.ts";
export type { PatientInput } from "./course-rows.ts";
export * from "./errors.ts";
export { listEvaluations, type StoredEvaluation, saveEvaluation } from "./evaluation-repository.ts";
export { bumpVersion, type VersionedTable } from "./optimistic.ts";
export {
  loadIdentifiers,
  type PatientChanges,
  type PatientIdentifier,
  updatePatient,
} from "./patient-repository.ts";
export { createSite } from "./site-repository.ts";
