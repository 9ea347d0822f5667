/**
 * Red flags for mimics of CNO (docs/clinical/red-flags.md; D7 (docs/clinical/red-flags.md)). Alerts for decision support, not
 * diagnostic criteria. Pure: every rule reads the evaluation context only.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import { warningsFor } from "../evaluation/input-warnings.ts";
import { RED_FLAG_GROUPS, type RedFlag, SEVERITIES, type UndecidedRedFlag } from "../evaluation/types.ts";
import { INFECTION_RULES } from "./infection.ts";
import { MALIGNANCY_RULES } from "./malignancy.ts";
import { METABOLIC_RULES } from "./metabolic.ts";
import { MONOGENIC_RULES } from "./monogenic.ts";
import { OTHER_RULES } from "./other.ts";
import { isFinding, type RedFlagRule } from "./red-flag-rule.ts";

/** Every rule of D7's table, one per id. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  ...MALIGNANCY_RULES,
  ...INFECTION_RULES,
  ...METABOLIC_RULES,
  ...MONOGENIC_RULES,
  ...OTHER_RULES,
];

const GROUP_OF = new Map(RED_FLAG_RULES.map((rule) => [rule.id, rule.group]));
const groupOf = (id: string) => GROUP_OF.get(id) ?? "other";

/** D7 order: severity (high, moderate, info), then group (malignancy … other), then id. */
export function compareRedFlags(a: RedFlag, b: RedFlag): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RED_FLAG_GROUPS.indexOf(a.group) - RED_FLAG_GROUPS.indexOf(b.group) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The fired flags in D7 order, and the rules that could not be assessed (D11) in rule order. */
export function evaluateRedFlags(ctx: EvaluationContext): {
  redFlags: RedFlag[];
  undecided: UndecidedRedFlag[];
} {
  const flags: RedFlag[] = [];
  const undecided: UndecidedRedFlag[] = [];
  for (const rule of RED_FLAG_RULES) {
    const outcome = rule.evaluate(ctx);
    if (outcome === null) continue;
    if (!isFinding(outcome)) {
      undecided.push({ id: rule.id, missing: outcome.missing });
      continue;
    }
    const warnings = [...(outcome.warnings ?? []), ...warningsFor(ctx.inputWarnings, rule.reads ?? [])];
    flags.push({
      id: rule.id,
      group: rule.group,
      severity: outcome.severity,
      message: outcome.message,
      evidence: outcome.evidence,
      warnings,
      source: outcome.source ?? rule.source,
    });
  }
  const byGroupThenId = (a: UndecidedRedFlag, b: UndecidedRedFlag) =>
    RED_FLAG_GROUPS.indexOf(groupOf(a.id)) - RED_FLAG_GROUPS.indexOf(groupOf(b.id)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { redFlags: flags.sort(compareRedFlags), undecided: undecided.sort(byGroupThenId) };
}
