import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessCourse } from "../src/course/assess-course.ts";
import { CTP_VECTORS } from "../src/course/carra-ctp-2018.vectors.ts";
import { evaluatePresentation } from "../src/evaluation/evaluate-presentation.ts";
import { BRISTOL_2016_VECTORS } from "../src/instruments/bristol-2016.vectors.ts";
import { EULAR_ACR_2025_VECTORS } from "../src/instruments/eular-acr-2025.vectors.ts";
import { JANSSON_2007_VECTORS } from "../src/instruments/jansson-2007.vectors.ts";
import { JANSSON_2009_VECTORS } from "../src/instruments/jansson-2009.vectors.ts";
import { JAPAN_2014_VECTORS } from "../src/instruments/japan-2014.vectors.ts";
import { KOSTIK_2023_VECTORS } from "../src/instruments/kostik-nbods-2023.vectors.ts";
import { RED_FLAG_VECTORS } from "../src/red-flags/red-flags.vectors.ts";
import { RED_FLAG_REVIEW_VECTORS } from "../src/red-flags/red-flags-review.vectors.ts";
import { courseSchema } from "../src/schema/course.ts";
import { type PresentationInput, presentationSchema } from "../src/schema/presentation.ts";
import { presentationArb } from "./arbitrary-presentation.ts";

/**
 * What a clinician or family reads speaks the clinic's words (D11 (docs/clinical/conventions.md#appendix-for-maintainers) and the brief): no
 * internal decision id ("D4"), spec file or section sign in any explanation, message or warning the
 * core produces. `ruleVersion` is metadata and may carry ids.
 */
const INTERNAL = /\bD\d{1,2}\b|DECISIONS|\b[\w-]+\.md\b|§/;

function offending(value: unknown, path = ""): string[] {
  if (typeof value === "string") return INTERNAL.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => offending(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "ruleVersion" ? [] : offending(v, `${path}.${k}`),
    );
  }
  return [];
}

const presentations: PresentationInput[] = [
  ...[
    BRISTOL_2016_VECTORS,
    EULAR_ACR_2025_VECTORS,
    JANSSON_2007_VECTORS,
    JANSSON_2009_VECTORS,
    JAPAN_2014_VECTORS,
    KOSTIK_2023_VECTORS,
  ].flatMap((vectors) => vectors.map((v) => v.presentation)),
  ...[...RED_FLAG_VECTORS, ...RED_FLAG_REVIEW_VECTORS].map((v) => v.presentation),
];

describe("no internal ids in what the core says", () => {
  it("over every hand-worked presentation", () => {
    const found = presentations.flatMap((p) => offending(evaluatePresentation(presentationSchema.parse(p))));
    expect([...new Set(found)]).toEqual([]);
  });

  it("over random presentations", () => {
    fc.assert(
      fc.property(presentationArb, (input) => {
        expect(offending(evaluatePresentation(presentationSchema.parse(input)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("over every hand-worked course, assessed as the chart assesses it", () => {
    const found = CTP_VECTORS.flatMap((v) => offending(assessCourse(courseSchema.parse(v.course), v.on)));
    expect([...new Set(found)]).toEqual([]);
  });
});
