/**
 * Lab tests as the clinic names them, and what a red flag that could not be assessed is missing
 * (D11 (docs/clinical/conventions.md#appendix-for-maintainers) `redFlagsUndecided`), in the clinic's words for the chart and the CLI.
 */
import type { LabTest } from "./lab-units.ts";

export const LAB_NAMES: Readonly<Record<LabTest, string>> = {
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

export function labName(test: string): string {
  return LAB_NAMES[test as LabTest] ?? test;
}

const MISSING_TEXT: Readonly<Record<string, string>> = {
  referenceLow: "has no lower reference limit",
  referenceHigh: "has no upper reference limit",
  interpretation: "has no interpretation (normal, low or high)",
  value:
    "is not given as a value that can decide the threshold (interpretation only, or a bound such as “< 150”)",
};

/** "ldh.referenceHigh" → "LDH has no upper reference limit". */
export function missingText(path: string): string {
  const dot = path.lastIndexOf(".");
  const test = path.slice(0, dot);
  const what = MISSING_TEXT[path.slice(dot + 1)];
  return what ? `${labName(test)} ${what}` : path;
}
