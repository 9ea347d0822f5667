import { z } from "zod";
import { BONE_SITES, SIDES } from "../atlas/bone-sites.ts";
import { labResultSchema } from "./lab-result.ts";
import { studyLesionSchema } from "./lesion.ts";
import { antibioticResponseSchema, biopsySchema, feverSchema, mimicWorkupSchema } from "./presentation.ts";
import { CONDITIONS, isoDate, MODALITIES, nonNegative, SIGNS } from "./vocabulary.ts";

/** NRS 0–10, 0 = best [CONV] (D1 (docs/clinical/conventions.md#course-projection)). */
const nrs = nonNegative.max(10, { error: "must be between 0 and 10" });

export const CHAQ_DOMAINS = [
  "dressing",
  "arising",
  "eating",
  "walking",
  "hygiene",
  "reach",
  "grip",
  "activities",
] as const;
export type ChaqDomainId = (typeof CHAQ_DOMAINS)[number];

export const CHAQ_RESPONDENTS = ["child", "parent"] as const;

export const chaqAnswersSchema = z.strictObject({
  /** Who answered (D11). Optional so that questionnaires stored before it was asked stay valid. */
  respondent: z.enum(CHAQ_RESPONDENTS).optional(),
  domains: z
    .array(
      z.strictObject({
        id: z.enum(CHAQ_DOMAINS),
        items: z.array(
          z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal("na"), z.null()]),
        ),
        aidOrHelp: z.boolean(),
      }),
    )
    .refine((domains) => new Set(domains.map((d) => d.id)).size === domains.length, {
      message: "each CHAQ domain may appear once",
    }),
});
export type ChaqAnswers = z.output<typeof chaqAnswersSchema>;

export const VISIT_KINDS = ["baseline", "scheduled", "unscheduled", "flare"] as const;

export const visitSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(VISIT_KINDS),
  painNrs: nrs.optional(),
  physicianGlobal: nrs.optional(),
  patientGlobal: nrs.optional(),
  fever: feverSchema.optional(),
  clinicalSigns: z.array(z.enum(SIGNS)).optional(),
  absentSigns: z.array(z.enum(SIGNS)).optional(),
  tenderSites: z
    .array(z.strictObject({ site: z.enum(BONE_SITES), side: z.enum(SIDES).optional() }))
    .optional(),
  chaq: chaqAnswersSchema.optional(),
  labs: z.array(labResultSchema).optional(),
});
export type Visit = z.output<typeof visitSchema>;

export const imagingStudySchema = z.strictObject({
  date: isoDate,
  modality: z.enum(MODALITIES),
  wholeBody: z.boolean(),
  /** `[]` is a recorded negative study. */
  lesions: z.array(studyLesionSchema),
});
export type ImagingStudy = z.output<typeof imagingStudySchema>;

export const DRUG_CLASSES = [
  "nsaid",
  "glucocorticoid",
  "dmard",
  "tnf-inhibitor",
  "bisphosphonate",
  "il1-inhibitor",
  "other",
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const treatmentSchema = z
  .strictObject({
    drugClass: z.enum(DRUG_CLASSES),
    drug: z.string().min(1).max(200),
    start: isoDate,
    stop: isoDate.optional(),
    dose: z.strictObject({ value: nonNegative, unit: z.string().min(1).max(40) }).optional(),
    route: z.string().max(80).optional(),
    reasonStopped: z.enum(["remission", "inefficacy", "adverse-event", "patient-choice", "other"]).optional(),
  })
  .refine((t) => t.stop === undefined || t.stop >= t.start, {
    path: ["stop"],
    message: "stop is before start",
  });
export type Treatment = z.output<typeof treatmentSchema>;

/** Follow-up over time: the input of assessCourse (D1 (docs/clinical/conventions.md#course-projection)). */
export const courseSchema = z.strictObject({
  patient: z
    .strictObject({
      sex: z.enum(["female", "male", "other"]).optional(),
      birthDate: isoDate.optional(),
      ageAtOnsetYears: nonNegative.optional(),
      /** Held on the anchor date: diagnosis date, else the baseline visit, else the first visit (D11). */
      ageAtPresentationYears: nonNegative.optional(),
    })
    .superRefine((patient, ctx) => {
      const { ageAtOnsetYears: onset, ageAtPresentationYears: presentation } = patient;
      if (onset !== undefined && presentation !== undefined && onset > presentation) {
        ctx.addIssue({
          code: "custom",
          path: ["ageAtOnsetYears"],
          message: `age at onset (${onset} years) is above the age at presentation (${presentation} years)`,
        });
      }
    }),
  symptomOnset: isoDate.optional(),
  diagnosisDate: isoDate.optional(),
  coexistingConditions: z
    .array(z.strictObject({ condition: z.enum(CONDITIONS), notedOn: isoDate.optional() }))
    .optional(),
  visits: z.array(visitSchema),
  imagingStudies: z.array(imagingStudySchema),
  treatments: z.array(treatmentSchema),
  bloodCultures: z
    .array(z.strictObject({ date: isoDate, result: z.enum(["negative", "positive"]) }))
    .optional(),
  biopsy: biopsySchema.optional(),
  mimicWorkup: mimicWorkupSchema.optional(),
  antibioticResponse: antibioticResponseSchema.optional(),
});
export type CourseInput = z.input<typeof courseSchema>;
export type Course = z.output<typeof courseSchema>;
