import { describe, expect, it } from "vitest";
import type { LabResultInput } from "../schema/lab-result.ts";
import { presentationSchema } from "../schema/presentation.ts";
import { aboveUpperLimit, type Comparator, compareLab, indexLabs, isNormal } from "./lab-reading.ts";

function lab(input: LabResultInput) {
  const [parsed] = presentationSchema.parse({ assessedOn: "2024-01-01", labs: [input] }).labs ?? [];
  return parsed;
}

describe("compareLab: a qualified value decides a threshold only when its bound does (D3)", () => {
  it.each<[string, number, "<" | ">" | undefined, Comparator, number, boolean | null]>([
    ["exact below", 29.9, undefined, "<", 30, true],
    ["exact at (strict)", 30, undefined, "<", 30, false],
    ["exact at (inclusive)", 55, undefined, "<=", 55, true],
    ["exact just above", 55.1, undefined, "<=", 55, false],
    [">111 decides > 55", 111, ">", ">", 55, true],
    [">111 decides ≤ 55 false", 111, ">", "<=", 55, false],
    [">40 cannot decide ≤ 55", 40, ">", "<=", 55, null],
    [">55 decides ≤ 55 false", 55, ">", "<=", 55, false],
    ["<5 decides < 10", 5, "<", "<", 10, true],
    ["<10 decides < 10", 10, "<", "<", 10, true],
    ["<10 decides ≥ 10 false", 10, "<", ">=", 10, false],
    ["<60 cannot decide ≤ 55", 60, "<", "<=", 55, null],
    ["<150 cannot decide < 100", 150, "<", "<", 100, null],
    [">10 decides ≥ 10", 10, ">", ">=", 10, true],
  ])("%s", (_name, value, qualifier, comparator, threshold, expected) => {
    const input: LabResultInput = { test: "crp", value, unit: "mg/L", ...(qualifier ? { qualifier } : {}) };
    expect(compareLab(lab(input), comparator, threshold)).toBe(expected);
  });

  it("interpretation alone cannot decide an absolute threshold", () => {
    expect(compareLab(lab({ test: "crp", interpretation: "high" }), ">", 55)).toBeNull();
  });

  it("an interpretation decides when the lab's own range bounds the value", () => {
    const normal = lab({ test: "crp", interpretation: "normal", unit: "mg/dL", referenceHigh: 0.5 });
    expect(compareLab(normal, "<=", 55)).toBe(true);
    expect(compareLab(normal, ">=", 10)).toBe(false);
    const high = lab({ test: "crp", interpretation: "high", unit: "mg/L", referenceHigh: 5 });
    expect(compareLab(high, ">", 55)).toBeNull();
    expect(compareLab(high, ">", 4)).toBe(true);
  });
});

describe("normal = within the lab's own range; else its interpretation; else unknown (D4)", () => {
  it("uses the range", () => {
    expect(isNormal(lab({ test: "wbc", value: 5, unit: "10*9/L", referenceLow: 4, referenceHigh: 11 }))).toBe(
      true,
    );
    expect(
      isNormal(lab({ test: "wbc", value: 3.9, unit: "10*9/L", referenceLow: 4, referenceHigh: 11 })),
    ).toBe(false);
  });
  it("range wins over interpretation", () => {
    expect(
      isNormal(
        lab({
          test: "wbc",
          value: 12,
          unit: "10*9/L",
          referenceHigh: 11,
          referenceLow: 4,
          interpretation: "normal",
        }),
      ),
    ).toBe(false);
  });
  it("falls back to interpretation, then unknown", () => {
    expect(isNormal(lab({ test: "hemoglobin", value: 9, unit: "g/dL", interpretation: "low" }))).toBe(false);
    expect(isNormal(lab({ test: "hemoglobin", value: 12, unit: "g/dL" }))).toBeNull();
    expect(isNormal(undefined)).toBeNull();
  });
  it("one-sided ranges decide their own side", () => {
    expect(aboveUpperLimit(lab({ test: "ldh", value: 900, unit: "U/L", referenceHigh: 600 }))).toBe(true);
    expect(isNormal(lab({ test: "ldh", value: 300, unit: "U/L", referenceHigh: 600 }))).toBeNull();
  });
});

describe("indexLabs keeps the latest result of each test", () => {
  it("by takenOn, else the last listed", () => {
    const p = presentationSchema.parse({
      assessedOn: "2024-01-01",
      labs: [
        { test: "crp", value: 40, unit: "mg/L", takenOn: "2023-12-20" },
        { test: "crp", value: 8, unit: "mg/L", takenOn: "2023-12-01" },
        { test: "esr", value: 30, unit: "mm/h" },
        { test: "esr", value: 12, unit: "mm/h" },
      ],
    });
    const index = indexLabs(p.labs);
    expect(index.crp?.value).toBe(40);
    expect(index.esr?.value).toBe(12);
  });
});
