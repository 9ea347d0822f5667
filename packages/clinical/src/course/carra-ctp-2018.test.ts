import { describe, expect, it } from "vitest";
import { buildContext } from "../evaluation/context.ts";
import { CARRA_CTP_2018_BUILTIN } from "../rules/builtin.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { evaluateCarraCtp2018 } from "./carra-ctp-2018.ts";
import { CTP_VECTORS } from "./carra-ctp-2018.vectors.ts";
import { projectCourse } from "./presentation-as-of.ts";

function run(input: CourseInput, on: string, rules: RuleSet = BUILTIN_RULE_SET) {
  const projection = projectCourse(courseSchema.parse(input), on);
  return evaluateCarraCtp2018(projection, buildContext(projection.presentation, rules, projection.facts));
}

describe("carra-ctp-2018 vectors", () => {
  for (const vector of CTP_VECTORS) {
    it(`${vector.name} — ${vector.arithmetic}`, () => {
      const result = run(vector.course, vector.on);
      const want = vector.expect;
      expect({ status: result.status, outcome: result.outcome }).toEqual({
        status: want.status,
        outcome: want.outcome,
      });
      for (const [id, met] of Object.entries(want.items ?? {})) {
        expect(result.items.find((i) => i.id === id)?.met, `item ${id}`).toBe(met);
      }
      expect(result.missingToDecide).toEqual(want.missingToDecide);
      for (const [id, pattern] of Object.entries(want.evidenceMatch ?? {})) {
        expect(result.items.find((i) => i.id === id)?.evidence, `evidence ${id}`).toMatch(pattern);
      }
      for (const pattern of want.warningsMatch ?? []) expect(result.warnings.join("\n")).toMatch(pattern);
      for (const pattern of want.noWarningMatches ?? [])
        expect(result.warnings.join("\n")).not.toMatch(pattern);
    });
  }
});

describe("carra-ctp-2018 result shape", () => {
  const eligible = CTP_VECTORS[0]?.course as CourseInput;

  it("lists the verbatim criteria as items, contraindication last and 'to confirm'", () => {
    const result = run(eligible, "2024-06-01");
    expect(result.items.map((i) => i.id)).toEqual([
      "age-at-most-21-at-enrolment",
      "mri-bone-oedema-within-12-weeks",
      "whole-body-imaging",
      "nsaid-trial-at-least-4-weeks",
      "active-disease",
      "active-spinal-lesion",
      "biopsy",
      "typical-distribution",
      "ibd-psoriasis-or-ppp",
      "exclusion-malignancy-ever",
      "exclusion-current-infectious-osteomyelitis",
      "exclusion-contraindication-to-agent",
    ]);
    expect(result.items.at(-1)?.label).toMatch(/to confirm/);
    expect(result.warnings.join("\n")).toMatch(/Contraindication.*not assessed/);
    // D5: the readings are [CONV], so the weakest level used is CONV although Table 1 is [V].
    expect(result).toMatchObject({
      id: "carra-ctp-2018",
      evidenceLevel: "CONV",
      ruleVersion: "carra-ctp-2018/builtin-1",
    });
    expect(result.source.doi).toBe("10.1002/acr.23462");
    expect(result.score).toBeUndefined();
  });

  it("takes its numbers from ctx.rules.carraCtp2018, not literals", () => {
    // A reviewed table with 3 weeks makes the 27-day trial enough and lowers the age limit to 18.
    const rules: RuleSet = {
      ...BUILTIN_RULE_SET,
      carraCtp2018: { ...CARRA_CTP_2018_BUILTIN, nsaidTrialWeeks: 3, maxAgeYears: 18 },
    };
    const shortTrial = {
      ...eligible,
      treatments: [{ drugClass: "nsaid" as const, drug: "naproxen", start: "2024-05-05" }],
    };
    expect(run(shortTrial, "2024-06-01", rules).outcome).toBe("eligible");
    const nineteen = { ...eligible, patient: { birthDate: "2005-01-01" } };
    expect(run(nineteen, "2024-06-01").outcome).toBe("eligible");
    const result = run(nineteen, "2024-06-01", rules);
    expect(result.outcome).toBe("not-eligible");
    expect(result.items[0]?.label).toBe("Age ≤ 18 years at enrolment");
  });
});
