import { assessCourse } from "@cno-atlas/clinical";
import { defineOperation } from "../http/operation.ts";
import { readRecordCourse } from "../registry/record-course.ts";
import { PATIENT_PATH, requireFound } from "./patient-paths.ts";

/**
 * A patient's own summary (D10: a `patient` user sees their own diary and summary only; the diary
 * comes later): visits, treatments, where the lesions are now, and what is due next. Clinicians
 * may open it for their sites' patients. No scores or red flags: they need a clinician to read.
 */
export const readSummaryOperation = defineOperation({
  id: "readSummary",
  method: "GET",
  path: `${PATIENT_PATH}/summary`,
  summary: "The patient's own summary: visits, treatments, current lesion sites, next reminders",
  tag: "patients",
  access: ["clinician", "patient"],
  audit: { entity: "summary", action: "read" },
  responses: { 200: "The summary", 400: "patientId is not a UUID", 404: "Not your record" },
  handle: async (c, input, deps) => {
    const { course } = requireFound(await readRecordCourse(deps.db, input.params.patientId));
    const assessment = assessCourse(course, deps.today, deps.ruleSet);
    return c.json({
      patientId: input.params.patientId,
      on: deps.today,
      visits: course.visits.map((v) => ({ date: v.date, kind: v.kind, painNrs: v.painNrs ?? null })),
      treatments: course.treatments.map((t) => ({
        drugClass: t.drugClass,
        drug: t.drug,
        start: t.start,
        stop: t.stop ?? null,
      })),
      currentLesions: (assessment.presentation.lesions ?? []).map((l) => ({
        site: l.site,
        side: l.side ?? null,
      })),
      reminders: assessment.reminders,
    });
  },
});
