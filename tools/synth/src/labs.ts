/**
 * Laboratory results with units and reference ranges (D4 (docs/clinical/conventions.md#derived-facts), D8, D10). Each registry site
 * reports in its own units (a "lab profile"), so the data exercise the core's unit conversions. Values
 * are drawn on the canonical scale from the level a plan asks for, with margins that rounding to the
 * reported precision cannot cross, then converted to the site's unit.
 */
import { conversionFactor, type LabResultInput, type LabTest } from "@cno-atlas/clinical";
import type { Sex } from "./patient.ts";
import type { Random } from "./random.ts";
import { type ReferenceRange, referenceRange } from "./reference-ranges.ts";

export type LabLevel = "normal" | "low" | "high" | "very-high" | "present" | "absent";
/** Which tests a visit reports, and at what level each comes out. */
export type LabPlan = Partial<Record<LabTest, LabLevel>>;

export interface LabProfile {
  name: string;
  units: Readonly<Record<LabTest, string>>;
}

const CANONICAL: Readonly<Record<LabTest, string>> = {
  wbc: "10*9/L",
  hemoglobin: "g/dL",
  platelets: "10*9/L",
  neutrophils: "10*9/L",
  "band-neutrophils": "/uL",
  crp: "mg/L",
  esr: "mm/h",
  ldh: "U/L",
  "alkaline-phosphatase": "U/L",
  "uric-acid": "mg/dL",
  "vitamin-c": "mg/dL",
  "blood-smear-blasts": "{presence}",
  mcv: "fL",
  ferritin: "ug/L",
};

/** Three ways laboratories report (README "Units": every accepted unit appears somewhere). */
export const LAB_PROFILES: readonly LabProfile[] = [
  { name: "canonical units", units: CANONICAL },
  {
    name: "mg/dL CRP, g/L haemoglobin, 10*3/uL cells, µmol/L",
    units: {
      ...CANONICAL,
      crp: "mg/dL",
      hemoglobin: "g/L",
      wbc: "10*3/uL",
      neutrophils: "10*3/uL",
      platelets: "10*3/uL",
      "uric-acid": "umol/L",
      "vitamin-c": "umol/L",
      ferritin: "ng/mL",
    },
  },
  {
    name: "mmol/L haemoglobin, cells per µL",
    units: { ...CANONICAL, hemoglobin: "mmol/L", wbc: "/uL", neutrophils: "/mm3", platelets: "/uL" },
  },
];

/** Decimals a laboratory prints, by unit (and test where the unit is shared); negative = tens, thousands. */
function decimals(test: LabTest, unit: string): number {
  if (unit === "/uL" || unit === "/mm3")
    return test === "platelets" ? -3 : test === "band-neutrophils" ? 0 : -1;
  if (unit === "U/L" || unit === "mm/h" || unit === "fL") return 0;
  if (unit === "umol/L" || unit === "g/L" || unit === "ug/L" || unit === "ng/mL") return 0;
  if (test === "platelets") return 0;
  if (unit === "mg/dL" || unit === "mmol/L") return test === "uric-acid" ? 1 : 2;
  return 1;
}

function round(value: number, places: number): number {
  if (places < 0) {
    const step = 10 ** -places;
    return Math.round(value / step) * step;
  }
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

/**
 * A canonical value for the level asked, inside or clearly outside the range. The shapes and bounds
 * are [CONV] (no source gives value distributions); only which side of a limit a value falls is
 * meant to carry information, and the bounds keep clear of the core's sourced cut-offs (CRP 10/30/55,
 * platelets 100/300, neutrophils 2, bands 220) where the level says which side it must be on.
 */
function canonicalValue(rng: Random, test: LabTest, level: LabLevel, range: ReferenceRange): number {
  const low = range.low ?? 0;
  const high = range.high ?? low * 2;
  const width = high - low;
  switch (test) {
    case "crp":
      if (level === "very-high") return rng.uniform(58, 180);
      if (level === "high") return rng.truncatedLogNormal(Math.log(14), 0.7, 5.6, 54);
      return rng.truncatedLogNormal(Math.log(1.5), 0.8, 0.2, 4.4);
    case "esr":
      return level === "high" ? rng.truncatedLogNormal(Math.log(35), 0.5, 22, 110) : rng.uniform(2, 18);
    case "platelets":
      if (level === "low") return rng.uniform(15, 90);
      if (level === "high") return rng.uniform(470, 700);
      return rng.truncatedNormal(300, 70, 165, 435);
    case "neutrophils":
      if (level === "low") return rng.uniform(0.2, 1.6);
      return rng.uniform(Math.max(2.3, low + 0.05 * width), high - 0.1 * width);
    case "band-neutrophils":
      return level === "high" ? rng.uniform(260, 1500) : rng.uniform(0, 200);
    case "vitamin-c":
      return level === "low" ? rng.uniform(0.02, 0.09) : rng.uniform(0.4, 1.3);
    default:
      if (level === "low") return low * rng.uniform(0.3, 0.85);
      if (level === "high" || level === "very-high") return high * rng.uniform(1.3, 3);
      return rng.truncatedNormal(low + width / 2, width / 4, low + 0.05 * width, high - 0.05 * width);
  }
}

/** One result as a laboratory reports it: value, unit, qualifier and reference range in that unit. */
function result(
  rng: Random,
  test: LabTest,
  level: LabLevel,
  profile: LabProfile,
  ageYears: number,
  sex: Sex,
): LabResultInput {
  if (test === "blood-smear-blasts") return { test, value: level === "present", unit: "{presence}" };
  const unit = profile.units[test];
  const factor = conversionFactor(test, unit);
  if (factor === undefined) throw new Error(`profile ${profile.name}: ${unit} does not fit ${test}`);
  const places = decimals(test, unit);
  const range = referenceRange(test, ageYears, sex);
  const canonical = canonicalValue(rng, test, level, range);
  const out: LabResultInput = { test, value: round(canonical / factor, places), unit };
  // A CRP below the assay's limit is reported as "<1 mg/L" (or "<0.1 mg/dL").
  if (test === "crp" && canonical < 1)
    Object.assign(out, { value: round(1 / factor, places), qualifier: "<" });
  if (range.low !== undefined) out.referenceLow = round(range.low / factor, places);
  if (range.high !== undefined) out.referenceHigh = round(range.high / factor, places);
  return out;
}

/** Fixed reporting order, so that output does not depend on how a plan was assembled. */
const ORDER: readonly LabTest[] = Object.keys(CANONICAL) as LabTest[];

export function drawLabs(
  rng: Random,
  plan: LabPlan,
  profile: LabProfile,
  ageYears: number,
  sex: Sex,
): LabResultInput[] {
  const labs: LabResultInput[] = [];
  for (const test of ORDER) {
    const level = plan[test];
    if (level !== undefined) labs.push(result(rng, test, level, profile, ageYears, sex));
  }
  return labs;
}
