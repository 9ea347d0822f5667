/**
 * Warnings about inputs that the rules still read (D11 (docs/clinical/conventions.md#appendix-for-maintainers)): implausible values (typo and
 * unit-slip detection, bounds from the plausibility rule table [CONV]) and a fever recorded as absent
 * beside a febrile temperature. Values are kept and read — a flag must still fire on a typo — and every
 * result or red flag that read the input carries the warning.
 */
import type { DerivedFacts } from "../derived/derive-facts.ts";
import { describeLab, displayUnit, type LabIndex } from "../labs/lab-reading.ts";
import { LAB_UNITS } from "../labs/lab-units.ts";
import type { PlausibilityTable } from "../rules/tables.ts";
import type { Presentation } from "../schema/presentation.ts";

/** The inputs a result can declare it reads, so their warnings follow it. */
export const INPUT_KEYS = [
  "platelets",
  "wbc",
  "neutrophils",
  "hemoglobin",
  "crp",
  "esr",
  "temperature",
  "age",
  "fever",
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];
export type InputWarnings = Partial<Record<InputKey, string[]>>;

const LAB_KEYS = ["platelets", "wbc", "neutrophils", "hemoglobin", "crp", "esr"] as const;
const LAB_LABELS: Record<(typeof LAB_KEYS)[number], string> = {
  platelets: "platelets",
  wbc: "WBC",
  neutrophils: "neutrophils",
  hemoglobin: "haemoglobin",
  crp: "CRP",
  esr: "ESR",
};

const outside = (value: number, { min, max }: { min: number; max: number }) => value < min || value > max;
const span = ({ min, max }: { min: number; max: number }, unit: string) =>
  `${min.toLocaleString("en")}–${max.toLocaleString("en")} ${unit}`;

function add(warnings: InputWarnings, key: InputKey, text: string): void {
  const list = warnings[key] ?? [];
  if (!list.includes(text)) list.push(text);
  warnings[key] = list;
}

function labWarnings(labs: LabIndex, table: PlausibilityTable, warnings: InputWarnings): void {
  for (const test of LAB_KEYS) {
    const lab = labs[test];
    const value = lab?.canonical.value;
    const bounds = table.bounds[test];
    if (typeof value !== "number" || !outside(value, bounds)) continue;
    const plausible = span(bounds, displayUnit(LAB_UNITS[test].canonical));
    add(
      warnings,
      test,
      `Implausible value — check the unit: ${describeLab(lab, LAB_LABELS[test])} lies outside ${plausible}.`,
    );
  }
}

function ageWarnings(p: Presentation, derived: DerivedFacts, table: PlausibilityTable, w: InputWarnings) {
  const bounds = table.bounds.ageYears;
  const ages: [number | null | undefined, string][] = [
    [derived.ageAtOnsetYears.value, "age at onset"],
    [derived.ageAtAssessmentYears.value, "age at assessment"],
    [p.patient?.ageAtOnsetYears, "reported age at onset"],
    [p.patient?.ageAtPresentationYears, "reported age at presentation"],
  ];
  for (const [age, what] of ages) {
    if (typeof age !== "number" || !outside(age, bounds)) continue;
    const shown = Math.round(age * 10) / 10;
    add(
      w,
      "age",
      `Implausible value — check the birth date or age: ${what} ${shown} years lies outside ${span(bounds, "years")}.`,
    );
  }
}

function feverWarnings(p: Presentation, table: PlausibilityTable, w: InputWarnings): void {
  const max = p.fever?.maxTemperatureC;
  if (max === undefined) return;
  const bounds = table.bounds.temperatureC;
  if (outside(max, bounds)) {
    add(
      w,
      "temperature",
      `Implausible value — check the unit: maximum temperature ${max} °C lies outside ${span(bounds, "°C")}.`,
    );
  }
  if (p.fever?.present === false && max >= table.feverContradictionC) {
    add(
      w,
      "fever",
      `Fever is recorded as absent, but the maximum temperature was ${max} °C (fever is commonly ${table.feverContradictionC.toFixed(1)} °C or more): check the record. The rules read fever as recorded.`,
    );
  }
}

/** Every input warning of a presentation, by the input it concerns. */
export function inputWarnings(
  p: Presentation,
  derived: DerivedFacts,
  labs: LabIndex,
  table: PlausibilityTable,
): InputWarnings {
  const warnings: InputWarnings = {};
  labWarnings(labs, table, warnings);
  ageWarnings(p, derived, table, warnings);
  feverWarnings(p, table, warnings);
  return warnings;
}

/** The warnings of the inputs a result read, in input order, each once. */
export function warningsFor(all: InputWarnings, reads: readonly InputKey[]): string[] {
  const out: string[] = [];
  for (const key of reads) for (const w of all[key] ?? []) if (!out.includes(w)) out.push(w);
  return out;
}

/** Every input warning once, for the evaluation's own list. */
export function allInputWarnings(all: InputWarnings): string[] {
  return warningsFor(all, INPUT_KEYS);
}
