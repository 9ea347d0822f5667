import { expect, it } from "vitest";
import { buildContext, type EvaluationContext } from "../src/evaluation/context.ts";
import { PRESENTATION_INSTRUMENTS, runInstrument } from "../src/evaluation/evaluate-presentation.ts";
import type { InstrumentResult } from "../src/evaluation/types.ts";
import type { Tri } from "../src/logic/tri.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../src/rules/rule-set.ts";
import { type PresentationInput, presentationSchema } from "../src/schema/presentation.ts";

/**
 * A hand-worked presentation and what an instrument must make of it. `arithmetic` writes the
 * working out, so a reviewer can check the expectation without running anything.
 */
export interface InstrumentVector {
  name: string;
  arithmetic: string;
  presentation: PresentationInput;
  expect: {
    status: InstrumentResult["status"];
    outcome: string;
    score?: number;
    scoreRange?: [number, number];
    items?: Record<string, Tri>;
    missingToDecide?: string[];
    warningsMatch?: RegExp[];
    noWarningMatches?: RegExp[];
  };
}

export function contextFor(input: PresentationInput, rules: RuleSet = BUILTIN_RULE_SET): EvaluationContext {
  return buildContext(presentationSchema.parse(input), rules);
}

/** One table test per instrument: every vector is a test case. */
export function runInstrumentVectors(
  evaluate: (ctx: EvaluationContext) => InstrumentResult,
  vectors: readonly InstrumentVector[],
  rules: RuleSet = BUILTIN_RULE_SET,
): void {
  for (const vector of vectors) {
    it(`${vector.name} — ${vector.arithmetic}`, () => {
      // As the evaluation delivers it: with the warnings every instrument shares (mimic, inputs).
      const ctx = contextFor(vector.presentation, rules);
      const instrument = PRESENTATION_INSTRUMENTS.find((i) => i.evaluate === evaluate);
      const result = instrument ? runInstrument(instrument, ctx) : evaluate(ctx);
      const want = vector.expect;
      expect({ status: result.status, outcome: result.outcome }).toEqual({
        status: want.status,
        outcome: want.outcome,
      });
      if ("score" in want) expect(result.score).toBe(want.score);
      if ("scoreRange" in want) expect(result.scoreRange).toEqual(want.scoreRange);
      if (want.score !== undefined) expect(result.scoreRange).toBeUndefined();
      if (want.scoreRange !== undefined) expect(result.score).toBeUndefined();
      for (const [id, met] of Object.entries(want.items ?? {})) {
        const item = result.items.find((i) => i.id === id);
        expect(item, `item ${id}`).toBeDefined();
        expect(item?.met, `item ${id}`).toBe(met);
      }
      if (want.missingToDecide) expect(result.missingToDecide ?? []).toEqual(want.missingToDecide);
      for (const pattern of want.warningsMatch ?? []) {
        const all = [...result.warnings, ...result.items.flatMap((i) => i.warnings ?? [])];
        expect(
          all.some((w) => pattern.test(w)),
          `warning ${pattern}`,
        ).toBe(true);
      }
      for (const pattern of want.noWarningMatches ?? []) {
        expect(
          [...result.warnings, ...result.items.flatMap((i) => i.warnings ?? [])].some((w) => pattern.test(w)),
          `no warning ${pattern}`,
        ).toBe(false);
      }
    });
  }
}
