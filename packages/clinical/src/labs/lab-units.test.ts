import { describe, expect, it } from "vitest";
import { presentationSchema } from "../schema/presentation.ts";
import { LAB_TESTS, LAB_UNITS, MOLAR_MASS_G_PER_MOL } from "./lab-units.ts";

function canonicalOf(lab: Record<string, unknown>) {
  const p = presentationSchema.parse({ assessedOn: "2024-01-01", labs: [lab] });
  const [parsed] = p.labs ?? [];
  if (!parsed) throw new Error("no lab");
  return parsed;
}

describe("unit conversion at the boundary keeps the reported value and unit", () => {
  it.each([
    ["crp", 1.2, "mg/dL", 12, "mg/L"],
    ["crp", 12, "mg/L", 12, "mg/L"],
    ["platelets", 100_000, "/mm3", 100, "10*9/L"],
    ["platelets", 250, "10*3/uL", 250, "10*9/L"],
    ["neutrophils", 1500, "/uL", 1.5, "10*9/L"],
    ["band-neutrophils", 0.22, "10*9/L", 220, "/uL"],
    ["hemoglobin", 120, "g/L", 12, "g/dL"],
    ["hemoglobin", 7.5, "mmol/L", 12.0825, "g/dL"],
    ["uric-acid", 297.4, "umol/L", 5, "mg/dL"],
    ["vitamin-c", 56.78, "umol/L", 1, "mg/dL"],
    ["ferritin", 30, "ng/mL", 30, "ug/L"],
  ])("%s %s %s → %s %s", (test, value, unit, canonical, canonicalUnit) => {
    const lab = canonicalOf({ test, value, unit });
    expect(lab.canonical.value).toBeCloseTo(canonical as number, 6);
    expect(lab.canonical.unit).toBe(canonicalUnit);
    expect(lab.value).toBe(value);
    expect(lab.unit).toBe(unit);
  });

  it("converts the reference range with the value", () => {
    const lab = canonicalOf({ test: "crp", value: 0.4, unit: "mg/dL", referenceHigh: 0.5 });
    expect(lab.canonical.referenceHigh).toBeCloseTo(5, 9);
  });

  it("factors agree with the molar masses of D8", () => {
    const umolPerMgDl = (molarMass: number) => 10_000 / molarMass;
    expect(1 / (LAB_UNITS["uric-acid"].accepted["umol/L"] ?? 0)).toBeCloseTo(
      umolPerMgDl(MOLAR_MASS_G_PER_MOL.uricAcid),
      1,
    );
    expect(1 / (LAB_UNITS["vitamin-c"].accepted["umol/L"] ?? 0)).toBeCloseTo(
      umolPerMgDl(MOLAR_MASS_G_PER_MOL.ascorbicAcid),
      1,
    );
    expect(LAB_UNITS.hemoglobin.accepted["mmol/L"]).toBeCloseTo(
      MOLAR_MASS_G_PER_MOL.hemoglobinMonomer / 10_000,
      6,
    );
  });

  it("every test accepts its canonical unit", () => {
    for (const test of LAB_TESTS) expect(LAB_UNITS[test].accepted[LAB_UNITS[test].canonical]).toBe(1);
  });
});
