/**
 * Lab tests and units as the clinic reads them. The units offered for a test are exactly the
 * core's LAB_UNITS (the API converts them to canonical, D8); only their spelling changes here.
 */
import { LAB_TESTS, LAB_UNITS, type LabTest } from "@cno-atlas/clinical";

const LAB_NAMES: Record<LabTest, string> = {
  wbc: "WBC",
  hemoglobin: "Haemoglobin",
  platelets: "Platelets",
  neutrophils: "Neutrophils",
  "band-neutrophils": "Band neutrophils",
  crp: "CRP",
  esr: "ESR",
  ldh: "LDH",
  "alkaline-phosphatase": "Alkaline phosphatase",
  "uric-acid": "Uric acid",
  "vitamin-c": "Vitamin C",
  "blood-smear-blasts": "Blasts on blood smear",
  mcv: "MCV",
  ferritin: "Ferritin",
};

/** UCUM codes spelt for people: 10*9/L → ×10⁹/L. */
const UNIT_TEXT: Record<string, string> = {
  "10*9/L": "×10⁹/L",
  "10*3/uL": "×10³/µL",
  "/uL": "/µL",
  "/mm3": "/mm³",
  "umol/L": "µmol/L",
  "ug/L": "µg/L",
  "{presence}": "present / absent",
};

export const labName = (test: string): string => LAB_NAMES[test as LabTest] ?? test;
export const unitText = (unit: string): string => UNIT_TEXT[unit] ?? unit;

export const LAB_CHOICES = LAB_TESTS.map((test) => ({ test, name: LAB_NAMES[test] }));

/** The units a result of this test may be entered in; the canonical one first. */
export function unitsFor(test: LabTest): string[] {
  const rule = LAB_UNITS[test];
  return [rule.canonical, ...Object.keys(rule.accepted).filter((u) => u !== rule.canonical)];
}

export const isPresenceTest = (test: LabTest): boolean => LAB_UNITS[test].kind === "presence";
