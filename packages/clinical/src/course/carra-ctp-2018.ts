/**
 * CARRA consensus treatment plan eligibility. Source: Zhao Y, et al. Arthritis Care Res
 * 2018;70(8):1228–1237, Table 1 — criteria and definitions verbatim [V] (monitoring.md §4.1).
 * Readings of the course [CONV] (DECISIONS.md D5): enrolment = the assessment date; NSAID trial =
 * weeks of `nsaid` rows up to it; CTP "active disease"; exclusions = D7's `mimicPresent`. Numbers come
 * from `ctx.rules.carraCtp2018`.
 */
import { LONG_BONES, isVertebra } from "../atlas/bone-sites.ts";
import { yearsBetween, round1 } from "../derived/dates.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import { complete, missingToDecide } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import { weakest } from "../evidence.ts";
import { type Tri, and, or } from "../logic/tri.ts";
import type { Course } from "../schema/course.ts";
import type { Lesion } from "../schema/lesion.ts";
import { SOURCES } from "../sources.ts";
import { type CtpFacts, ctpFacts } from "./carra-ctp-2018-facts.ts";

type Check = Pick<InstrumentItem, "met" | "evidence">;

/** D5 exact-outcome logic over the leaf items (the contraindication item is "to confirm", not decided). */
function outcomeOf(items: readonly Pick<InstrumentItem, "id" | "met">[]): string {
  const m = (id: string): Tri => items.find((i) => i.id === id)?.met ?? null;
  const excluded = or(m("exclusion-malignancy-ever"), m("exclusion-current-infectious-osteomyelitis"));
  if (excluded === true) return "not-eligible";
  const included = and(
    m("age-at-most-21-at-enrolment"),
    m("mri-bone-oedema-within-12-weeks"),
    m("whole-body-imaging"),
    or(and(m("nsaid-trial-at-least-4-weeks"), m("active-disease")), m("active-spinal-lesion")),
    or(m("biopsy"), m("typical-distribution"), m("ibd-psoriasis-or-ppp")),
  );
  if (included === false) return "not-eligible";
  return included === true && excluded === false ? "eligible" : "undecided";
}
