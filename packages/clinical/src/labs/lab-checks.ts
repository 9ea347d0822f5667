/**
 * Lab readings that also say what is missing when they cannot decide (D11 (docs/clinical/conventions.md#appendix-for-maintainers)
 * `redFlagsUndecided`): a value given without the range or interpretation its rule needs, or a
 * qualified value whose bound cannot decide the trigger. A test that was not done is not missing.
 */
import type { Tri } from "../logic/tri.ts";
import type { LabResult } from "../schema/lab-result.ts";
import { aboveUpperLimit, belowLowerLimit, type Comparator, compareLab } from "./lab-reading.ts";

export interface LabCheck {
  met: Tri;
  /** Paths such as `ldh.referenceHigh`; empty when decided or when the test was not done. */
  missing: string[];
}

const decided = (met: Tri): LabCheck => ({ met, missing: [] });

/** An absolute cut-off (platelets < 100, CRP > 55, …): only the value can decide it. */
export function thresholdCheck(
  lab: LabResult | undefined,
  comparator: Comparator,
  threshold: number,
): LabCheck {
  if (!lab) return decided(null);
  const met = compareLab(lab, comparator, threshold);
  return met === null ? { met, missing: [`${lab.test}.value`] } : decided(met);
}

function limitCheck(
  lab: LabResult | undefined,
  read: (lab: LabResult) => Tri,
  limit: "referenceLow" | "referenceHigh",
): LabCheck {
  if (!lab) return decided(null);
  const met = read(lab);
  if (met !== null) return decided(met);
  // No limit and no interpretation: the range is what is missing; with a limit, the qualified value is.
  return { met, missing: [`${lab.test}.${lab.canonical[limit] === undefined ? limit : "value"}`] };
}

/** Above the lab's own upper limit (D4), else its interpretation. */
export function aboveRangeCheck(lab: LabResult | undefined): LabCheck {
  return limitCheck(lab, aboveUpperLimit, "referenceHigh");
}

/** Below the lab's own lower limit (D4), else its interpretation. */
export function belowRangeCheck(lab: LabResult | undefined): LabCheck {
  return limitCheck(lab, belowLowerLimit, "referenceLow");
}

/** Outside the lab's own range (D4 "not normal"): decided when either side is out, or both are in. */
export function outsideRangeCheck(lab: LabResult | undefined): LabCheck {
  const above = aboveRangeCheck(lab);
  const below = belowRangeCheck(lab);
  if (above.met === true || below.met === true) return decided(true);
  if (above.met === false && below.met === false) return decided(false);
  return { met: null, missing: [...above.missing, ...below.missing] };
}

/** Any of several checks (a composite trigger): fires on one, undecided with every open one's missing paths. */
export function anyCheck(checks: readonly LabCheck[]): LabCheck {
  if (checks.some((c) => c.met === true)) return decided(true);
  const open = checks.filter((c) => c.met === null);
  return { met: open.length ? null : false, missing: open.flatMap((c) => c.missing) };
}
