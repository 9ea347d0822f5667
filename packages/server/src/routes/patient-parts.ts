import { courseSchema } from "@cno-atlas/clinical";
import type { z } from "zod";
import { defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { jsonResponse } from "../http/responses.ts";
import { type PatientRecord, patchPatientRecord, readPatientRecord } from "../registry/patient-record.ts";
import { PATIENT_PATH, requireFound } from "./patient-paths.ts";

type PartKey = "biopsy" | "mimicWorkup" | "coexistingConditions" | "bloodCultures";

interface PartRoutes {
  key: PartKey;
  segment: string;
  schema: z.ZodType;
  component: string;
  label: string;
}

/**
 * GET and PUT for a patient-level part of the course (no version of its own: it changes under
 * the patient record's version, so If-Match carries that). GET answers null when nothing is
 * recorded; PUT records or replaces it whole. PATCH /api/patients/:patientId can set it too.
 */
function partOperations(p: PartRoutes) {
  const path = `${PATIENT_PATH}/${p.segment}` as const;
  const partOf = (record: PatientRecord) => record[p.key] ?? null;
  return [
    defineOperation({
      id: `read-${p.segment}`,
      method: "GET",
      path,
      summary: `The patient's ${p.label}, or null when none is recorded (ETag: the patient record's version)`,
      tag: "patient parts",
      access: ["clinician"],
      audit: { entity: p.segment, action: "read" },
      responses: { 200: `The ${p.label} or null`, 400: "patientId is not a UUID", 404: "No such patient" },
      handle: async (c, input, deps) => {
        const record = requireFound(await readPatientRecord(deps.db, input.params.patientId));
        return jsonResponse(c, 200, partOf(record), { version: record.version });
      },
    }),
    defineOperation({
      id: `put-${p.segment}`,
      method: "PUT",
      path,
      summary: `Record or replace the patient's ${p.label} (If-Match: the patient record's version)`,
      tag: "patient parts",
      access: ["clinician"],
      body: p.schema,
      bodyComponent: p.component,
      precondition: "if-match",
      audit: { entity: p.segment, action: "update" },
      responses: {
        200: `The ${p.label} (ETag: the patient record's new version)`,
        400: "Invalid fields or If-Match, each named",
        404: "No such patient at your sites",
        409: "Stale If-Match: the record changed since it was read; nothing was changed",
        415: "Body is not JSON",
        428: "If-Match missing",
      },
      handle: async (c, input, deps) => {
        const patch = { [p.key]: input.body };
        const { patientId } = input.params;
        const result = await patchPatientRecord(deps.db, patientId, input.version, patch, "replace");
        if (!result.ok) return problemResponse(problems.invalidBody(result.errors));
        return jsonResponse(c, 200, partOf(result.record), { version: result.record.version });
      },
    }),
  ];
}

const course = courseSchema.shape;

export const partOperationsList = [
  ...partOperations({
    key: "biopsy",
    segment: "biopsy",
    schema: course.biopsy.unwrap(),
    component: "Biopsy",
    label: "biopsy",
  }),
  ...partOperations({
    key: "mimicWorkup",
    segment: "mimic-workup",
    schema: course.mimicWorkup.unwrap(),
    component: "MimicWorkup",
    label: "mimic work-up",
  }),
  ...partOperations({
    key: "coexistingConditions",
    segment: "coexisting-conditions",
    schema: course.coexistingConditions.unwrap(),
    component: "CoexistingConditions",
    label: "coexisting conditions",
  }),
  ...partOperations({
    key: "bloodCultures",
    segment: "blood-cultures",
    schema: course.bloodCultures.unwrap(),
    component: "BloodCultures",
    label: "blood cultures",
  }),
];
