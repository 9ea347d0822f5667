/**
 * Age- and sex-appropriate reference ranges of the synthetic laboratories, in canonical units
 * (D4 (docs/clinical/conventions.md#derived-facts): "normal" = within the result's own range; D10: ranges drawn age-appropriate).
 * [CONV]: docs/clinical/sources.md gives no paediatric ranges except vitamin C; these are typical textbook-style
 * paediatric ranges chosen for the synthetic data, never used as clinical truth. The sourced absolute
 * cut-offs (platelets 100/300, neutrophils 2, CRP 10/30/55, bands 220) live in the core, not here.
 */
import type { LabTest } from "@cno-atlas/clinical";
import type { Sex } from "./patient.ts";

export interface ReferenceRange {
  low?: number;
  high?: number;
}

type Band = readonly [maxAgeExclusive: number, low: number | undefined, high: number | undefined];

/** The first band whose upper age bound lies above the age. */
function byAge(bands: readonly Band[], age: number): ReferenceRange {
  const band = bands.find(([maxAge]) => age < maxAge) ?? (bands.at(-1) as Band);
  const range: ReferenceRange = {};
  if (band[1] !== undefined) range.low = band[1];
  if (band[2] !== undefined) range.high = band[2];
  return range;
}

const ALL_AGES = Number.POSITIVE_INFINITY;

// [CONV] ranges, canonical units (g/dL, ×10⁹/L, mg/L, mm/h, U/L, mg/dL, fL, µg/L, /µL).
const HEMOGLOBIN_FEMALE: readonly Band[] = [
  [2, 10.5, 13.5],
  [6, 11.5, 13.5],
  [12, 11.5, 15.5],
  [ALL_AGES, 12.0, 16.0],
];
const HEMOGLOBIN_MALE: readonly Band[] = [...HEMOGLOBIN_FEMALE.slice(0, 3), [ALL_AGES, 13.0, 16.0]];
const WBC: readonly Band[] = [
  [2, 6.0, 17.0],
  [6, 5.0, 15.5],
  [12, 4.5, 13.5],
  [ALL_AGES, 4.5, 11.0],
];
const NEUTROPHILS: readonly Band[] = [
  [2, 1.0, 8.5],
  [6, 1.5, 8.5],
  [ALL_AGES, 1.8, 8.0],
];
const LDH: readonly Band[] = [
  [4, 180, 430],
  [10, 150, 360],
  [15, 130, 330],
  [ALL_AGES, 120, 300],
];
const ALP_FEMALE: readonly Band[] = [
  [10, 150, 420],
  [12, 130, 560],
  [14, 105, 420],
  [16, 70, 230],
  [ALL_AGES, 50, 130],
];
const ALP_MALE: readonly Band[] = [
  [10, 150, 420],
  [12, 130, 560],
  [14, 200, 495],
  [16, 130, 525],
  [ALL_AGES, 65, 260],
];
const URIC_ACID_FEMALE: readonly Band[] = [
  [12, 2.0, 5.5],
  [ALL_AGES, 2.5, 6.0],
];
const URIC_ACID_MALE: readonly Band[] = [
  [12, 2.0, 5.5],
  [ALL_AGES, 3.0, 7.0],
];
const MCV: readonly Band[] = [
  [2, 70, 86],
  [6, 75, 87],
  [12, 77, 95],
  [ALL_AGES, 78, 98],
];

/** The range a synthetic laboratory prints beside a result for a child of this age and sex. */
export function referenceRange(test: LabTest, ageYears: number, sex: Sex): ReferenceRange {
  const female = sex === "female";
  switch (test) {
    case "hemoglobin":
      return byAge(female ? HEMOGLOBIN_FEMALE : HEMOGLOBIN_MALE, ageYears);
    case "wbc":
      return byAge(WBC, ageYears);
    case "neutrophils":
      return byAge(NEUTROPHILS, ageYears);
    case "platelets":
      return { low: 150, high: 450 };
    case "band-neutrophils":
      return { high: 500 };
    case "crp":
      return { high: 5 };
    case "esr":
      return { high: 20 };
    case "ldh":
      return byAge(LDH, ageYears);
    case "alkaline-phosphatase":
      return byAge(female ? ALP_FEMALE : ALP_MALE, ageYears);
    case "uric-acid":
      return byAge(female ? URIC_ACID_FEMALE : URIC_ACID_MALE, ageYears);
    case "vitamin-c":
      return { low: 0.2, high: 1.5 }; // the example laboratory of docs/clinical/red-flags.md#metabolic (EVMS poster) [V]
    case "mcv":
      return byAge(MCV, ageYears);
    case "ferritin":
      return { low: 7, high: 140 };
    case "blood-smear-blasts":
      return {};
  }
}
