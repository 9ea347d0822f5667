import { z } from "zod";
import { conversionFactor, LAB_TESTS, LAB_UNITS, type LabTest } from "../labs/lab-units.ts";
import { isoDate, nonNegative } from "./vocabulary.ts";

const labResultShape = z.strictObject({
  test: z.enum(LAB_TESTS, { error: (issue) => `unknown lab test ${JSON.stringify(issue.input)}` }),
  value: z
    .union([nonNegative, z.boolean()], { error: "must be a finite number ≥ 0, or a boolean for blasts" })
    .optional(),
  qualifier: z.enum(["<", ">"]).optional(),
  interpretation: z.enum(["low", "normal", "high"]).optional(),
  unit: z.string().optional(),
  referenceLow: nonNegative.optional(),
  referenceHigh: nonNegative.optional(),
  takenOn: isoDate.optional(),
});
type LabResultShape = z.infer<typeof labResultShape>;

/** The result in canonical units, beside the value and unit as reported (README "Units"). */
export interface CanonicalLab {
  value?: number | boolean;
  unit: string;
  referenceLow?: number;
  referenceHigh?: number;
}

function checkUnits(lab: LabResultShape, ctx: z.core.$RefinementCtx<LabResultShape>): void {
  const rule = LAB_UNITS[lab.test];
  if (lab.value === undefined && lab.interpretation === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: `${lab.test}: give a value or an interpretation`,
    });
  }
  if (rule.kind === "presence" && lab.interpretation === "low") {
    // D11: blasts are present (high) or absent (normal); "low" has no meaning for a presence test.
    ctx.addIssue({
      code: "custom",
      path: ["interpretation"],
      message: `${lab.test}: interpretation must be "high" (present) or "normal" (absent), not "low"`,
    });
  }
  if (lab.value !== undefined) {
    if (rule.kind === "presence" && typeof lab.value !== "boolean") {
      ctx.addIssue({ code: "custom", path: ["value"], message: `${lab.test}: value must be true or false` });
    }
    if (rule.kind === "quantity" && typeof lab.value !== "number") {
      ctx.addIssue({ code: "custom", path: ["value"], message: `${lab.test}: value must be a number` });
    }
    if (lab.unit === undefined) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: `${lab.test}: a value needs its unit` });
    }
  }
  if (lab.unit !== undefined && conversionFactor(lab.test, lab.unit) === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["unit"],
      message: `unit "${lab.unit}" does not fit ${lab.test} (accepted: ${Object.keys(rule.accepted).join(", ")})`,
    });
  }
  if (lab.qualifier !== undefined && typeof lab.value !== "number") {
    ctx.addIssue({
      code: "custom",
      path: ["qualifier"],
      message: `${lab.test}: a qualifier needs a numeric value`,
    });
  }
  const hasRange = lab.referenceLow !== undefined || lab.referenceHigh !== undefined;
  if (hasRange && (rule.kind === "presence" || lab.unit === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["unit"],
      message: `${lab.test}: a reference range needs a quantity unit`,
    });
  }
  if (
    lab.referenceLow !== undefined &&
    lab.referenceHigh !== undefined &&
    lab.referenceLow > lab.referenceHigh
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["referenceLow"],
      message: `${lab.test}: referenceLow is above referenceHigh`,
    });
  }
}

export function toCanonical(test: LabTest, lab: Omit<LabResultShape, "test">): CanonicalLab {
  const rule = LAB_UNITS[test];
  const factor = lab.unit === undefined ? 1 : (conversionFactor(test, lab.unit) ?? Number.NaN);
  const scale = (v: number | undefined) => (v === undefined ? undefined : v * factor);
  const canonical: CanonicalLab = { unit: rule.canonical };
  if (lab.value !== undefined)
    canonical.value = typeof lab.value === "number" ? lab.value * factor : lab.value;
  const low = scale(lab.referenceLow);
  const high = scale(lab.referenceHigh);
  if (low !== undefined) canonical.referenceLow = low;
  if (high !== undefined) canonical.referenceHigh = high;
  return canonical;
}

/** A lab result: validated, then given its canonical form; the reported value and unit stay as given. */
export const labResultSchema = labResultShape
  .superRefine(checkUnits)
  .transform((lab) => ({ ...lab, canonical: toCanonical(lab.test, lab) }));

export type LabResultInput = z.input<typeof labResultSchema>;
export type LabResult = z.output<typeof labResultSchema>;
