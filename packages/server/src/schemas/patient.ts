import { courseSchema } from "@cno-atlas/clinical";
import { z } from "zod";
import { patchSchemaOf } from "./patch.ts";
import { booleanParam, MAX_PAGE, positiveIntParam } from "./query.ts";

/** Names, MRNs…: kept in their own table, apart from clinical data (D10). Limits match the columns. */
export const identifierSchema = z.strictObject({
  kind: z.enum(["name", "mrn", "other"]),
  value: z.string().trim().min(1, { error: "must not be empty" }).max(500),
  issuer: z.string().trim().min(1, { error: "must not be empty" }).max(200).optional(),
});

export const researchConsentSchema = z.enum(["yes", "no", "withdrawn"]);

const course = courseSchema.shape;

/**
 * The patient record: registry fields plus the patient-level parts of the core's Course (visits,
 * imaging studies and treatments are resources of their own, each with its version).
 */
export const patientRecordShape = {
  researchConsent: researchConsentSchema,
  identifiers: z.array(identifierSchema).max(20),
  patient: course.patient,
  symptomOnset: course.symptomOnset,
  diagnosisDate: course.diagnosisDate,
  coexistingConditions: course.coexistingConditions,
  bloodCultures: course.bloodCultures,
  biopsy: course.biopsy,
  mimicWorkup: course.mimicWorkup,
  antibioticResponse: course.antibioticResponse,
};
export const patientRecordSchema = z.strictObject(patientRecordShape);
export type PatientRecordInput = z.output<typeof patientRecordSchema>;

/**
 * POST /api/patients: the record, optionally with a whole course (visits, imaging studies,
 * treatments). `siteId` may be left out when the caller acts for exactly one site.
 */
export const patientCreateSchema = z.strictObject({
  siteId: z.uuid({ error: "must be a UUID" }).optional(),
  ...patientRecordShape,
  identifiers: patientRecordShape.identifiers.default([]),
  patient: course.patient.default({}),
  visits: course.visits.default([]),
  imagingStudies: course.imagingStudies.default([]),
  treatments: course.treatments.default([]),
});
export type PatientCreate = z.output<typeof patientCreateSchema>;

export const patientPatchSchema = patchSchemaOf(patientRecordSchema);

export const PATIENT_SORTS = ["name", "-name", "lastVisit", "-lastVisit", "created", "-created"] as const;

export const patientListQuerySchema = z.strictObject({
  /** Substring of a name, MRN or other identifier, or of the patient's registry id. */
  q: z.string().trim().min(1, { error: "must not be empty" }).max(200).optional(),
  siteId: z.uuid({ error: "must be a UUID" }).optional(),
  /** D10 registry "disease active" as of today. */
  active: booleanParam.optional(),
  /** A treatment started on or before today, without a stop or stopping today or later. */
  onTreatment: booleanParam.optional(),
  /** A follow-up reminder (visit or whole-body MRI) due before today. */
  overdue: booleanParam.optional(),
  sort: z.enum(PATIENT_SORTS).default("name"),
  page: positiveIntParam(MAX_PAGE).default(1),
  pageSize: positiveIntParam(100).default(25),
});
export type PatientListQuery = z.output<typeof patientListQuerySchema>;
