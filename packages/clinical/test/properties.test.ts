import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePresentation } from "../src/evaluation/evaluate-presentation.ts";
import { scoreBounds } from "../src/evaluation/scoring.ts";
import { INSTRUMENT_IDS, type InstrumentItem, type InstrumentResult } from "../src/evaluation/types.ts";
import { JANSSON_2009_BUILTIN } from "../src/rules/builtin.ts";
import { presentationSchema } from "../src/schema/presentation.ts";
import { lesionArb, presentationArb } from "./arbitrary-presentation.ts";

const STATUSES = ["computed", "insufficient-data", "not-applicable", "disabled"];
const evaluate = (input: unknown) => evaluatePresentation(presentationSchema.parse(input));

/** The lowest and highest score an instrument result allows. */
function bounds(result: InstrumentResult | undefined): [number, number] {
  if (!result) throw new Error("missing instrument");
  if (result.score !== undefined) return [result.score, result.score];
  if (result.scoreRange) return result.scoreRange;
  throw new Error(`${result.id} has no score`);
}

describe("properties over random valid presentations", () => {
  it("every generated presentation is valid, and evaluating it never throws", () => {
    fc.assert(
      fc.property(presentationArb, (input) => {
        const evaluation = evaluate(input);
        expect(evaluation.instruments.map((i) => i.id)).toEqual([...INSTRUMENT_IDS]);
        for (const result of evaluation.instruments) {
          expect(STATUSES).toContain(result.status);
          expect(new Set(result.items.map((i) => i.id)).size).toBe(result.items.length);
          if (result.scoreRange) expect(result.scoreRange[0]).toBeLessThanOrEqual(result.scoreRange[1]);
          if (result.status === "insufficient-data")
            expect(result.missingToDecide?.length ?? 0).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("JSON round trip: the evaluation is plain data", () => {
    fc.assert(
      fc.property(presentationArb, (input) => {
        const evaluation = evaluate(input);
        expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
      }),
      { numRuns: 100 },
    );
  });

  it("adding a lesion never lowers the Jansson 2009 or Kostik score bounds (but a plain film may settle marginal sclerosis)", () => {
    // D11: an x-ray or CT lesion without marginal sclerosis decides that item false, where before it was
    // open; that one item is the only way an added lesion may lower Jansson's maximum.
    const sclerosisPoints = JANSSON_2009_BUILTIN.points["marginal-sclerosis"];
    fc.assert(
      fc.property(presentationArb, lesionArb, (input, lesion) => {
        const before = evaluate(input);
        const after = evaluate({ ...input, lesions: [...(input.lesions ?? []), lesion] });
        const plainFilm =
          (lesion.modality === "x-ray" || lesion.modality === "ct") &&
          !lesion.findings?.includes("marginal-sclerosis");
        for (const id of ["jansson-2009", "kostik-nbods-2023"]) {
          const [minBefore, maxBefore] = bounds(before.instruments.find((i) => i.id === id));
          const [minAfter, maxAfter] = bounds(after.instruments.find((i) => i.id === id));
          const allowance = id === "jansson-2009" && plainFilm ? sclerosisPoints : 0;
          if (input.lesions !== undefined) {
            expect(minAfter).toBeGreaterThanOrEqual(minBefore);
            expect(maxAfter).toBeGreaterThanOrEqual(maxBefore - allowance);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("raising any item (false → unknown → true) never lowers a positive-points score", () => {
    const item = fc.record({
      id: fc.string(),
      label: fc.constant(""),
      evidence: fc.constant(""),
      points: fc.integer({ min: 0, max: 60 }),
      met: fc.constantFrom(true, false, null),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (items: InstrumentItem[], pick) => {
          const index = pick % items.length;
          const target = items[index];
          if (!target || target.met === true) return;
          const raised = items.map((it, i) =>
            i === index ? { ...it, met: it.met === false ? null : true } : it,
          );
          const a = scoreBounds(items);
          const b = scoreBounds(raised);
          expect(b.min).toBeGreaterThanOrEqual(a.min);
          expect(b.max).toBeGreaterThanOrEqual(a.max);
        },
      ),
    );
  });

  it("a fever recorded as absent never lowers Jansson 2009 against fever unknown", () => {
    fc.assert(
      fc.property(presentationArb, (input) => {
        const { fever: _ignored, ...withoutFever } = input;
        const unknown = bounds(evaluate(withoutFever).instruments.find((i) => i.id === "jansson-2009"));
        const afebrile = bounds(
          evaluate({ ...withoutFever, fever: { present: false } }).instruments.find(
            (i) => i.id === "jansson-2009",
          ),
        );
        expect(afebrile[0]).toBeGreaterThanOrEqual(unknown[0]);
      }),
      { numRuns: 200 },
    );
  });
});
