import { defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { jsonResponse } from "../http/responses.ts";
import { listPatients } from "../registry/patient-list.ts";
import { createPatientRecord, patchPatientRecord, readPatientRecord } from "../registry/patient-record.ts";
import { patientCreateSchema, patientListQuerySchema, patientPatchSchema } from "../schemas/patient.ts";
import { PATIENT_PATH, patientPath, requireFound } from "./patient-paths.ts";

export const listPatientsOperation = defineOperation({
  id: "listPatients",
  method: "GET",
  path: "/api/patients",
  summary: "Patients of your sites: search by name, MRN or id; filter; sort; page (with the total)",
  tag: "patients",
  access: ["clinician"],
  query: patientListQuerySchema,
  audit: { entity: "patient-list", action: "read" },
  responses: { 200: "{ items, page, pageSize, total }", 400: "Invalid query parameters, each named" },
  handle: async (c, input, deps) =>
    c.json(await listPatients(deps.db, deps.ctx.siteIds, input.query, deps.today, deps.ruleSet.surveillance)),
});

export const createPatientOperation = defineOperation({
  id: "createPatient",
  method: "POST",
  path: "/api/patients",
  summary: "Register a patient (identifiers, demographics, optionally a whole course)",
  tag: "patients",
  access: ["clinician"],
  body: patientCreateSchema,
  bodyComponent: "PatientCreate",
  audit: { entity: "patient", action: "create" },
  responses: {
    201: "The patient record (ETag: its version; Location: its URL)",
    400: "Invalid fields, each named",
    403: "siteId is not one of your sites",
    413: "Body over the size limit",
    415: "Body is not JSON",
  },
  handle: async (c, input, deps) => {
    const sites = deps.ctx.siteIds;
    const siteId = input.body.siteId ?? (sites.length === 1 ? sites[0] : undefined);
    if (siteId === undefined) {
      const message = `required: you act for ${sites.length} sites`;
      return problemResponse(problems.invalidBody([{ path: "siteId", message }]));
    }
    if (!sites.includes(siteId)) return problemResponse(problems.siteAccess("siteId"));
    const patientId = await createPatientRecord(deps.db, siteId, input.body);
    Object.assign(deps.audit, { entityId: patientId, patientId, siteId });
    const record = requireFound(await readPatientRecord(deps.db, patientId));
    return jsonResponse(c, 201, record, { version: record.version, location: patientPath(patientId) });
  },
});

export const readPatientOperation = defineOperation({
  id: "readPatient",
  method: "GET",
  path: PATIENT_PATH,
  summary: "The patient record (ETag: its version)",
  tag: "patients",
  access: ["clinician"],
  audit: { entity: "patient", action: "read" },
  responses: {
    200: "The patient record",
    400: "patientId is not a UUID",
    404: "No such patient at your sites",
  },
  handle: async (c, input, deps) => {
    const record = requireFound(await readPatientRecord(deps.db, input.params.patientId));
    return jsonResponse(c, 200, record, { version: record.version });
  },
});

export const updatePatientOperation = defineOperation({
  id: "updatePatient",
  method: "PATCH",
  path: PATIENT_PATH,
  summary: "Change fields of the patient record; each field sent replaces the old, null clears it",
  tag: "patients",
  access: ["clinician"],
  body: patientPatchSchema,
  bodyComponent: "PatientPatch",
  precondition: "if-match",
  audit: { entity: "patient", action: "update" },
  responses: {
    200: "The updated record (ETag: its new version)",
    400: "Invalid fields or If-Match, each named; version sent in the body",
    404: "No such patient at your sites",
    409: "Stale If-Match: the record changed since it was read; nothing was changed",
    415: "Body is not JSON",
    428: "If-Match missing",
  },
  handle: async (c, input, deps) => {
    const result = await patchPatientRecord(deps.db, input.params.patientId, input.version, input.body);
    if (!result.ok) return problemResponse(problems.invalidBody(result.errors));
    return jsonResponse(c, 200, result.record, { version: result.record.version });
  },
});
