import { z } from "zod";
import { allowedSides, BONE_SITES, SIDES } from "../atlas/bone-sites.ts";
import { calendarAge, DAYS_PER_YEAR } from "../derived/dates.ts";
import { labResultSchema } from "./lab-result.ts";
import { lesionSchema } from "./lesion.ts";
import { CONDITIONS, HISTOLOGY_FINDINGS, isoDate, MIMIC_STATUSES, nonNegative, SIGNS } from "./vocabulary.ts";

export const patientSchema = z.strictObject({
  sex: z.enum(["female", "male", "other"]).optional(),
  birthDate: isoDate.optional(),
  ageAtOnsetYears: nonNegative.optional(),
  ageAtPresentationYears: nonNegative.optional(),
});

export const feverSchema = z.strictObject({
  present: z.boolean(),
  maxTemperatureC: nonNegative.optional(),
});

/** The bone a biopsy sampled (atlas site, side as on a lesion); D11. */
export const biopsySiteSchema = z
  .strictObject({
    site: z.enum(BONE_SITES, { error: (issue) => `unknown bone site ${JSON.stringify(issue.input)}` }),
    side: z.enum(SIDES).optional(),
  })
  .superRefine((where, ctx) => {
    if (where.side && !allowedSides(where.site).includes(where.side)) {
      ctx.addIssue({
        code: "custom",
        path: ["side"],
        message: `side "${where.side}" is not allowed for ${where.site} (allowed: ${allowedSides(where.site).join(", ")})`,
      });
    }
  });

const biopsyShape = z.strictObject({
  performed: z.boolean(),
  date: isoDate.optional(),
  site: biopsySiteSchema.optional(),
  findings: z.array(z.enum(HISTOLOGY_FINDINGS)).optional(),
  culture: z.enum(["negative", "positive", "not-done"]).optional(),
  organism: z.string().max(200).optional(),
  onAntibioticsAtBiopsy: z.boolean().optional(),
});

/** What only a performed biopsy can have (D11: "performed: false" with a result is a contradiction). */
const BIOPSY_RESULTS = ["findings", "culture", "organism", "onAntibioticsAtBiopsy"] as const;

/**
 * D11: a biopsy recorded as not performed cannot carry findings, a culture or an antibiotic status.
 * Exported so that stored records can be checked by the same rule (`strictBiopsyIssues`).
 */
export function notPerformedIssues(
  biopsy: z.output<typeof biopsyShape>,
): { path: string; message: string }[] {
  if (biopsy.performed) return [];
  return BIOPSY_RESULTS.filter((field) => biopsy[field] !== undefined).map((field) => ({
    path: field,
    message: `a biopsy recorded as not performed cannot have ${field === "onAntibioticsAtBiopsy" ? "an antibiotic status" : field === "findings" ? "findings" : `a ${field}`}: set performed to true or remove ${field}`,
  }));
}

export const biopsySchema = biopsyShape.superRefine((biopsy, ctx) => {
  for (const issue of notPerformedIssues(biopsy)) {
    ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
});

const mimicStatus = z.enum(MIMIC_STATUSES).optional();
export const mimicWorkupSchema = z.strictObject({
  malignancy: mimicStatus,
  infection: mimicStatus,
  vitaminCDeficiency: mimicStatus,
  hypophosphatasia: mimicStatus,
});

export const wholeBodyImagingSchema = z.strictObject({
  performed: z.boolean(),
  modality: z.enum(["whole-body-mri", "bone-scan"]).optional(),
  on: isoDate.optional(),
});

export const antibioticResponseSchema = z.enum(["complete-sustained", "partial", "none", "not-tried"]);
export const cultureResultSchema = z.enum(["negative", "positive", "not-done"]);

const presentationShape = z.strictObject({
  assessedOn: isoDate,
  patient: patientSchema.optional(),
  symptomOnset: isoDate.optional(),
  symptomDurationWeeks: nonNegative.optional(),
  bonePain: z.boolean().optional(),
  fever: feverSchema.optional(),
  lesions: z.array(lesionSchema).optional(),
  wholeBodyImaging: wholeBodyImagingSchema.optional(),
  labs: z.array(labResultSchema).optional(),
  biopsy: biopsySchema.optional(),
  bloodCulture: cultureResultSchema.optional(),
  coexistingConditions: z.array(z.enum(CONDITIONS)).optional(),
  clinicalSigns: z.array(z.enum(SIGNS)).optional(),
  absentSigns: z.array(z.enum(SIGNS)).optional(),
  mimicWorkup: mimicWorkupSchema.optional(),
  antibioticResponse: antibioticResponseSchema.optional(),
});
type PresentationShape = z.output<typeof presentationShape>;

/** The child's age on assessedOn as given (birth date first, by the calendar), or undefined. */
function givenAge(p: PresentationShape): number | undefined {
  const birth = p.patient?.birthDate;
  if (birth !== undefined && birth <= p.assessedOn) return calendarAge(birth, p.assessedOn);
  return p.patient?.ageAtPresentationYears;
}

/** D11: an onset after the assessment, or symptoms longer than the child has lived, is a typing error. */
function checkAges(p: PresentationShape, ctx: z.core.$RefinementCtx<PresentationShape>): void {
  const age = givenAge(p);
  const onset = p.patient?.ageAtOnsetYears;
  if (age !== undefined && onset !== undefined && onset > age) {
    ctx.addIssue({
      code: "custom",
      path: ["patient", "ageAtOnsetYears"],
      message: `age at onset (${onset} years) is above the age at assessment (${Math.round(age * 100) / 100} years)`,
    });
  }
  const weeks = p.symptomDurationWeeks;
  if (age !== undefined && weeks !== undefined && (weeks * 7) / DAYS_PER_YEAR > age) {
    ctx.addIssue({
      code: "custom",
      path: ["symptomDurationWeeks"],
      message: `a symptom duration of ${weeks} weeks is longer than the child's age (${Math.round(age * 100) / 100} years)`,
    });
  }
}

/** Dates that must come in order; anything else is a data-entry error worth naming. */
function checkChronology(p: PresentationShape, ctx: z.core.$RefinementCtx<PresentationShape>): void {
  const birth = p.patient?.birthDate;
  const later = (path: (string | number)[], date: string | undefined, what: string) => {
    if (date !== undefined && date > p.assessedOn) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `${what} (${date}) is after assessedOn (${p.assessedOn})`,
      });
    }
  };
  later(["symptomOnset"], p.symptomOnset, "symptom onset");
  later(["patient", "birthDate"], birth, "birth date");
  if (birth !== undefined && p.symptomOnset !== undefined && p.symptomOnset < birth) {
    ctx.addIssue({
      code: "custom",
      path: ["symptomOnset"],
      message: `symptom onset (${p.symptomOnset}) is before the birth date (${birth})`,
    });
  }
  checkAges(p, ctx);
  (p.labs ?? []).forEach((lab, index) => {
    // D11: a bare presentation is what is known on assessedOn; a course may hold later results.
    if (lab.takenOn !== undefined && lab.takenOn > p.assessedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["labs", index, "takenOn"],
        message: `${lab.test} taken on ${lab.takenOn}, after assessedOn (${p.assessedOn})`,
      });
    }
  });
  const both = (p.clinicalSigns ?? []).filter((sign) => p.absentSigns?.includes(sign));
  if (both.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["absentSigns"],
      message: `listed both as found and as absent: ${both.join(", ")}`,
    });
  }
}

/** One schema for the presentation, shared by the CLI, the API and the web forms. */
export const presentationSchema = presentationShape.superRefine(checkChronology);

export type PresentationInput = z.input<typeof presentationSchema>;
export type Presentation = z.output<typeof presentationSchema>;
