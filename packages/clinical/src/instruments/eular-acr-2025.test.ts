import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticRuleSet } from "../../test/fixtures/eular-acr-synthetic-table.ts";
import { contextFor, runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { missingToDecide } from "../evaluation/scoring.ts";
import { KINGELLA_ITEM_WARNING } from "../evaluation/warnings.ts";
import type { PresentationInput } from "../schema/presentation.ts";
import { EULAR_ACR_NO_TABLE_RULE_VERSION, evaluateEularAcr2025 } from "./eular-acr-2025.ts";
import {
  EULAR_ACR_2025_ADDITIVE_VECTORS,
  EULAR_ACR_2025_HIGHEST_ONLY_VECTORS,
  EULAR_ACR_2025_VECTORS,
} from "./eular-acr-2025.vectors.ts";
import {
  type DomainCombination,
  type ScoredItem,
  tableMissingToDecide,
  tableOutcome,
  weightedBounds,
} from "./eular-acr-2025-scoring.ts";

const FIXED_IDS = [
  "entry-age-under-18",
  "entry-bone-pain-6-weeks",
  "entry-imaging",
  "exclusion-malignancy",
  "exclusion-infection",
  "exclusion-vitamin-c-deficiency",
  "exclusion-hypophosphatasia",
];

const ELIGIBLE: PresentationInput = {
  assessedOn: "2024-03-01",
  patient: { ageAtOnsetYears: 10 },
  symptomDurationWeeks: 12,
  bonePain: true,
  fever: { present: false },
  lesions: [{ site: "mandible", side: "midline", modality: "mri-stir", findings: ["bone-marrow-edema"] }],
  coexistingConditions: [],
  mimicWorkup: {
    malignancy: "excluded",
    infection: "excluded",
    vitaminCDeficiency: "excluded",
    hypophosphatasia: "excluded",
  },
  labs: [{ test: "crp", value: 3, unit: "mg/L" }],
};

describe("eular-acr-2025 without a weight table (built-in rules)", () => {
  runInstrumentVectors(evaluateEularAcr2025, EULAR_ACR_2025_VECTORS);

  it("the vectors reach every outcome before the weights", () => {
    const reached = new Set(EULAR_ACR_2025_VECTORS.map((v) => v.expect.outcome));
    for (const outcome of [
      "mimic-present",
      "entry-not-met",
      "entry-undecided",
      "exclusions-not-assessed",
      "weights-missing",
    ]) {
      expect(reached.has(outcome), outcome).toBe(true);
    }
  });

  it("shows entry and exclusion items only, no score fields, evidence CONV and the no-table rule version", () => {
    const result = evaluateEularAcr2025(contextFor(ELIGIBLE));
    expect(result.id).toBe("eular-acr-2025");
    expect(result.items.map((i) => i.id)).toEqual(FIXED_IDS);
    expect(result.items.every((i) => i.points === undefined)).toBe(true);
    expect(result).not.toHaveProperty("score");
    expect(result).not.toHaveProperty("scoreRange");
    expect(result).not.toHaveProperty("threshold");
    expect(result).not.toHaveProperty("missingToDecide");
    expect(result.evidenceLevel).toBe("CONV");
    expect(result.ruleVersion).toBe(EULAR_ACR_NO_TABLE_RULE_VERSION);
    expect(result.source.doi).toBe("10.1016/j.ard.2024.11.006");
    expect(
      result.warnings.some((w) => /NOT FOUND/.test(w) && /Zhao 2025/.test(w) && /rule-set file/.test(w)),
    ).toBe(true);
  });

  it("gives mimic evidence from D7's mimicPresent", () => {
    const result = evaluateEularAcr2025(
      contextFor({ ...ELIGIBLE, biopsy: { performed: true, findings: ["langerhans-cells"] } }),
    );
    expect(result.outcome).toBe("mimic-present");
    expect(result.items.find((i) => i.id === "exclusion-malignancy")?.evidence).toMatch(/Langerhans/);
  });
});

describe("eular-acr-2025 with the synthetic table, highest-only", () => {
  runInstrumentVectors(
    evaluateEularAcr2025,
    EULAR_ACR_2025_HIGHEST_ONLY_VECTORS,
    syntheticRuleSet("highest-only"),
  );

  it("lists the table items after the fixed ones, with points, threshold ≥ 55 and the table's rule version", () => {
    const rules = syntheticRuleSet("highest-only");
    const result = evaluateEularAcr2025(contextFor(ELIGIBLE, rules));
    expect(result.items.slice(0, 7).map((i) => i.id)).toEqual(FIXED_IDS);
    expect(result.items.slice(7).map((i) => i.id)).toEqual(rules.eularAcr2025?.items.map((i) => i.id));
    expect(result.items.slice(7).every((i) => typeof i.points === "number")).toBe(true);
    expect(result.items.slice(7).some((i) => "domain" in i)).toBe(false);
    expect(result.threshold).toEqual({ value: 55, comparator: ">=" });
    expect(result.ruleVersion).toBe(rules.eularAcr2025?.ruleVersion);
    expect(result.evidenceLevel).toBe("CONV");
  });

  it("mandible 18, unifocal, onset 6, CRP 3 → 10, Hb and ESR unknown: [34, 43] → not-classified", () => {
    const result = evaluateEularAcr2025(contextFor(ELIGIBLE, syntheticRuleSet("highest-only")));
    expect(result.scoreRange).toEqual([34, 43]);
    expect(result.outcome).toBe("not-classified");
    expect(result.status).toBe("computed");
  });

  it("puts the Kingella warning on met items that count absent fever or a low CRP", () => {
    const toddler = { ...ELIGIBLE, patient: { birthDate: "2021-06-01" }, symptomOnset: "2023-12-01" };
    const result = evaluateEularAcr2025(contextFor(toddler, syntheticRuleSet("highest-only")));
    const warned = result.items.filter((i) => i.warnings?.includes(KINGELLA_ITEM_WARNING)).map((i) => i.id);
    expect(warned).toEqual(["crp-below-10", "crp-below-50"]);
  });
});

describe("eular-acr-2025 with the synthetic table, additive", () => {
  runInstrumentVectors(evaluateEularAcr2025, EULAR_ACR_2025_ADDITIVE_VECTORS, syntheticRuleSet("additive"));
});

/** Items with their null values replaced by an assumed completion. */
function complete<T extends { id: string; met: boolean | null }>(
  items: readonly T[],
  assumed: ReadonlyMap<string, boolean>,
): T[] {
  return items.map((item) =>
    item.met === null && assumed.has(item.id) ? { ...item, met: assumed.get(item.id) ?? null } : item,
  );
}

/** Brute force over every completion, for checking the domain arithmetic. */
function bruteForce(items: ScoredItem[], combination: DomainCombination) {
  const open = items.filter((i) => i.met === null);
  const totals: number[] = [];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const assumed = new Map(open.map((item, bit) => [item.id, (mask & (1 << bit)) !== 0]));
    totals.push(weightedBounds(complete(items, assumed), combination).min);
  }
  return { min: Math.min(...totals), max: Math.max(...totals) };
}

const scoredItems = fc
  .array(
    fc.record({
      domain: fc.constantFrom("a", "b", "c"),
      points: fc.integer({ min: -20, max: 30 }),
      met: fc.constantFrom<boolean | null>(true, false, null),
    }),
    { minLength: 1, maxLength: 9 },
  )
  .map((rows) => rows.map((row, index): ScoredItem => ({ id: `item-${index}`, ...row })));
const combinations = fc.constantFrom<DomainCombination>("highest-only", "additive");

describe("eular-acr-2025 domain arithmetic (negative points allowed)", () => {
  it("a fully known domain scores its highest met item (0 if none), or the sum", () => {
    const items: ScoredItem[] = [
      { id: "x", domain: "d", points: -4, met: true },
      { id: "y", domain: "d", points: -9, met: true },
      { id: "z", domain: "e", points: 7, met: false },
    ];
    expect(weightedBounds(items, "highest-only")).toEqual({ min: -4, max: -4, known: true });
    expect(weightedBounds(items, "additive")).toEqual({ min: -13, max: -13, known: true });
  });

  it("bounds equal the brute-force minimum and maximum over the completions", () => {
    fc.assert(
      fc.property(scoredItems, combinations, (items, combination) => {
        const { min, max } = weightedBounds(items, combination);
        expect({ min, max }).toEqual(bruteForce(items, combination));
      }),
    );
  });

  it("missingToDecide equals the brute-force enumeration of scoring.ts", () => {
    fc.assert(
      fc.property(
        scoredItems,
        combinations,
        fc.integer({ min: -20, max: 60 }),
        (items, combination, threshold) => {
          const brute = missingToDecide(items, (completed) =>
            tableOutcome(completed, combination, threshold),
          );
          expect(tableMissingToDecide(items, combination, threshold)).toEqual(brute);
        },
      ),
    );
  });
});
