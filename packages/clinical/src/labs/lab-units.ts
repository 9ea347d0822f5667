/**
 * Lab tests, their canonical units and the conversions accepted at the boundary
 * (docs/clinical/README.md "Units"; D8 (docs/clinical/conventions.md#units)). Unit strings are UCUM codes.
 * canonical = reported × factor.
 */
export const LAB_TESTS = [
  "wbc",
  "hemoglobin",
  "platelets",
  "neutrophils",
  "band-neutrophils",
  "crp",
  "esr",
  "ldh",
  "alkaline-phosphatase",
  "uric-acid",
  "vitamin-c",
  "blood-smear-blasts",
  "mcv",
  "ferritin",
] as const;
export type LabTest = (typeof LAB_TESTS)[number];

/** Molar masses (standard chemistry) behind the molar conversions of D8. */
export const MOLAR_MASS_G_PER_MOL = {
  uricAcid: 168.11,
  ascorbicAcid: 176.12,
  hemoglobinMonomer: 16_110, // 16.11 kDa
} as const;

// 1 mg/dL = 59.48 µmol/L uric acid; 56.78 µmol/L vitamin C; 1 mmol/L haemoglobin = 1.611 g/dL (D8).
const UMOL_PER_L_PER_MG_DL_URIC_ACID = 59.48;
const UMOL_PER_L_PER_MG_DL_VITAMIN_C = 56.78;
const G_DL_PER_MMOL_L_HEMOGLOBIN = 1.611;

const CELLS_PER_10_9_L = {
  "10*9/L": 1,
  "10*3/uL": 1, // 10³/µL = 10⁹/L
  "/uL": 0.001, // cells/µL ÷ 1000 = ×10⁹/L
  "/mm3": 0.001, // 1 mm³ = 1 µL
};

export interface LabUnitRule {
  canonical: string;
  /** reported unit → factor to canonical. */
  accepted: Readonly<Record<string, number>>;
  kind: "quantity" | "presence";
}

export const LAB_UNITS: Readonly<Record<LabTest, LabUnitRule>> = {
  wbc: { canonical: "10*9/L", accepted: CELLS_PER_10_9_L, kind: "quantity" },
  neutrophils: { canonical: "10*9/L", accepted: CELLS_PER_10_9_L, kind: "quantity" },
  platelets: { canonical: "10*9/L", accepted: CELLS_PER_10_9_L, kind: "quantity" },
  // Kostik 2023 counts band neutrophils in cells/µL (docs/clinical/instruments/kostik-nbods-2023.md#points-and-threshold), so /uL is canonical here.
  "band-neutrophils": {
    canonical: "/uL",
    accepted: { "/uL": 1, "/mm3": 1, "10*9/L": 1000, "10*3/uL": 1000 },
    kind: "quantity",
  },
  crp: { canonical: "mg/L", accepted: { "mg/L": 1, "mg/dL": 10 }, kind: "quantity" },
  esr: { canonical: "mm/h", accepted: { "mm/h": 1 }, kind: "quantity" },
  hemoglobin: {
    canonical: "g/dL",
    accepted: { "g/dL": 1, "g/L": 0.1, "mmol/L": G_DL_PER_MMOL_L_HEMOGLOBIN },
    kind: "quantity",
  },
  ldh: { canonical: "U/L", accepted: { "U/L": 1 }, kind: "quantity" },
  "alkaline-phosphatase": { canonical: "U/L", accepted: { "U/L": 1 }, kind: "quantity" },
  "uric-acid": {
    canonical: "mg/dL",
    accepted: { "mg/dL": 1, "umol/L": 1 / UMOL_PER_L_PER_MG_DL_URIC_ACID },
    kind: "quantity",
  },
  "vitamin-c": {
    canonical: "mg/dL",
    accepted: { "mg/dL": 1, "umol/L": 1 / UMOL_PER_L_PER_MG_DL_VITAMIN_C },
    kind: "quantity",
  },
  "blood-smear-blasts": { canonical: "{presence}", accepted: { "{presence}": 1 }, kind: "presence" },
  mcv: { canonical: "fL", accepted: { fL: 1 }, kind: "quantity" },
  ferritin: { canonical: "ug/L", accepted: { "ug/L": 1, "ng/mL": 1 }, kind: "quantity" },
};

export function conversionFactor(test: LabTest, unit: string): number | undefined {
  return LAB_UNITS[test].accepted[unit];
}
