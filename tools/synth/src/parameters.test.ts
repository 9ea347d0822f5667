import { describe, expect, it } from "vitest";
import { shareCheck } from "./distribution-checks.ts";
import { generateCohort, PARAMETERS, parameterValues } from "./index.ts";

const ENTRIES = Object.entries(PARAMETERS);

describe("parameters: every rate named, sourced or labelled [CONV]", () => {
  it("gives each parameter an evidence tag and a source; conventions say [CONV], the rest cite the clinical docs", () => {
    for (const [name, p] of ENTRIES) {
      expect(["V", "V2", "D", "CONV"], name).toContain(p.evidence);
      if (p.evidence === "CONV") expect(p.source, name).toMatch(/^\[CONV\] \S/);
      else expect(p.source, name).toMatch(/docs\/clinical\/[\w/-]+\.md(#[\w-]+)?/);
    }
  });

  it("keeps shares in [0, 1], weights positive, ranges ordered", () => {
    for (const [name, p] of ENTRIES) {
      const value: unknown = p.value;
      if (name.endsWith("Share")) expect(value as number, name).toBeGreaterThanOrEqual(0);
      if (name.endsWith("Share")) expect(value as number, name).toBeLessThanOrEqual(1);
      if (typeof value === "object" && value !== null && "min" in value && "max" in value) {
        expect((value as { min: number }).min, name).toBeLessThanOrEqual((value as { max: number }).max);
      }
      if (name.endsWith("Weights") || name.endsWith("Shares")) {
        const weights = Object.values(value as Record<string, number>);
        expect(weights.length, name).toBeGreaterThan(0);
        expect(
          weights.every((w) => w > 0 && w <= (name.endsWith("Shares") ? 1 : Number.POSITIVE_INFINITY)),
          name,
        ).toBe(true);
      }
    }
  });

  it("reproduces the quoted figures exactly", () => {
    expect(PARAMETERS.femaleShare.value).toBeCloseTo(0.638, 3); // 310/486
    expect(PARAMETERS.spineShare.value).toBeCloseTo(0.265, 3); // 27/102
    expect(PARAMETERS.symmetricShareAmongMultifocal.value * PARAMETERS.multifocalShare.value).toBeCloseTo(
      0.53,
      10,
    );
    // Log-normal delay matched to Wipff 2013's 18 ± 25.5 months: mean e^(μ+σ²/2) = 18.
    const { value: mu } = PARAMETERS.delayLogMeanMonths;
    const { value: sigma } = PARAMETERS.delayLogSdMonths;
    expect(Math.exp(mu + sigma ** 2 / 2)).toBeCloseTo(18, 10);
    expect(Math.sqrt((Math.exp(sigma ** 2) - 1) * Math.exp(2 * mu + sigma ** 2))).toBeCloseTo(25.5, 10);
    // The onset normal has Jansson 2007's quartiles 7.5 and 12.
    const { value: mean } = PARAMETERS.onsetAgeMeanYears;
    const { value: sd } = PARAMETERS.onsetAgeSdYears;
    expect(mean - 0.6744898 * sd).toBeCloseTo(7.5, 3);
    expect(mean + 0.6744898 * sd).toBeCloseTo(12, 3);
  });

  it("lets a cohort override a parameter (a male-predominant cohort: Ulu, Turkey, 43.7 % female)", () => {
    const records = [
      ...generateCohort({
        patients: 600,
        seed: 9,
        sites: 2,
        mimicShare: 0,
        parameters: { femaleShare: 0.437 },
      }),
    ];
    const females = records.filter((r) => r.course.patient.sex === "female").length;
    const check = shareCheck("female", females, records.length, 0.437);
    expect(check.ok, `${check.observed} vs 0.437`).toBe(true);
    expect(parameterValues({ femaleShare: 0.437 }).femaleShare).toBe(0.437);
    expect(parameterValues().femaleShare).toBe(PARAMETERS.femaleShare.value);
  });
});
