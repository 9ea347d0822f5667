import type { Tri } from "../logic/tri.ts";
import type { LabResult } from "../schema/lab-result.ts";
import type { LabTest } from "./lab-units.ts";

/** The latest result of each test: by `takenOn`, else the one listed last. */
export type LabIndex = Partial<Record<LabTest, LabResult>>;

export function indexLabs(labs: readonly LabResult[] | undefined): LabIndex {
  const index: LabIndex = {};
  if (!labs) return index;
  for (const lab of labs) {
    const current = index[lab.test];
    if (!current || (current.takenOn ?? "") <= (lab.takenOn ?? current.takenOn ?? "")) index[lab.test] = lab;
  }
  return index;
}

/**
 * The interval the true value lies in: exact, above a bound (">111") or below one ("<5").
 * D3 (docs/clinical/conventions.md#presentation): a qualified value decides a threshold only when its bound does.
 */
interface Interval {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

/** A result given only as an interpretation still bounds the value by the lab's own range (D4). */
function intervalFromInterpretation(lab: LabResult): Interval | null {
  const { referenceLow: low, referenceHigh: high } = lab.canonical;
  switch (lab.interpretation) {
    case "normal":
      return {
        low: low ?? 0,
        lowOpen: false,
        high: high ?? Number.POSITIVE_INFINITY,
        highOpen: high === undefined,
      };
    case "high":
      return high === undefined
        ? null
        : { low: high, lowOpen: true, high: Number.POSITIVE_INFINITY, highOpen: true };
    case "low":
      return low === undefined ? null : { low: 0, lowOpen: false, high: low, highOpen: true };
    default:
      return null;
  }
}

function intervalOf(lab: LabResult): Interval | null {
  const value = lab.canonical.value;
  if (value === undefined) return intervalFromInterpretation(lab);
  if (typeof value !== "number") return null;
  if (lab.qualifier === ">")
    return { low: value, lowOpen: true, high: Number.POSITIVE_INFINITY, highOpen: true };
  if (lab.qualifier === "<") return { low: 0, lowOpen: false, high: value, highOpen: true };
  return { low: value, lowOpen: false, high: value, highOpen: false };
}

export type Comparator = "<" | "<=" | ">" | ">=";

/** Whether the lab's true value satisfies `value <comparator> threshold`: true, false, or null (undecided). */
export function compareLab(lab: LabResult | undefined, comparator: Comparator, threshold: number): Tri {
  if (!lab) return null;
  const iv = intervalOf(lab);
  if (!iv) return null;
  const below = (x: number, open: boolean) => x < threshold || (open && x === threshold); // everything < threshold
  const atOrBelow = (x: number) => x <= threshold;
  const above = (x: number, open: boolean) => x > threshold || (open && x === threshold);
  const atOrAbove = (x: number) => x >= threshold;
  switch (comparator) {
    case "<":
      return below(iv.high, iv.highOpen) ? true : atOrAbove(iv.low) ? false : null;
    case "<=":
      return atOrBelow(iv.high) ? true : above(iv.low, iv.lowOpen) ? false : null;
    case ">":
      return above(iv.low, iv.lowOpen) ? true : atOrBelow(iv.high) ? false : null;
    case ">=":
      return atOrAbove(iv.low) ? true : below(iv.high, iv.highOpen) ? false : null;
  }
}

/** D4: above the result's own upper reference limit; without that limit, its interpretation decides. */
export function aboveUpperLimit(lab: LabResult | undefined): Tri {
  if (!lab) return null;
  const high = lab.canonical.referenceHigh;
  if (high !== undefined) {
    const decided = compareLab(lab, ">", high);
    if (decided !== null || typeof lab.canonical.value === "number") return decided;
  }
  return lab.interpretation === undefined ? null : lab.interpretation === "high";
}

/** D4: below the result's own lower reference limit; without that limit, its interpretation decides. */
export function belowLowerLimit(lab: LabResult | undefined): Tri {
  if (!lab) return null;
  const low = lab.canonical.referenceLow;
  if (low !== undefined) {
    const decided = compareLab(lab, "<", low);
    if (decided !== null || typeof lab.canonical.value === "number") return decided;
  }
  return lab.interpretation === undefined ? null : lab.interpretation === "low";
}

/** D4: normal = within the result's own reference range (else its interpretation; with neither, null). */
export function isNormal(lab: LabResult | undefined): Tri {
  const above = aboveUpperLimit(lab);
  const below = belowLowerLimit(lab);
  if (above === true || below === true) return false;
  if (above === false && below === false) return true;
  return null;
}

/** UCUM codes as a clinician reads them. */
const DISPLAY_UNITS: Readonly<Record<string, string>> = {
  "10*9/L": "×10⁹/L",
  "10*3/uL": "×10³/µL",
  "/uL": "/µL",
  "/mm3": "/mm³",
  "umol/L": "µmol/L",
  "ug/L": "µg/L",
};

export function displayUnit(unit: string | undefined): string {
  return unit === undefined ? "" : (DISPLAY_UNITS[unit] ?? unit);
}

/** Short human text for evidence strings: "CRP 12 mg/L (reported 1.2 mg/dL)". */
export function describeLab(lab: LabResult | undefined, label: string): string {
  if (!lab) return `${label} not recorded`;
  const c = lab.canonical;
  if (typeof c.value === "boolean") return `${label} ${c.value ? "present" : "absent"}`;
  if (c.value === undefined) return `${label} reported ${lab.interpretation}`;
  const shown = `${lab.qualifier ?? ""}${round(c.value)} ${displayUnit(c.unit)}`;
  const reported =
    lab.unit !== c.unit ? ` (reported ${lab.qualifier ?? ""}${lab.value} ${displayUnit(lab.unit)})` : "";
  return `${label} ${shown}${reported}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
