import { describe, expect, it } from "vitest";
import { syntheticEularAcrTable } from "../../test/fixtures/eular-acr-synthetic-table.ts";
import { contextFor } from "../../test/instrument-vectors.ts";
import { evaluatePresentation } from "../evaluation/evaluate-presentation.ts";
import { evaluateBristol2016 } from "../instruments/bristol-2016.ts";
import { BRISTOL_2016_VECTORS } from "../instruments/bristol-2016.vectors.ts";
import type { FieldError } from "../schema/field-errors.ts";
import { presentationSchema } from "../schema/presentation.ts";
import { BRISTOL_2016_BUILTIN, PLAUSIBILITY_BUILTIN } from "./builtin.ts";
import { BUILTIN_RULE_SET, loadRuleSet, type RuleSet } from "./rule-set.ts";

const TABLE = "tables.eular-acr-2025";

function errorsOf(file: unknown): FieldError[] {
  const loaded = loadRuleSet(file);
  if (loaded.ok) throw new Error("expected the rule set to be rejected");
  return loaded.errors;
}

/** The synthetic table with its items edited. */
function withItems(edit: (items: ReturnType<typeof syntheticEularAcrTable>["items"]) => unknown[]) {
  const table = syntheticEularAcrTable("highest-only");
  return { id: "synthetic-test", tables: { "eular-acr-2025": { ...table, items: edit(table.items) } } };
}

describe("loadRuleSet", () => {
  it("loads the synthetic EULAR/ACR table and keeps the other tables built in", () => {
    const loaded = loadRuleSet({
      id: "synthetic-test",
      tables: { "eular-acr-2025": syntheticEularAcrTable() },
    });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.id).toBe("synthetic-test");
    expect(loaded.value.eularAcr2025?.threshold).toBe(55);
    expect(loaded.value.eularAcr2025?.items).toHaveLength(syntheticEularAcrTable().items.length);
    expect(loaded.value.bristol2016).toBe(BRISTOL_2016_BUILTIN);
    expect(loaded.value).not.toHaveProperty("sha256");
  });

  it("loads the additive variant too (bone-biopsy best case 17 either way)", () => {
    expect(
      loadRuleSet({ id: "synthetic-test", tables: { "eular-acr-2025": syntheticEularAcrTable("additive") } })
        .ok,
    ).toBe(true);
  });

  it("the default rule set ships no EULAR/ACR table", () => {
    expect(BUILTIN_RULE_SET.eularAcr2025).toBeUndefined();
    expect(BUILTIN_RULE_SET.id).toBe("builtin");
  });

  it("rejects a bone-biopsy best case other than 17, naming tables.eular-acr-2025.items", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i) => (i.id === "biopsy-inflammatory" ? { ...i, points: 20 } : i))),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ path: `${TABLE}.items`, message: expect.stringMatching(/17/) }),
    );
  });

  it("rejects an additive biopsy domain whose positive items total more than 17", () => {
    const table = syntheticEularAcrTable("additive");
    const items = table.items.map((i) => (i.id === "biopsy-granuloma" ? { ...i, points: 3 } : i));
    const errors = errorsOf({ id: "x", tables: { "eular-acr-2025": { ...table, items } } });
    expect(errors.map((e) => e.path)).toContain(`${TABLE}.items`);
  });

  it("rejects a threshold other than 55", () => {
    const errors = errorsOf({
      id: "x",
      tables: { "eular-acr-2025": { ...syntheticEularAcrTable(), threshold: 50 } },
    });
    expect(errors.map((e) => e.path)).toEqual([`${TABLE}.threshold`]);
  });

  it("rejects an unknown predicate, naming the item's `when`", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i, n) => (n === 3 ? { ...i, when: { colour: "red" } } : i))),
    );
    expect(errors.map((e) => e.path).some((p) => p.startsWith(`${TABLE}.items[3].when`))).toBe(true);
  });

  it("rejects a lab predicate without bounds", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i, n) => (n === 0 ? { ...i, when: { lab: "crp" } } : i))),
    );
    expect(errors.map((e) => e.message).join(" ")).toMatch(/needs min, max or interpretation/);
  });

  it("rejects an unknown bone site, naming the item's `when`", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i, n) => (n === 0 ? { ...i, when: { sites: ["nose"] } } : i))),
    );
    expect(errors).toContainEqual({
      path: `${TABLE}.items[0].when.sites[0]`,
      message: expect.stringMatching(/nose|Invalid option/),
    });
  });

  it("rejects a duplicate item id, naming the second occurrence", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i) => (i.id === "esr-below-20" ? { ...i, id: "crp-below-10" } : i))),
    );
    const last = syntheticEularAcrTable().items.length - 1;
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: `${TABLE}.items[${last}].id`,
        message: expect.stringMatching(/duplicate/),
      }),
    );
  });

  it("rejects an unknown domain, naming the item's domain", () => {
    const errors = errorsOf(
      withItems((items) => items.map((i, n) => (n === 1 ? { ...i, domain: "genetics" } : i))),
    );
    expect(errors.map((e) => e.path)).toContain(`${TABLE}.items[1].domain`);
  });

  it("rejects an unknown table name", () => {
    const errors = errorsOf({ id: "x", tables: { "eular-acr-2024": syntheticEularAcrTable() } });
    expect(errors.map((e) => e.path)).toContain("tables.eular-acr-2024");
  });

  it('reserves the id "builtin"', () => {
    const errors = errorsOf({ id: "builtin", tables: {} });
    expect(errors.map((e) => e.path)).toEqual(["id"]);
  });

  it("carries the caller's sha256 through", () => {
    const digest = "a".repeat(64);
    const loaded = loadRuleSet({ id: "local-2025", tables: {} }, digest);
    expect(loaded.ok && loaded.value.sha256).toBe(digest);
  });

  it("a Bristol table with another CRP cut-off changes a vector's outcome without code changes", () => {
    const vector = BRISTOL_2016_VECTORS.find((v) => v.name === "multifocal with a raised CRP and no biopsy");
    if (!vector) throw new Error("vector not found");
    expect(evaluateBristol2016(contextFor(vector.presentation)).outcome).toBe("biopsy-required");

    const loaded = loadRuleSet({
      id: "local-bristol",
      tables: {
        "bristol-2016": { ...BRISTOL_2016_BUILTIN, ruleVersion: "bristol-2016/local-50", crpMgPerL: 50 },
      },
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const result = evaluateBristol2016(contextFor(vector.presentation, loaded.value));
    expect(result.outcome).toBe("criteria-met-without-biopsy");
    expect(result.ruleVersion).toBe("bristol-2016/local-50");
    expect(result.items.find((i) => i.id === "crp-below-30-mg-l")?.label).toContain("< 50 mg/L");
    expect(result.warnings.some((w) => /await the primary table/.test(w))).toBe(true);

    const verified = loadRuleSet({
      id: "reviewed-bristol",
      tables: {
        "bristol-2016": { ...BRISTOL_2016_BUILTIN, ruleVersion: "bristol-2016/reviewed", evidenceLevel: "V" },
      },
    });
    if (!verified.ok) throw new Error(JSON.stringify(verified.errors));
    const reviewed = evaluateBristol2016(contextFor(vector.presentation, verified.value));
    expect(reviewed.evidenceLevel).toBe("V");
    expect(reviewed.warnings.some((w) => /await the primary table/.test(w))).toBe(false);
  });

  it("a site's plausible-values table replaces the implausible-value bounds (D11, reviewable as data)", () => {
    const presentation = presentationSchema.parse({
      assessedOn: "2024-03-01",
      labs: [{ test: "platelets", value: 3, unit: "10*9/L" }],
    });
    const implausible = (rules: RuleSet) =>
      evaluatePresentation(presentation, rules).derived.warnings.some((w) => /Implausible value/.test(w));
    expect(implausible(BUILTIN_RULE_SET)).toBe(true);
    const loaded = loadRuleSet({
      id: "site-bounds",
      tables: {
        "plausible-values": {
          ...PLAUSIBILITY_BUILTIN,
          ruleVersion: "plausible-values/site-1",
          bounds: { ...PLAUSIBILITY_BUILTIN.bounds, platelets: { min: 1, max: 2000 } },
        },
      },
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(implausible(loaded.value)).toBe(false);
    const upsideDown = errorsOf({
      id: "bad-bounds",
      tables: {
        "plausible-values": {
          ...PLAUSIBILITY_BUILTIN,
          bounds: { ...PLAUSIBILITY_BUILTIN.bounds, crp: { min: 9, max: 1 } },
        },
      },
    });
    expect(upsideDown.map((e) => e.path)).toContain("tables.plausible-values.bounds.crp");
  });
});
