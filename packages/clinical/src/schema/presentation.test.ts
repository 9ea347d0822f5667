import { describe, expect, it } from "vitest";
import { parseWith } from "./field-errors.ts";
import { presentationSchema } from "./presentation.ts";

function errorsOf(input: unknown) {
  const parsed = parseWith(presentationSchema, input);
  if (parsed.ok) throw new Error("expected the presentation to be rejected");
  return parsed.errors;
}

const base = { assessedOn: "2024-03-01" };

describe("presentation schema: bad input is rejected with the field named", () => {
  it("accepts the minimal presentation", () => {
    expect(parseWith(presentationSchema, base).ok).toBe(true);
  });

  it.each([
    ["missing assessedOn", {}, "assessedOn"],
    ["impossible date", { assessedOn: "2024-02-30" }, "assessedOn"],
    ["unknown bone site", { ...base, lesions: [{ site: "tibiaa" }] }, "lesions[0].site"],
    [
      "side not allowed for a paired site",
      { ...base, lesions: [{ site: "femur", side: "midline" }] },
      "lesions[0].side",
    ],
    [
      "segment on a non-long bone",
      { ...base, lesions: [{ site: "clavicle", segment: "metaphysis" }] },
      "lesions[0].segment",
    ],
    ["vertebral part on a femur", { ...base, lesions: [{ site: "femur", part: "body" }] }, "lesions[0].part"],
    [
      "clavicle part on a vertebra",
      { ...base, lesions: [{ site: "T4", part: "medial" }] },
      "lesions[0].part",
    ],
    [
      "lesion status in a presentation",
      { ...base, lesions: [{ site: "T4", status: "new" }] },
      "lesions[0].status",
    ],
    ["negative lab value", { ...base, labs: [{ test: "crp", value: -1, unit: "mg/L" }] }, "labs[0].value"],
    [
      "wrong unit for the test",
      { ...base, labs: [{ test: "platelets", value: 200, unit: "mg/L" }] },
      "labs[0].unit",
    ],
    ["value without unit", { ...base, labs: [{ test: "crp", value: 12 }] }, "labs[0].unit"],
    ["neither value nor interpretation", { ...base, labs: [{ test: "crp", unit: "mg/L" }] }, "labs[0].value"],
    [
      "unknown lab test",
      { ...base, labs: [{ test: "procalcitonin", value: 1, unit: "ug/L" }] },
      "labs[0].test",
    ],
    [
      "numeric blasts",
      { ...base, labs: [{ test: "blood-smear-blasts", value: 3, unit: "{presence}" }] },
      "labs[0].value",
    ],
    [
      "infinite duration",
      { ...base, symptomDurationWeeks: Number.POSITIVE_INFINITY },
      "symptomDurationWeeks",
    ],
    ["onset after assessment", { ...base, symptomOnset: "2024-05-01" }, "symptomOnset"],
    ["born after assessment", { ...base, patient: { birthDate: "2025-01-01" } }, "patient.birthDate"],
    ["misspelled field", { ...base, bonepain: true }, "bonepain"],
    ["unknown sign", { ...base, clinicalSigns: ["fatigue"] }, "clinicalSigns[0]"],
    [
      "sign both found and absent",
      { ...base, clinicalSigns: ["pallor"], absentSigns: ["pallor"] },
      "absentSigns",
    ],
    // D11: contradictions that would otherwise be read silently.
    [
      "biopsy not performed, with findings",
      { ...base, biopsy: { performed: false, findings: ["malignant-cells"] } },
      "biopsy.findings",
    ],
    [
      "biopsy not performed, with a culture",
      { ...base, biopsy: { performed: false, culture: "negative" } },
      "biopsy.culture",
    ],
    [
      "biopsy not performed, with an antibiotic status",
      { ...base, biopsy: { performed: false, onAntibioticsAtBiopsy: true } },
      "biopsy.onAntibioticsAtBiopsy",
    ],
    [
      "biopsy at an unknown site",
      { ...base, biopsy: { performed: true, site: { site: "knee" } } },
      "biopsy.site.site",
    ],
    [
      "biopsy side not allowed",
      { ...base, biopsy: { performed: true, site: { site: "tibia", side: "midline" } } },
      "biopsy.site.side",
    ],
    [
      "age at onset above the age at presentation",
      { ...base, patient: { ageAtOnsetYears: 9, ageAtPresentationYears: 8 } },
      "patient.ageAtOnsetYears",
    ],
    [
      "age at onset above the age from the birth date",
      { ...base, patient: { birthDate: "2020-03-01", ageAtOnsetYears: 5 } },
      "patient.ageAtOnsetYears",
    ],
    [
      "symptoms longer than the child's age",
      { ...base, patient: { ageAtPresentationYears: 1 }, symptomDurationWeeks: 60 },
      "symptomDurationWeeks",
    ],
    [
      "a lab result taken after the assessment",
      { ...base, labs: [{ test: "crp", value: 5, unit: "mg/L", takenOn: "2024-03-02" }] },
      "labs[0].takenOn",
    ],
    [
      "blasts interpreted as low",
      { ...base, labs: [{ test: "blood-smear-blasts", interpretation: "low" }] },
      "labs[0].interpretation",
    ],
    [
      "range upside down",
      { ...base, labs: [{ test: "ldh", value: 200, unit: "U/L", referenceLow: 400, referenceHigh: 100 }] },
      "labs[0].referenceLow",
    ],
  ])("%s", (_name, input, path) => {
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(5);
  });

  it("names every bad field at once", () => {
    const errors = errorsOf({
      ...base,
      lesions: [{ site: "knee" }],
      labs: [
        { test: "crp", value: -3, unit: "mg/L" },
        { test: "wbc", value: 5, unit: "g/L" },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["lesions[0].site", "labs[0].value", "labs[1].unit"]),
    );
  });

  it("says what was wrong with a unit", () => {
    const [error] = errorsOf({ ...base, labs: [{ test: "platelets", value: 200, unit: "mg/L" }] });
    expect(error?.message).toMatch(/mg\/L.*platelets/);
  });

  it("accepts the D11 boundary cases: onset age equal to the age, duration equal to the age, a lab on the day", () => {
    const ok = (input: unknown) => expect(parseWith(presentationSchema, input).ok).toBe(true);
    ok({ ...base, patient: { ageAtOnsetYears: 8, ageAtPresentationYears: 8 } });
    // 52 weeks = 364 days ≤ 1 year (365.25 days).
    ok({ ...base, patient: { ageAtPresentationYears: 1 }, symptomDurationWeeks: 52 });
    ok({ ...base, labs: [{ test: "crp", value: 5, unit: "mg/L", takenOn: "2024-03-01" }] });
    ok({ ...base, biopsy: { performed: false } });
    ok({
      ...base,
      biopsy: { performed: true, date: "2024-02-01", site: { site: "T7" }, findings: ["fibrosis"] },
    });
  });

  it("a biopsy recorded as not performed with findings names the biopsy and says how to fix it", () => {
    const [error] = errorsOf({ ...base, biopsy: { performed: false, findings: ["plasma-cells"] } });
    expect(error?.path).toBe("biopsy.findings");
    expect(error?.message).toMatch(/not performed.*set performed to true or remove findings/);
  });
});
