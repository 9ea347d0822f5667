/**
 * `assessCourse(course, on, ruleSet?)`: follow-up as of a date (DECISIONS.md D1). Pure: no I/O, no
 * clock. The projection (D1) is evaluated like any presentation; the course instruments of D5 (CTP,
 * CHAQ, and the disabled PedCNO / CDAS / RAI-CROMRIS) read the course itself.
 */
import { fact } from "../derived/fact.ts";
import { buildContext } from "../evaluation/context.ts";
import { evaluatePresentation } from "../evaluation/evaluate-presentation.ts";
import type { Evaluation, InstrumentResult } from "../evaluation/types.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { Course } from "../schema/course.ts";
import type { Presentation } from "../schema/presentation.ts";
import { evaluateCarraCtp2018 } from "./carra-ctp-2018.ts";
import { evaluateChaq } from "./chaq.ts";
import { evaluateCnoCdas, evaluatePedCno, evaluateRaiCromris } from "./disabled-instruments.ts";
import { type LesionHistory, lesionHistories } from "./lesion-history.ts";
import { presentationAsOf } from "./presentation-as-of.ts";
import { type Reminder, reminders } from "./reminders.ts";

export type { LesionHistory, LesionHistoryEntry } from "./lesion-history.ts";
export { currentStatus, lesionHistories, MAP_STATUS_ORDER, worstStatus } from "./lesion-history.ts";
export type { Reminder } from "./reminders.ts";
export { diseaseActive, reminders } from "./reminders.ts";

export interface CourseAssessment {
  on: string;
  presentation: Presentation;
  evaluation: Evaluation;
  lesions: LesionHistory[];
  /** D5 order: carra-ctp-2018, chaq, pedcno, cno-cdas, rai-cromris. */
  instruments: InstrumentResult[];
  reminders: Reminder[];
}

/** DECISIONS.md D1: the projected presentation and its evaluation, lesion histories, course instruments, reminders. */
export function assessCourse(
  course: Course,
  on: string,
  ruleSet: RuleSet = BUILTIN_RULE_SET,
): CourseAssessment {
  const { presentation, reasoning } = presentationAsOf(course, on);
  const evaluated = evaluatePresentation(presentation, ruleSet);
  const projection = fact(
    reasoning,
    `presentationAsOf(course, ${on}): the choices the projection made (D1 [CONV])`,
  );
  const evaluation: Evaluation = { ...evaluated, derived: { ...evaluated.derived, projection } };
  const ctx = buildContext(presentation, ruleSet);
  return {
    on,
    presentation,
    evaluation,
    lesions: lesionHistories(course, on),
    instruments: [
      evaluateCarraCtp2018(course, ctx),
      evaluateChaq(course, on),
      evaluatePedCno(course, on),
      evaluateCnoCdas(course, on),
      evaluateRaiCromris(course, on),
    ],
    reminders: reminders(course, on, ruleSet),
  };
}
