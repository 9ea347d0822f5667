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
});
