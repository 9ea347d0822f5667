import { assessCourse } from "@cno-atlas/clinical";
import { z } from "zod";
import { buildChart } from "../chart/build-chart.ts";
import { defineOperation } from "../http/operation.ts";
import { jsonResponse } from "../http/responses.ts";
import { insertEvaluation, selectEvaluations } from "../registry/evaluation-repository.ts";
import { readIdentifierRows, recordOf } from "../registry/patient-record.ts";
import { readRecordCourse } from "../registry/record-course.ts";
import { MAX_PAGE, onParam, onQuerySchema, positiveIntParam } from "../schemas/query.ts";
import { PATIENT_PATH, patientPath, requireFound } from "./patient-paths.ts";

const notFound = { 400: "Invalid parameters, each named", 404: "No such patient at your sites" };

export const readCourseOperation = defineOperation({
  id: "readCourse",
  method: "GET",
  path: `${PATIENT_PATH}/course`,
  summary: "The patient's record as the clinical core's Course (no registry ids)",
  tag: "assessment",
  access: ["clinician"],
  audit: { entity: "course", action: "read" },
  responses: { 200: "The Course", ...notFound },
  handle: async (c, input, deps) =>
    c.json(requireFound(await readRecordCourse(deps.db, input.params.patientId)).course),
});

export const readEvaluationOperation = defineOperation({
  id: "readEvaluation",
  method: "GET",
  path: `${PATIENT_PATH}/evaluation`,
  summary:
    "assessCourse on the record as of `on` (default: today): presentation, evaluation, lesions, reminders",
  tag: "assessment",
  access: ["clinician"],
  query: onQuerySchema,
  audit: { entity: "assessment", action: "read" },
  responses: { 200: "The CourseAssessment", ...notFound },
  handle: async (c, input, deps) => {
    const { course } = requireFound(await readRecordCourse(deps.db, input.params.patientId));
    return c.json(assessCourse(course, input.query.on ?? deps.today, deps.ruleSet));
  },
});

export const chartQuerySchema = z.strictObject({
  on: onParam.optional(),
  visitsPage: positiveIntParam(MAX_PAGE).default(1),
  visitsPageSize: positiveIntParam(100).default(20),
});

export const readChartOperation = defineOperation({
  id: "readChart",
  method: "GET",
  path: `${PATIENT_PATH}/chart`,
  summary:
    "Everything the chart draws in one call: record, course (visits paged, newest first), lesion " +
    "histories, assessment and reminders as of `on` (default today), timeline series",
  tag: "assessment",
  access: ["clinician"],
  query: chartQuerySchema,
  audit: { entity: "chart", action: "read" },
  responses: { 200: "The Chart (ETag: the patient record's version)", ...notFound },
  handle: async (c, input, deps) => {
    const patientId = input.params.patientId;
    const [found, identifiers] = await Promise.all([
      readRecordCourse(deps.db, patientId),
      readIdentifierRows(deps.db, patientId),
    ]);
    const course = requireFound(found);
    const record = recordOf(course.patient, identifiers, course.course);
    const { visitsPage, visitsPageSize } = input.query;
    const on = input.query.on ?? deps.today;
    const chart = buildChart(record, course, { on, ruleSet: deps.ruleSet, visitsPage, visitsPageSize });
    return jsonResponse(c, 200, chart, { version: record.version });
  },
});

export const listEvaluationsOperation = defineOperation({
  id: "listEvaluations",
  method: "GET",
  path: `${PATIENT_PATH}/evaluations`,
  summary: "Stored evaluation snapshots, oldest assessment first",
  tag: "assessment",
  access: ["clinician"],
  audit: { entity: "evaluation", action: "read" },
  responses: { 200: "{ items: StoredEvaluation[] }", ...notFound },
  handle: async (c, input, deps) =>
    c.json({ items: await selectEvaluations(deps.db, input.params.patientId) }),
});

export const storeEvaluationSchema = z.strictObject({ on: onParam.optional() });

export const storeEvaluationOperation = defineOperation({
  id: "storeEvaluation",
  method: "POST",
  path: `${PATIENT_PATH}/evaluations`,
  summary: "Store the evaluation of the record as of `on` (default today) as a dated snapshot",
  tag: "assessment",
  access: ["clinician"],
  body: storeEvaluationSchema,
  audit: { entity: "evaluation", action: "create" },
  responses: { 201: "The stored evaluation", ...notFound, 415: "Body is not JSON" },
  handle: async (c, input, deps) => {
    const patientId = input.params.patientId;
    const { course } = requireFound(await readRecordCourse(deps.db, patientId));
    const { evaluation } = assessCourse(course, input.body.on ?? deps.today, deps.ruleSet);
    const stored = await insertEvaluation(deps.db, patientId, evaluation, deps.ctx.user);
    deps.audit.entityId = stored.id;
    return jsonResponse(c, 201, stored, { location: patientPath(patientId, "evaluations") });
  },
});
