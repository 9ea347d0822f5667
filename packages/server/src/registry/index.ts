/** The registry's storage API: what the HTTP routes, the CLI and the demo seed build on. */
export { type AuditActor, type AuditEntry, appendAudit, type RegistryContext } from "./audit.ts";
export { loadCourse, saveCourse } from "./course-repository.ts";
export { COURSE_TABLES, type PatientInput } from "./course-rows.ts";
export { imagingStudies, type Stored, treatments, visits } from "./entity-families.ts";
export { createEntity, readEntity, updateEntity } from "./entity-store.ts";
export * from "./errors.ts";
export {
  insertEvaluation,
  listEvaluations,
  type StoredEvaluation,
  saveEvaluation,
  selectEvaluations,
} from "./evaluation-repository.ts";
export { bumpVersion, type VersionedTable } from "./optimistic.ts";
export { listPatients, type PatientListItem, type PatientPage } from "./patient-list.ts";
export {
  createPatientRecord,
  type PatientRecord,
  patchPatientRecord,
  readPatientRecord,
} from "./patient-record.ts";
export {
  loadIdentifiers,
  type PatientChanges,
  type PatientIdentifier,
  updatePatient,
} from "./patient-repository.ts";
export { type RecordCourse, readRecordCourse } from "./record-course.ts";
export {
  addSiteMember,
  createSite,
  findOrCreateSite,
  listSites,
  type SiteSummary,
} from "./site-repository.ts";
