/**
 * A synthetic demo patient (no real person), so the chart works before the registry API lands.
 * Two whole-body MRIs give every lesion status the map knows; the presentation evaluated by the
 * core is the follow-up study's picture. Everything below is computed by @cno-atlas/clinical, the
 * same engine the server runs ("one calculation engine").
 */
import {
  type CourseInput,
  courseSchema,
  evaluatePresentation,
  type LesionStatus,
  lesionHistories,
  type PresentationInput,
  presentationSchema,
} from "@cno-atlas/clinical";
import { statusMapFromHistories } from "../lesions/site-status.ts";

export const DEMO_ASSESSED_ON = "2024-03-01";

const BASELINE: CourseInput["imagingStudies"][number] = {
  date: "2023-12-01",
  modality: "whole-body-mri",
  wholeBody: true,
  lesions: [
    { site: "clavicle", side: "right", part: "medial", findings: ["bone-marrow-edema", "hyperostosis"] },
    { site: "tibia", side: "right", segment: "metaphysis", end: "distal", findings: ["bone-marrow-edema"] },
    { site: "T7", part: "body", findings: ["bone-marrow-edema"] },
    { site: "mandible", side: "right", findings: ["bone-marrow-edema", "sclerosis"] },
  ],
};

// Worsened and improved are read by the radiologist (entered); new, stable and resolved are derived (D3).
const FOLLOW_UP: CourseInput["imagingStudies"][number] = {
  date: "2024-02-20",
  modality: "whole-body-mri",
  wholeBody: true,
  lesions: [
    {
      site: "clavicle",
      side: "right",
      part: "medial",
      findings: ["bone-marrow-edema", "hyperostosis", "marginal-sclerosis"],
      symptomatic: true,
      status: "persistent-worsened",
    },
    { site: "tibia", side: "right", segment: "metaphysis", end: "distal", findings: ["bone-marrow-edema"] },
    { site: "tibia", side: "left", segment: "metaphysis", end: "distal", findings: ["bone-marrow-edema"] },
    { site: "femur", side: "left", segment: "metaphysis", end: "distal", findings: ["bone-marrow-edema"] },
    { site: "T7", part: "body", findings: ["bone-marrow-edema"], status: "persistent-improved" },
  ],
};

export const DEMO_COURSE = courseSchema.parse({
  patient: { sex: "female", birthDate: "2013-05-10" },
  symptomOnset: "2023-09-15",
  visits: [],
  imagingStudies: [BASELINE, FOLLOW_UP],
  treatments: [],
});

/** The presentation at the follow-up: its lesions without status (a presentation carries none, D3). */
export const DEMO_PRESENTATION: PresentationInput = {
  assessedOn: DEMO_ASSESSED_ON,
  patient: { sex: "female", birthDate: "2013-05-10" },
  symptomOnset: "2023-09-15",
  bonePain: true,
  fever: { present: false },
  lesions: FOLLOW_UP.lesions.map(({ status: _status, ...lesion }) => ({
    ...lesion,
    modality: "whole-body-mri",
  })),
  wholeBodyImaging: { performed: true, modality: "whole-body-mri", on: FOLLOW_UP.date },
  labs: [
    { test: "wbc", value: 7.4, unit: "10*9/L", referenceLow: 4.5, referenceHigh: 13.5 },
    { test: "hemoglobin", value: 12.4, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 },
    { test: "platelets", value: 280, unit: "10*9/L", referenceLow: 150, referenceHigh: 450 },
    { test: "neutrophils", value: 4.1, unit: "10*9/L" },
    { test: "esr", value: 24, unit: "mm/h" },
  ],
  coexistingConditions: ["palmoplantar-pustulosis"],
  clinicalSigns: ["local-redness-warmth"],
  absentSigns: ["hepatomegaly", "splenomegaly", "lymphadenopathy", "weight-loss"],
  mimicWorkup: { malignancy: "excluded", infection: "excluded" },
};

export const DEMO_HISTORIES = lesionHistories(DEMO_COURSE, DEMO_ASSESSED_ON);
export const DEMO_STATUSES: ReadonlyMap<string, LesionStatus> = statusMapFromHistories(DEMO_HISTORIES);

/** Computed in the browser; the API will later return the same Evaluation for a stored patient. */
export const demoEvaluation = () => evaluatePresentation(presentationSchema.parse(DEMO_PRESENTATION));
