import { evaluateBristol2016 } from "../instruments/bristol-2016.ts";
import { evaluateEularAcr2025 } from "../instruments/eular-acr-2025.ts";
import { evaluateJansson2007 } from "../instruments/jansson-2007.ts";
import { evaluateJansson2009 } from "../instruments/jansson-2009.ts";
import { evaluateJapan2014 } from "../instruments/japan-2014.ts";
import { evaluateKostikNbods2023 } from "../instruments/kostik-nbods-2023.ts";
import { evaluateRedFlags } from "../red-flags/evaluate-red-flags.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { Presentation } from "../schema/presentation.ts";
import { buildContext, type EvaluationContext } from "./context.ts";
import type { Evaluation, InstrumentResult } from "./types.ts";

/** The diagnostic and classification instruments, in the order the chart shows them. */
export const PRESENTATION_INSTRUMENTS: readonly ((ctx: EvaluationContext) => InstrumentResult)[] = [
  evaluateJansson2009,
  evaluateJansson2007,
  evaluateJapan2014,
  evaluateBristol2016,
  evaluateEularAcr2025,
  evaluateKostikNbods2023,
];

/**
 * DECISIONS.md D1: diagnosis and classification at one date. Pure: no I/O, no clock, no randomness.
 * `presentation` must be the output of `presentationSchema` (validated, labs in canonical units).
 */
export function evaluatePresentation(
  presentation: Presentation,
  ruleSet: RuleSet = BUILTIN_RULE_SET,
): Evaluation {
  const ctx = buildContext(presentation, ruleSet);
  return {
    assessedOn: presentation.assessedOn,
    ruleSet: ruleSet.sha256 === undefined ? { id: ruleSet.id } : { id: ruleSet.id, sha256: ruleSet.sha256 },
    derived: ctx.derived,
    instruments: PRESENTATION_INSTRUMENTS.map((evaluate) => evaluate(ctx)),
    redFlags: evaluateRedFlags(ctx),
  };
}
