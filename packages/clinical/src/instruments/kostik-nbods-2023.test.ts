import { describe, expect, it } from "vitest";
import { contextFor, runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { KINGELLA_ITEM_WARNING } from "../evaluation/warnings.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { PresentationInput } from "../schema/presentation.ts";
import { evaluateKostikNbods2023 } from "./kostik-nbods-2023.ts";
import { KOSTIK_2023_VECTORS } from "./kostik-nbods-2023.vectors.ts";

const crpItem = (presentation: PresentationInput) =>
  evaluateKostikNbods2023(contextFor(presentation)).items.find((i) => i.id === "crp-le-55-mg-l");

describe("kostik-nbods-2023", () => {
  runInstrumentVectors(evaluateKostikNbods2023, KOSTIK_2023_VECTORS);

  it("shows version, evidence level and source from the table, never the published cut-off as a threshold, and never an NBO/BO label", () => {
    const result = evaluateKostikNbods2023(
      contextFor({ assessedOn: "2024-03-01", labs: [{ test: "crp", value: 3, unit: "mg/L" }] }),
    );
    // D11: the published > 17 is arithmetically inconsistent, so it is never shown as a threshold.
    expect(result.threshold).toBeUndefined();
    expect(result.ruleVersion).toBe("kostik-nbods-2023/builtin-1");
    expect(result.evidenceLevel).toBe("V");
    expect(result.source.doi).toBe("10.3389/fped.2023.1067206");
    expect(result.outcome).toBe("score-only");
    expect(result.missingToDecide).toBeUndefined();
  });

  it("puts the Kingella warning on a met CRP item only", () => {
    const toddler = { assessedOn: "2024-03-01", patient: { birthDate: "2022-03-01" } };
    expect(crpItem({ ...toddler, labs: [{ test: "crp", value: 4, unit: "mg/L" }] })?.warnings).toEqual([
      KINGELLA_ITEM_WARNING,
    ]);
    expect(
      crpItem({ ...toddler, labs: [{ test: "crp", value: 80, unit: "mg/L" }] })?.warnings,
    ).toBeUndefined();
    expect(
      crpItem({
        assessedOn: "2024-03-01",
        patient: { birthDate: "2018-03-01" },
        labs: [{ test: "crp", value: 4, unit: "mg/L" }],
      })?.warnings,
    ).toBeUndefined();
  });

  it("keeps the instrument's Kingella warning when the CRP item is not met (D5: any age < 4.0 y)", () => {
    const result = evaluateKostikNbods2023(
      contextFor({
        assessedOn: "2024-03-01",
        patient: { birthDate: "2022-03-01" },
        labs: [{ test: "crp", value: 80, unit: "mg/L" }],
      }),
    );
    expect(result.warnings).toContain(KINGELLA_ITEM_WARNING);
  });

  it("reads points, cut-offs and threshold from the rule table, not from literals", () => {
    const table = {
      ...BUILTIN_RULE_SET.kostik2023,
      ruleVersion: "kostik-nbods-2023/reviewed-test",
      threshold: 60,
      points: { "crp-le-55-mg-l": 50, multifocal: 20, "femur-involved": 10, "band-neutrophils-le-220": 5 },
      crpMgPerL: 40,
      bandNeutrophilsPerUl: 100,
    };
    const rules: RuleSet = { ...BUILTIN_RULE_SET, id: "test", kostik2023: table };
    const presentation = {
      assessedOn: "2024-03-01",
      lesions: [{ site: "femur" as const, side: "left" as const }],
      labs: [
        { test: "crp" as const, value: 45, unit: "mg/L" },
        { test: "band-neutrophils" as const, value: 90, unit: "/uL" },
      ],
    };
    // CRP 45 > 40: 0; multifocal 0; femur 10; bands 90 ≤ 100: 5 → 15.
    const result = evaluateKostikNbods2023(contextFor(presentation, rules));
    expect(result.score).toBe(15);
    // A reviewed table whose cut-off adds up (CRP alone 50 ≤ 60) may show it as a threshold.
    expect(result.threshold).toEqual({ value: 60, comparator: ">" });
    expect(result.ruleVersion).toBe("kostik-nbods-2023/reviewed-test");
    // CRP item worth 50 ≤ 60: the arithmetic objection no longer holds, so the warning goes.
    expect(result.warnings.some((w) => /arithmetically inconsistent/.test(w))).toBe(false);
  });
});
