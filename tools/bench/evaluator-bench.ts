import { evaluatePresentation, presentationSchema } from "@cno-atlas/clinical";
import fc from "fast-check";
import { presentationArb } from "../../packages/clinical/test/arbitrary-presentation.ts";
import { median } from "./machine.ts";

export interface EvaluatorFigures {
  presentations: number;
  runs: number;
  evaluatePerSecond: number;
  parseAndEvaluatePerSecond: number;
  evaluateRunsPerSecond: number[];
  parseAndEvaluateRunsPerSecond: number[];
}

function perSecond(count: number, started: bigint): number {
  return Math.round(count / (Number(process.hrtime.bigint() - started) / 1e9));
}

/**
 * Issue 2 / D10 (docs/clinical/conventions.md#registry): times `evaluatePresentation` on parsed objects and, as a second figure,
 * parse + evaluate from JSON text. One core (this process), medians of several runs.
 */
export function benchEvaluator(count: number, runs: number, seed = 20261125): EvaluatorFigures {
  const inputs = fc.sample(presentationArb, { seed, numRuns: count });
  const texts = inputs.map((input) => JSON.stringify(input));
  const parsed = inputs.map((input) => presentationSchema.parse(input));
  let sink = 0; // keeps the optimiser from discarding the work
  const evaluateRuns: number[] = [];
  const parseRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    let started = process.hrtime.bigint();
    for (const presentation of parsed) sink += evaluatePresentation(presentation).instruments.length;
    evaluateRuns.push(perSecond(count, started));
    started = process.hrtime.bigint();
    for (const text of texts)
      sink += evaluatePresentation(presentationSchema.parse(JSON.parse(text))).redFlags.length;
    parseRuns.push(perSecond(count, started));
  }
  if (sink < 0) console.log(sink);
  return {
    presentations: count,
    runs,
    evaluatePerSecond: median(evaluateRuns),
    parseAndEvaluatePerSecond: median(parseRuns),
    evaluateRunsPerSecond: evaluateRuns,
    parseAndEvaluateRunsPerSecond: parseRuns,
  };
}
