import { evaluateBristol2016 } from "../instruments/bristol-2016.ts";
import { evaluateEularAcr2025 } from "../instruments/eular-acr-2025.ts";
import { evaluateJansson2007 } from "../instruments/jansson-2007.ts";
import { evaluateJansson2009 } from "../instruments/jansson-2009.ts";
import { evaluateJapan2014 } from "../instruments/japan-2014.ts";
import { evaluateKostikNbods2023 } from "../instruments/kostik-nbods-2023.ts";
import { evaluateRedFlags } from "../red-flags/evaluate-red-flags.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { Presentation } from "../schema/presentation.ts";
import { buildContext, type CourseFacts, type EvaluationContext } from "./context.ts";
import { type InputKey, warningsFor } from "./input-warnings.ts";
import type { Evaluation, InstrumentResult } from "./types.ts";

export interface PresentationInstrument {
  evaluate: (ctx: EvaluationContext) => InstrumentResult;
  /** Inputs whose implausible-value and contradiction warnings the result carries (D11). */
  reads: readonly InputKey[];
}

const CBC: readonly InputKey[] = ["wbc", "hemoglobin", "platelets"];

/** The diagnostic and classification instruments, in the order the chart shows them. */
export const PRESENTATION_INSTRUMENTS: readonly PresentationInstrument[] = [
  { evaluate: evaluateJansson2009, reads: [...CBC, "crp", "fever", "temperature", "age"] },
  { evaluate: evaluateJansson2007, reads: [...CBC, "crp", "esr", "fever", "temperature", "age"] },
  { evaluate: evaluateJapan2014, reads: [] },
  { evaluate: evaluateBristol2016, reads: ["crp", "fever", "temperature", "age"] },
  { evaluate: evaluateEularAcr2025, reads: ["age", "hemoglobin", "crp", "esr", "fever", "temperature"] },
  { evaluate: evaluateKostikNbods2023, reads: ["crp", "age"] },
];

/** Adds warnings a result must carry, each once, before its own. */
function withWarnings(result: InstrumentResult, extra: readonly string[]): InstrumentResult {
  const added = extra.filter((w) => !result.warnings.includes(w));
  return added.length ? { ...result, warnings: [...added, ...result.warnings] } : result;
}

/** One instrument with the warnings every instrument shares: a mimic found (D11), then its inputs'. */
export function runInstrument(
  { evaluate, reads }: PresentationInstrument,
  ctx: EvaluationContext,
): InstrumentResult {
  const mimic = ctx.mimicWarning ? [ctx.mimicWarning] : [];
  return withWarnings(evaluate(ctx), [...mimic, ...warningsFor(ctx.inputWarnings, reads)]);
}

/** Every presentation instrument and red flag on a built context. */
export function evaluateContext(ctx: EvaluationContext): Evaluation {
  const instruments = PRESENTATION_INSTRUMENTS.map((instrument) => runInstrument(instrument, ctx));
  const { redFlags, undecided } = evaluateRedFlags(ctx);
  const { rules } = ctx;
  return {
    assessedOn: ctx.presentation.assessedOn,
    ruleSet: rules.sha256 === undefined ? { id: rules.id } : { id: rules.id, sha256: rules.sha256 },
    derived: ctx.derived,
    instruments,
    redFlags,
    redFlagsUndecided: undecided,
  };
}

/**
 * D1 (docs/clinical/conventions.md#course-projection): diagnosis and classification at one date. Pure: no I/O, no clock, no randomness.
 * `presentation` must be the output of `presentationSchema` (validated, labs in canonical units).
 * `course` carries what only a course knows (assessCourse passes it; D11).
 */
export function evaluatePresentation(
  presentation: Presentation,
  ruleSet: RuleSet = BUILTIN_RULE_SET,
  course?: CourseFacts,
): Evaluation {
  return evaluateContext(buildContext(presentation, ruleSet, course));
}
