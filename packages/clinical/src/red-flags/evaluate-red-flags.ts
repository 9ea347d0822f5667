/**
 * Red flags for mimics of CNO (diagnosis.md §7; DECISIONS.md D7). Alerts for decision support, not
 * diagnostic criteria. Pure: every rule reads the evaluation context only.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import { RED_FLAG_GROUPS, type RedFlag, SEVERITIES } from "../evaluation/types.ts";
import { INFECTION_RULES } from "./infection.ts";
import { MALIGNANCY_RULES } from "./malignancy.ts";
import { METABOLIC_RULES } from "./metabolic.ts";
import { MONOGENIC_RULES } from "./monogenic.ts";
import { OTHER_RULES } from "./other.ts";
import type { RedFlagRule } from "./red-flag-rule.ts";

/** Every rule of D7's table, one per id. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  ...MALIGNANCY_RULES,
  ...INFECTION_RULES,
  ...METABOLIC_RULES,
  ...MONOGENIC_RULES,
  ...OTHER_RULES,
];

/** D7 order: severity (high, moderate, info), then group (malignancy … other), then id. */
export function compareRedFlags(a: RedFlag, b: RedFlag): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RED_FLAG_GROUPS.indexOf(a.group) - RED_FLAG_GROUPS.indexOf(b.group) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function evaluateRedFlags(ctx: EvaluationContext): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const rule of RED_FLAG_RULES) {
    const finding = rule.evaluate(ctx);
    if (!finding) continue;
    flags.push({
      id: rule.id,
      group: rule.group,
      severity: finding.severity,
      message: finding.message,
      evidence: finding.evidence,
      source: finding.source ?? rule.source,
    });
  }
  return flags.sort(compareRedFlags);
}
