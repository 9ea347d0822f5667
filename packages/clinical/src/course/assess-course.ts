/**
 * `assessCourse(course, on, ruleSet?)`: follow-up as of a date (D1 (docs/clinical/conventions.md#course-projection)). Pure: no I/O, no
 * clock. The course is projected once per date (D11): the projection is evaluated like any
 * presentation, with what only a course knows, and the same projection feeds the course instruments
 * of D5 (CTP, CHAQ, and the disabled PedCNO / CDAS / RAI-CROMRIS), the disease status and the reminders.
 */
import { fact } from "../derived/fact.ts";
import { buildContext } from "../evaluation/context.ts";
import { evaluateContext } from "../evaluation/evaluate-presentation.ts";
import type { Evaluation, InstrumentResult } from "../evaluation/types.ts";
import { indexLabs } from "../labs/lab-reading.ts";
import { mimicPresent } from "../mimics/mimic-present.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { Course } from "../schema/course.ts";
import type { Presentation } from "../schema/presentation.ts";
import { evaluateCarraCtp2018 } from "./carra-ctp-2018.ts";
import { evaluateChaq } from "./chaq.ts";
import { evaluateCnoCdas, evaluatePedCno, evaluateRaiCromris } from "./disabled-instruments.ts";
import { type DiseaseStatus, diseaseStatus } from "./disease-status.ts";
import { historiesOf, type LesionHistory } from "./lesion-history.ts";
import { courseProjections, projectCourse } from "./presentation-as-of.ts";
import { type Reminder, remindersFor } from "./reminders.ts";

export type { DiseaseActivity, DiseaseStatus, MimicState } from "./disease-status.ts";
export { confirmedMimics, diseaseActivity } from "./disease-status.ts";
export type { LesionHistory, LesionHistoryEntry } from "./lesion-history.ts";
export { currentStatus, lesionHistories, MAP_STATUS_ORDER, worstStatus } from "./lesion-history.ts";
export type { Reminder } from "./reminders.ts";
export { reminders } from "./reminders.ts";

export interface CourseAssessment {
  on: string;
  presentation: Presentation;
  evaluation: Evaluation;
  lesions: LesionHistory[];
  /** D5 order: carra-ctp-2018, chaq, pedcno, cno-cdas, rai-cromris. */
  instruments: InstrumentResult[];
  /** D11: registry activity and whether a mimic is confirmed or suspected. */
  status: DiseaseStatus;
  /** Empty when a mimic is confirmed: the child is not followed as CNO (D11). */
  reminders: Reminder[];
}

/** D1 (docs/clinical/conventions.md#course-projection): the projected presentation and its evaluation, lesion histories, course instruments, reminders. */
export function assessCourse(
  course: Course,
  on: string,
  ruleSet: RuleSet = BUILTIN_RULE_SET,
): CourseAssessment {
  const projections = courseProjections(course);
  const projection = projections.at(on);
  const ctx = buildContext(projection.presentation, ruleSet, projection.facts);
  const evaluated = evaluateContext(ctx);
  const reasoning = fact(
    projection.reasoning,
    `the course as of ${on}: the choices the projection made (project convention)`,
  );
  const evaluation: Evaluation = { ...evaluated, derived: { ...evaluated.derived, projection: reasoning } };
  return {
    on,
    presentation: projection.presentation,
    evaluation,
    lesions: historiesOf(projection.studies),
    instruments: [
      evaluateCarraCtp2018(projection, ctx),
      evaluateChaq(projection),
      evaluatePedCno(projections, on),
      evaluateCnoCdas(projections, on),
      evaluateRaiCromris(projections, on),
    ],
    status: diseaseStatus(projection, ctx.mimics, ruleSet),
    reminders: remindersFor(projection, ruleSet),
  };
}

/** The disease status alone, for lists and generators that need no full assessment. */
export function diseaseStatusOn(
  course: Course,
  on: string,
  ruleSet: RuleSet = BUILTIN_RULE_SET,
): DiseaseStatus {
  const projection = projectCourse(course, on);
  const { presentation } = projection;
  return diseaseStatus(projection, mimicPresent(presentation, indexLabs(presentation.labs)), ruleSet);
}
