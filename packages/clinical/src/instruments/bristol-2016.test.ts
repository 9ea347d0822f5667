import { describe, expect, it } from "vitest";
import { contextFor, runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { KINGELLA_ITEM_WARNING } from "../evaluation/warnings.ts";
import { evaluateBristol2016 } from "./bristol-2016.ts";
import { BRISTOL_2016_VECTORS } from "./bristol-2016.vectors.ts";

const OUTCOMES = [
  "mimic-present",
  "criteria-met-without-biopsy",
  "criteria-met-with-biopsy",
  "criteria-not-met",
  "whole-body-imaging-required",
  "biopsy-required",
  "undecided",
];

describe("bristol-2016", () => {
  runInstrumentVectors(evaluateBristol2016, BRISTOL_2016_VECTORS);

  it("the vectors reach every outcome of D6 and D11", () => {
    const reached = new Set(BRISTOL_2016_VECTORS.map((v) => v.expect.outcome));
    expect([...reached].sort()).toEqual([...OUTCOMES].sort());
  });

  it("reports the D5 ids, items in order, evidence level U and the table's cut-off in the label", () => {
    const first = BRISTOL_2016_VECTORS[0];
    if (!first) throw new Error("no vectors");
    const result = evaluateBristol2016(contextFor(first.presentation));
    expect(result.id).toBe("bristol-2016");
    expect(result.evidenceLevel).toBe("U");
    expect(result.ruleVersion).toMatch(/^bristol-2016\//);
    expect(result.source.doi).toBe("10.1186/s12969-016-0109-1");
    expect(result.items.map((i) => i.id)).toEqual([
      "typical-clinical-findings",
      "typical-radiological-findings",
      "multifocal-or-clavicle-alone",
      "crp-below-30-mg-l",
      "criterion-1",
      "criterion-2",
    ]);
    expect(result.items.find((i) => i.id === "crp-below-30-mg-l")?.label).toContain("< 30 mg/L");
    expect(result.score).toBeUndefined();
    expect(result.missingToDecide).toBeUndefined();
  });

  it("puts the Kingella warning on the items that count absent fever and a low CRP, and only under 4 years", () => {
    const toddler = contextFor({
      assessedOn: "2024-03-01",
      patient: { birthDate: "2021-06-01" },
      bonePain: true,
      fever: { present: false },
      lesions: [
        { site: "tibia", side: "left", modality: "mri-stir", findings: ["bone-marrow-edema"] },
        { site: "ulna", side: "right", modality: "mri-stir", findings: ["bone-marrow-edema"] },
      ],
      labs: [{ test: "crp", value: 4, unit: "mg/L" }],
    });
    const result = evaluateBristol2016(toddler);
    const warned = result.items.filter((i) => i.warnings?.includes(KINGELLA_ITEM_WARNING)).map((i) => i.id);
    expect(warned).toEqual(["typical-clinical-findings", "crp-below-30-mg-l"]);

    const older = evaluateBristol2016(
      contextFor({
        ...toddler.presentation,
        patient: { birthDate: "2014-06-01" },
        labs: [{ test: "crp", value: 4, unit: "mg/L" }],
      }),
    );
    expect(older.items.some((i) => i.warnings?.length)).toBe(false);
  });

  it("a raised CRP in a toddler carries no Kingella warning on the CRP item", () => {
    const result = evaluateBristol2016(
      contextFor({
        assessedOn: "2024-03-01",
        patient: { birthDate: "2021-06-01" },
        bonePain: true,
        fever: { present: false },
        labs: [{ test: "crp", value: 50, unit: "mg/L" }],
      }),
    );
    expect(result.items.find((i) => i.id === "crp-below-30-mg-l")?.warnings).toBeUndefined();
  });
});
