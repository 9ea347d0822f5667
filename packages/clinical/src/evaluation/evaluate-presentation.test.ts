import { describe, expect, it } from "vitest";
import { MIMIC_WARNING_PREFIX } from "../mimics/mimic-warning.ts";
import { type PresentationInput, presentationSchema } from "../schema/presentation.ts";
import { evaluatePresentation } from "./evaluate-presentation.ts";

const evaluate = (input: PresentationInput) => evaluatePresentation(presentationSchema.parse(input));
const instrument = (evaluation: ReturnType<typeof evaluate>, id: string) => {
  const found = evaluation.instruments.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

/** A typical multifocal child: bone pain, afebrile, two MRI lesions with oedema, CRP 12 mg/L. */
const typical = (extra: Partial<PresentationInput> = {}): PresentationInput => ({
  assessedOn: "2024-03-01",
  patient: { birthDate: "2013-05-10" },
  bonePain: true,
  fever: { present: false },
  lesions: [
    { site: "tibia", side: "left", modality: "mri-stir", findings: ["bone-marrow-edema"] },
    { site: "T8", modality: "mri-stir", findings: ["bone-marrow-edema"] },
  ],
  labs: [{ test: "crp", value: 12, unit: "mg/L" }],
  ...extra,
});

describe("a proven mimic outranks every 'criteria met' (D11)", () => {
  it("Japan 2014, Jansson 2009, Jansson 2007 and Kostik keep their outcomes but warn, naming the mimic", () => {
    const clean = evaluate(typical());
    // Malignant cells on the biopsy: D7 mimicPresent malignancy.
    const mimic = evaluate(
      typical({ biopsy: { performed: true, findings: ["malignant-cells"], culture: "negative" } }),
    );
    for (const id of ["japan-2014", "jansson-2009", "jansson-2007", "kostik-nbods-2023"]) {
      const warning = instrument(mimic, id).warnings[0] ?? "";
      expect(warning, id).toMatch(
        new RegExp(`^${MIMIC_WARNING_PREFIX}: malignancy \\(malignant cells on biopsy\\)`),
      );
      expect(
        instrument(clean, id).warnings.some((w) => w.startsWith(MIMIC_WARNING_PREFIX)),
        id,
      ).toBe(false);
    }
    // Kostik's score is unchanged by the mimic (it reads CRP, pattern, femur, bands only).
    expect(
      instrument(mimic, "kostik-nbods-2023").score ?? instrument(mimic, "kostik-nbods-2023").scoreRange,
    ).toEqual(
      instrument(clean, "kostik-nbods-2023").score ?? instrument(clean, "kostik-nbods-2023").scoreRange,
    );
    expect(instrument(mimic, "bristol-2016").outcome).toBe("mimic-present");
    expect(instrument(mimic, "eular-acr-2025").outcome).toBe("mimic-present");
  });

  it("a granuloma counts with infection for the warning, though it is not D7's mimicPresent", () => {
    const granuloma = evaluate(
      typical({ biopsy: { performed: true, findings: ["granuloma"], culture: "negative" } }),
    );
    expect(instrument(granuloma, "jansson-2009").warnings[0]).toMatch(
      /^Mimic present: infection \(granuloma/,
    );
    // EULAR/ACR's exclusions follow D7 mimicPresent, where a granuloma is not a proven infection.
    expect(instrument(granuloma, "eular-acr-2025").outcome).not.toBe("mimic-present");
  });
});

describe("inputs are read, rejected or reported (D11)", () => {
  it("an implausible platelet count is kept and read, and every reader says 'check the unit'", () => {
    // 80 /µL ÷ 1000 = 0.08 ×10⁹/L < 5: implausible; still < 100 → thrombocytopenia fires.
    const evaluation = evaluate(typical({ labs: [{ test: "platelets", value: 80, unit: "/uL" }] }));
    const pattern =
      /Implausible value — check the unit: platelets 0\.08 ×10⁹\/L \(reported 80 \/µL\) lies outside 5–2,000 ×10⁹\/L/;
    expect(evaluation.derived.warnings.some((w) => pattern.test(w))).toBe(true);
    const flag = evaluation.redFlags.find((f) => f.id === "rf-mal-thrombocytopenia");
    expect(flag?.warnings.some((w) => pattern.test(w))).toBe(true);
    // Jansson 2009 reads the blood count; Japan 2014 does not.
    expect(instrument(evaluation, "jansson-2009").warnings.some((w) => pattern.test(w))).toBe(true);
    expect(instrument(evaluation, "japan-2014").warnings.some((w) => pattern.test(w))).toBe(false);
  });

  it.each([
    [
      "CRP 800 mg/L",
      { labs: [{ test: "crp", value: 800, unit: "mg/L" }] },
      /CRP 800 mg\/L lies outside 0–600 mg\/L/,
    ],
    [
      "ESR 200 mm/h",
      { labs: [{ test: "esr", value: 200, unit: "mm/h" }] },
      /ESR 200 mm\/h lies outside 0–160/,
    ],
    [
      "haemoglobin 125 g/dL",
      { labs: [{ test: "hemoglobin", value: 125, unit: "g/dL" }] },
      /haemoglobin 125 g\/dL lies outside 2–25/,
    ],
    [
      "WBC 0.05",
      { labs: [{ test: "wbc", value: 0.05, unit: "10*9/L" }] },
      /WBC 0\.05 ×10⁹\/L lies outside 0\.1–500/,
    ],
    [
      "neutrophils 150",
      { labs: [{ test: "neutrophils", value: 150, unit: "10*9/L" }] },
      /neutrophils 150 ×10⁹\/L lies outside 0–100/,
    ],
    [
      "temperature 98.6",
      { fever: { present: true, maxTemperatureC: 98.6 } },
      /maximum temperature 98\.6 °C lies outside 30–44/,
    ],
    [
      "age 150 years",
      { patient: { ageAtPresentationYears: 150 } },
      /age at assessment 150 years lies outside 0–100/,
    ],
  ] as [string, Partial<PresentationInput>, RegExp][])(
    "%s is implausible and warned of",
    (_name, extra, pattern) => {
      const evaluation = evaluate({ ...typical(), patient: {}, ...extra });
      expect(
        evaluation.derived.warnings.some((w) => pattern.test(w)),
        evaluation.derived.warnings.join(" | "),
      ).toBe(true);
    },
  );

  it("values inside the bounds raise no implausible-value warning", () => {
    const evaluation = evaluate(
      typical({
        labs: [
          { test: "platelets", value: 5, unit: "10*9/L" },
          { test: "crp", value: 600, unit: "mg/L" },
        ],
        fever: { present: true, maxTemperatureC: 44 },
      }),
    );
    expect(evaluation.derived.warnings.filter((w) => /Implausible/.test(w))).toEqual([]);
  });

  it("fever recorded absent with 38.0 °C warns; scores are unchanged", () => {
    const plain = evaluate(typical());
    const contradictory = evaluate(typical({ fever: { present: false, maxTemperatureC: 38.0 } }));
    const below = evaluate(typical({ fever: { present: false, maxTemperatureC: 37.9 } }));
    const warning = /Fever is recorded as absent, but the maximum temperature was 38 °C/;
    expect(contradictory.derived.warnings.some((w) => warning.test(w))).toBe(true);
    expect(instrument(contradictory, "jansson-2009").warnings.some((w) => warning.test(w))).toBe(true);
    expect(below.derived.warnings.some((w) => /recorded as absent/.test(w))).toBe(false);
    expect(instrument(contradictory, "jansson-2009").scoreRange).toEqual(
      instrument(plain, "jansson-2009").scoreRange,
    );
    expect(instrument(contradictory, "bristol-2016").outcome).toBe(instrument(plain, "bristol-2016").outcome);
  });

  it("lists the red flags that could not be assessed on the evaluation", () => {
    const evaluation = evaluate(typical({ labs: [{ test: "ldh", value: 2500, unit: "U/L" }] }));
    expect(evaluation.redFlagsUndecided).toEqual([
      { id: "rf-mal-lysis-labs", missing: ["ldh.referenceHigh"] },
    ]);
    expect(evaluation.redFlags.map((f) => f.id)).not.toContain("rf-mal-lysis-labs");
    const readable = evaluate(
      typical({ labs: [{ test: "ldh", value: 2500, unit: "U/L", referenceHigh: 300 }] }),
    );
    expect(readable.redFlagsUndecided).toEqual([]);
    expect(readable.redFlags.map((f) => f.id)).toContain("rf-mal-lysis-labs");
  });
});
