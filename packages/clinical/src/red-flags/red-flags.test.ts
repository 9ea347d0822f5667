import { afterEach, describe, expect, it, vi } from "vitest";
import { contextFor } from "../../test/instrument-vectors.ts";
import type { RedFlag, RedFlagGroup, Severity } from "../evaluation/types.ts";
import { RED_FLAGS_BUILTIN } from "../rules/builtin.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { PresentationInput } from "../schema/presentation.ts";
import { evaluateRedFlags, RED_FLAG_RULES } from "./evaluate-red-flags.ts";
import { RED_FLAG_VECTORS as FIRST_VECTORS } from "./red-flags.vectors.ts";
import { RED_FLAG_REVIEW_VECTORS } from "./red-flags-review.vectors.ts";

const RED_FLAG_VECTORS = [...FIRST_VECTORS, ...RED_FLAG_REVIEW_VECTORS];

/** D7 (docs/clinical/red-flags.md) with D11's additions, written out by hand: id → group and the severities it may take. */
const D7: Record<string, { group: RedFlagGroup; severities: Severity[] }> = {
  "rf-mal-confirmed": { group: "malignancy", severities: ["high"] },
  "rf-mal-blasts": { group: "malignancy", severities: ["high"] },
  "rf-mal-histology": { group: "malignancy", severities: ["high"] },
  "rf-mal-thrombocytopenia": { group: "malignancy", severities: ["high"] },
  "rf-mal-lysis-labs": { group: "malignancy", severities: ["high"] },
  "rf-mal-organomegaly-lan": { group: "malignancy", severities: ["high"] },
  "rf-mal-neutropenia": { group: "malignancy", severities: ["high"] },
  "rf-mal-img-aggressive": { group: "malignancy", severities: ["high", "moderate"] },
  "rf-mal-img-permeative": { group: "malignancy", severities: ["moderate"] },
  "rf-mal-constitutional": { group: "malignancy", severities: ["moderate"] },
  "rf-mal-abnormal-cbc": { group: "malignancy", severities: ["moderate"] },
  "rf-mal-img-leukemia": { group: "malignancy", severities: ["moderate"] },
  "rf-mal-img-lch": { group: "malignancy", severities: ["moderate"] },
  "rf-mal-plt-lt300": { group: "malignancy", severities: ["info"] },
  "rf-inf-confirmed": { group: "infection", severities: ["high"] },
  "rf-inf-positive-micro": { group: "infection", severities: ["high"] },
  "rf-inf-antibiotic-response": { group: "infection", severities: ["high"] },
  "rf-inf-abscess-sinus": { group: "infection", severities: ["high"] },
  "rf-inf-histology": { group: "infection", severities: ["moderate"] },
  "rf-inf-fever-unifocal": { group: "infection", severities: ["moderate"] },
  "rf-inf-crp-gt55": { group: "infection", severities: ["moderate"] },
  "rf-inf-bands-gt220": { group: "infection", severities: ["moderate"] },
  "rf-inf-kingella-age": { group: "infection", severities: ["moderate"] },
  "rf-inf-local-signs": { group: "infection", severities: ["info"] },
  "rf-met-scurvy-confirmed": { group: "metabolic", severities: ["high"] },
  "rf-met-scurvy": { group: "metabolic", severities: ["high", "moderate"] },
  "rf-met-scurvy-not-excluded": { group: "metabolic", severities: ["info"] },
  "rf-met-hpp-confirmed": { group: "metabolic", severities: ["high"] },
  "rf-met-hpp": { group: "metabolic", severities: ["high", "moderate"] },
  "rf-mono-syndromic": { group: "monogenic", severities: ["moderate"] },
  "rf-age-lt3": { group: "monogenic", severities: ["moderate"] },
  "rf-fever": { group: "other", severities: ["moderate"] },
  "rf-unifocal-nonclavicle": { group: "other", severities: ["moderate", "info"] },
  "rf-other-infant": { group: "other", severities: ["moderate"] },
};

const SEVERITY_ORDER = ["high", "moderate", "info"];
const GROUP_ORDER = ["malignancy", "infection", "metabolic", "monogenic", "other"];

function flagsFor(input: PresentationInput, rules: RuleSet = BUILTIN_RULE_SET): RedFlag[] {
  return evaluateRedFlags(contextFor(input, rules)).redFlags;
}

describe("red-flag rule table", () => {
  it("emits exactly the ids of D7, each once", () => {
    const ids = RED_FLAG_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(D7).sort());
  });

  it("gives every id D7's group and severities, and a citation", () => {
    for (const rule of RED_FLAG_RULES) {
      expect({ id: rule.id, group: rule.group, severities: [...rule.severities] }).toEqual({
        id: rule.id,
        ...D7[rule.id],
      });
      expect(rule.source.citation.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe("red-flag vectors", () => {
  for (const vector of RED_FLAG_VECTORS) {
    it(`${vector.name} — ${vector.working}`, () => {
      const { redFlags: flags, undecided } = evaluateRedFlags(contextFor(vector.presentation));
      const byId = new Map(flags.map((flag) => [flag.id, flag]));
      if (vector.undecided) {
        expect(Object.fromEntries(undecided.map((u) => [u.id, u.missing]))).toEqual(vector.undecided);
      }
      for (const [id, pattern] of Object.entries(vector.messageMatch ?? {})) {
        expect(byId.get(id)?.message ?? "", `${id} message`).toMatch(pattern);
      }
      for (const [id, pattern] of Object.entries(vector.noMessageMatch ?? {})) {
        expect(byId.get(id)?.message ?? "", `${id} message`).not.toMatch(pattern);
      }
      for (const [id, pattern] of Object.entries(vector.warningMatch ?? {})) {
        const warnings = byId.get(id)?.warnings ?? [];
        expect(
          warnings.some((w) => pattern.test(w)),
          `${id} warning ${pattern} in ${warnings.join(" | ")}`,
        ).toBe(true);
      }
      // A rule either fired or could not be assessed, never both.
      for (const u of undecided) expect(byId.has(u.id), `${u.id} both fired and undecided`).toBe(false);
      for (const [id, severity] of Object.entries(vector.fires ?? {})) {
        expect(byId.get(id)?.severity, `${id} fires ${severity}`).toBe(severity);
      }
      for (const id of vector.silent ?? []) expect(byId.has(id), `${id} is silent`).toBe(false);
      if (vector.exactly) expect(flags.map((flag) => flag.id)).toEqual(vector.exactly);
      for (const [id, pattern] of Object.entries(vector.evidenceMatch ?? {})) {
        const evidence = byId.get(id)?.evidence ?? [];
        expect(
          evidence.some((line) => pattern.test(line)),
          `${id} evidence ${pattern} in ${evidence.join(" | ")}`,
        ).toBe(true);
      }
      for (const [id, pattern] of Object.entries(vector.sourceMatch ?? {})) {
        expect(byId.get(id)?.source.citation ?? "", `${id} source`).toMatch(pattern);
      }
    });
  }
});

describe("red-flag output invariants (over every vector)", () => {
  const outputs = RED_FLAG_VECTORS.map((vector) => ({ vector, flags: flagsFor(vector.presentation) }));

  it("every D7 id has a vector that fires it and a near-miss that leaves it silent", () => {
    for (const id of Object.keys(D7)) {
      expect(
        RED_FLAG_VECTORS.some((v) => v.fires?.[id] !== undefined),
        `${id} fired by a vector`,
      ).toBe(true);
      expect(
        RED_FLAG_VECTORS.some((v) => v.silent?.includes(id)),
        `${id} silent in a near-miss`,
      ).toBe(true);
    }
  });

  it("the two-severity rules are exercised at both severities", () => {
    for (const [id, { severities }] of Object.entries(D7)) {
      for (const severity of severities) {
        expect(
          RED_FLAG_VECTORS.some((v) => v.fires?.[id] === severity),
          `${id} at ${severity}`,
        ).toBe(true);
      }
    }
  });

  it("every fired flag matches D7, has a message, evidence and a source", () => {
    for (const { vector, flags } of outputs) {
      for (const flag of flags) {
        const row = D7[flag.id];
        expect(row, `${vector.name}: ${flag.id} is a D7 id`).toBeDefined();
        expect(flag.group, `${vector.name}: ${flag.id}`).toBe(row?.group);
        expect(row?.severities, `${vector.name}: ${flag.id}`).toContain(flag.severity);
        expect(flag.message.length, `${vector.name}: ${flag.id}`).toBeGreaterThan(10);
        expect(flag.evidence.length, `${vector.name}: ${flag.id}`).toBeGreaterThan(0);
        for (const line of flag.evidence) expect(line.trim().length).toBeGreaterThan(0);
        expect(flag.source.citation.length).toBeGreaterThan(0);
      }
    }
  });

  it("is sorted by severity, then group, then id, without duplicates", () => {
    const key = (flag: RedFlag) =>
      `${SEVERITY_ORDER.indexOf(flag.severity)}/${GROUP_ORDER.indexOf(flag.group)}/${flag.id}`;
    for (const { vector, flags } of outputs) {
      const keys = flags.map(key);
      expect(keys, vector.name).toEqual([...keys].sort());
      expect(new Set(flags.map((f) => f.id)).size, vector.name).toBe(flags.length);
    }
  });

  it("a typical CRMO presentation raises no high flag", () => {
    const typical = outputs.find(({ vector }) => vector.name.startsWith("typical multifocal CRMO"));
    expect(typical).toBeDefined();
    expect(typical?.flags.filter((flag) => flag.severity === "high")).toEqual([]);
  });
});

describe("red-flag thresholds come from the rule set", () => {
  const custom: RuleSet = {
    ...BUILTIN_RULE_SET,
    id: "test-red-flags",
    redFlags: {
      ...RED_FLAGS_BUILTIN,
      plateletsLowPer10e9L: 150,
      plateletsSoftPer10e9L: 200,
      neutrophilsLowPer10e9L: 1,
      crpHighMgPerL: 100,
      bandNeutrophilsHighPerUl: 500,
      kingellaAgeYears: { min: 1, max: 2 },
      earlyOnsetYears: 5,
      syndromicOnsetYears: 4,
      infantAgeYears: 0.5,
    },
  };
  const cases: [string, PresentationInput, string[], string[]][] = [
    [
      "platelets 120",
      { assessedOn: "2024-03-01", labs: [{ test: "platelets", value: 120, unit: "10*9/L" }] },
      ["rf-mal-plt-lt300"],
      ["rf-mal-thrombocytopenia", "rf-mal-plt-lt300"],
    ],
    [
      "platelets 250",
      { assessedOn: "2024-03-01", labs: [{ test: "platelets", value: 250, unit: "10*9/L" }] },
      ["rf-mal-plt-lt300"],
      [],
    ],
    [
      "neutrophils 1.5",
      { assessedOn: "2024-03-01", labs: [{ test: "neutrophils", value: 1.5, unit: "10*9/L" }] },
      ["rf-mal-neutropenia"],
      [],
    ],
    [
      "CRP 80",
      { assessedOn: "2024-03-01", labs: [{ test: "crp", value: 80, unit: "mg/L" }] },
      ["rf-inf-crp-gt55"],
      [],
    ],
    [
      "bands 300",
      { assessedOn: "2024-03-01", labs: [{ test: "band-neutrophils", value: 300, unit: "/uL" }] },
      ["rf-inf-bands-gt220"],
      [],
    ],
    [
      "age 0.7",
      { assessedOn: "2024-03-01", patient: { ageAtPresentationYears: 0.7 } },
      ["rf-inf-kingella-age", "rf-other-infant"],
      [],
    ],
    [
      "age 0.4",
      { assessedOn: "2024-03-01", patient: { ageAtPresentationYears: 0.4 } },
      ["rf-other-infant"],
      ["rf-other-infant"],
    ],
    [
      "age 3",
      { assessedOn: "2024-03-01", patient: { ageAtPresentationYears: 3 } },
      ["rf-inf-kingella-age"],
      [],
    ],
    [
      "onset 3.5",
      { assessedOn: "2024-03-01", patient: { ageAtOnsetYears: 3.5 } },
      [],
      ["rf-age-lt3", "rf-mono-syndromic"],
    ],
  ];
  for (const [name, input, builtin, changed] of cases) {
    it(`${name}: built-in ${JSON.stringify(builtin)}, changed table ${JSON.stringify(changed)}`, () => {
      expect(flagsFor(input).map((f) => f.id)).toEqual(builtin);
      expect(flagsFor(input, custom).map((f) => f.id)).toEqual(changed);
    });
  }

  it("evidence names the threshold actually applied", () => {
    const flags = flagsFor(cases[0]?.[1] ?? { assessedOn: "2024-03-01" }, custom);
    expect(flags.find((f) => f.id === "rf-mal-thrombocytopenia")?.evidence.join(" ")).toMatch(
      /< 150 ×10⁹\/L/,
    );
  });
});

describe("red flags are pure", () => {
  afterEach(() => vi.restoreAllMocks());

  it("log nothing, leave the presentation unchanged and give the same answer twice", () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    for (const vector of RED_FLAG_VECTORS) {
      const ctx = contextFor(vector.presentation);
      const before = structuredClone(ctx.presentation);
      const first = evaluateRedFlags(ctx);
      expect(evaluateRedFlags(ctx)).toEqual(first);
      expect(ctx.presentation).toEqual(before);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
