import fc from "fast-check";
import { allowedParts, allowedSides, BONE_SITES, LONG_BONES } from "../src/atlas/bone-sites.ts";
import { LAB_TESTS, LAB_UNITS, type LabTest } from "../src/labs/lab-units.ts";
import type { LabResultInput } from "../src/schema/lab-result.ts";
import type { PresentationInput } from "../src/schema/presentation.ts";
import {
  CONDITIONS,
  HISTOLOGY_FINDINGS,
  IMAGING_FINDINGS,
  MIMIC_STATUSES,
  MODALITIES,
  SIGNS,
} from "../src/schema/vocabulary.ts";

const DAY = 86_400_000;
const EPOCH = Date.parse("2000-01-01");
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** A lesion valid for its site: sides, segments and parts only where the atlas allows them. */
export const lesionArb = fc.constantFrom(...BONE_SITES).chain((site) =>
  fc.record(
    {
      site: fc.constant(site),
      side: optional(fc.constantFrom(...allowedSides(site))),
      segment: LONG_BONES.has(site)
        ? optional(fc.constantFrom("epiphysis", "metaphysis", "diaphysis" as const))
        : fc.constant(undefined),
      end: LONG_BONES.has(site)
        ? optional(fc.constantFrom("proximal", "distal" as const))
        : fc.constant(undefined),
      part: allowedParts(site).length
        ? optional(fc.constantFrom(...(allowedParts(site) as ("body" | "medial")[])))
        : fc.constant(undefined),
      modality: optional(fc.constantFrom(...MODALITIES)),
      findings: optional(fc.uniqueArray(fc.constantFrom(...IMAGING_FINDINGS), { maxLength: 4 })),
      symptomatic: optional(fc.boolean()),
    },
    { requiredKeys: ["site"] },
  ),
);

function labArb(test: LabTest): fc.Arbitrary<LabResultInput> {
  const rule = LAB_UNITS[test];
  if (rule.kind === "presence")
    return fc.record({ test: fc.constant(test), value: fc.boolean(), unit: fc.constant("{presence}") });
  const units = Object.keys(rule.accepted);
  return fc.oneof(
    fc.record(
      {
        test: fc.constant(test),
        value: fc.double({ min: 0, max: 1000, noNaN: true }),
        unit: fc.constantFrom(...units),
        qualifier: optional(fc.constantFrom("<", ">" as const)),
        referenceHigh: optional(fc.double({ min: 500, max: 2000, noNaN: true })),
        referenceLow: optional(fc.double({ min: 0, max: 100, noNaN: true })),
      },
      { requiredKeys: ["test", "value", "unit"] },
    ),
    fc.record({ test: fc.constant(test), interpretation: fc.constantFrom("low", "normal", "high" as const) }),
  );
}

export const labsArb = fc.array(fc.constantFrom(...LAB_TESTS).chain(labArb), { maxLength: 10 });

/** Random valid presentations, chronology respected: birth ≤ onset ≤ assessment. */
export const presentationArb: fc.Arbitrary<PresentationInput> = fc
  .record({
    birth: fc.integer({ min: 0, max: 20 * 365 }),
    onsetAfterBirth: fc.integer({ min: 0, max: 18 * 365 }),
    assessedAfterOnset: fc.integer({ min: 0, max: 5 * 365 }),
    withBirth: fc.boolean(),
    withOnset: fc.boolean(),
    sex: optional(fc.constantFrom("female", "male", "other" as const)),
    ageAtOnsetYears: optional(fc.double({ min: 0, max: 20, noNaN: true })),
    symptomDurationWeeks: optional(fc.double({ min: 0, max: 300, noNaN: true })),
    bonePain: optional(fc.boolean()),
    fever: optional(fc.record({ present: fc.boolean() })),
    lesions: optional(fc.array(lesionArb, { maxLength: 8 })),
    wholeBodyImaging: optional(fc.record({ performed: fc.boolean() })),
    labs: optional(labsArb),
    biopsy: optional(
      fc.record(
        {
          performed: fc.boolean(),
          findings: optional(fc.uniqueArray(fc.constantFrom(...HISTOLOGY_FINDINGS), { maxLength: 3 })),
          culture: optional(fc.constantFrom("negative", "positive", "not-done" as const)),
          onAntibioticsAtBiopsy: optional(fc.boolean()),
        },
        { requiredKeys: ["performed"] },
      ),
    ),
    bloodCulture: optional(fc.constantFrom("negative", "positive", "not-done" as const)),
    coexistingConditions: optional(fc.uniqueArray(fc.constantFrom(...CONDITIONS), { maxLength: 2 })),
    clinicalSigns: optional(fc.uniqueArray(fc.constantFrom(...SIGNS), { maxLength: 3 })),
    mimicWorkup: optional(
      fc.record({
        malignancy: optional(fc.constantFrom(...MIMIC_STATUSES)),
        infection: optional(fc.constantFrom(...MIMIC_STATUSES)),
        vitaminCDeficiency: optional(fc.constantFrom(...MIMIC_STATUSES)),
        hypophosphatasia: optional(fc.constantFrom(...MIMIC_STATUSES)),
      }),
    ),
    antibioticResponse: optional(
      fc.constantFrom("complete-sustained", "partial", "none", "not-tried" as const),
    ),
  })
  .map(
    ({ birth, onsetAfterBirth, assessedAfterOnset, withBirth, withOnset, sex, ageAtOnsetYears, ...rest }) => {
      const birthMs = EPOCH + birth * DAY;
      const onsetMs = birthMs + onsetAfterBirth * DAY;
      const presentation: PresentationInput = { assessedOn: iso(onsetMs + assessedAfterOnset * DAY) };
      const patient: PresentationInput["patient"] = {};
      // D11: a reported onset age or duration beyond the child's age is a schema error, so stay below it.
      const ageDays = onsetAfterBirth + assessedAfterOnset;
      const maxYears = withBirth ? ageDays / 366 : Number.POSITIVE_INFINITY;
      if (withBirth) patient.birthDate = iso(birthMs);
      if (sex) patient.sex = sex;
      if (ageAtOnsetYears !== undefined) patient.ageAtOnsetYears = Math.min(ageAtOnsetYears, maxYears);
      if (rest.symptomDurationWeeks !== undefined)
        rest.symptomDurationWeeks = Math.min(rest.symptomDurationWeeks, (maxYears * 365) / 7);
      // D11: a biopsy not performed has no results.
      if (rest.biopsy && !rest.biopsy.performed) rest.biopsy = { performed: false };
      if (Object.keys(patient).length) presentation.patient = patient;
      if (withOnset) presentation.symptomOnset = iso(onsetMs);
      for (const [key, value] of Object.entries(rest)) {
        if (value !== undefined) (presentation as Record<string, unknown>)[key] = value;
      }
      return presentation;
    },
  );
