import { z } from "zod";
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

export const biopsySchema = z.strictObject({
  performed: z.boolean(),
  findings: z.array(z.enum(HISTOLOGY_FINDINGS)).optional(),
  culture: z.enum(["negative", "positive", "not-done"]).optional(),
  organism: z.string().max(200).optional(),
  onAntibioticsAtBiopsy: z.boolean().optional(),
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
