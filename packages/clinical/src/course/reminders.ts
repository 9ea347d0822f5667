/**
 * Follow-up reminders from the local surveillance template (docs/clinical/monitoring.md#local-surveillance-template [CONV], site-editable;
 * D1 (docs/clinical/conventions.md#course-projection) `Reminder`, D10). Intervals come from `rules.surveillance`; the template is a local
 * convention, not a guideline, so every reminder says `source: "local-template"`.
 */
import { addDays } from "../derived/dates.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import type { Course, ImagingStudy } from "../schema/course.ts";
import { isMri } from "./course-records.ts";
import { confirmedMimics, diseaseActivity } from "./disease-status.ts";
import { type CourseProjection, projectCourse } from "./presentation-as-of.ts";

export interface Reminder {
  kind: "follow-up-visit" | "whole-body-mri" | "spine-review";
  due: string;
  /** Due strictly before the assessment date. */
  overdue: boolean;
  reason: string;
  source: "local-template";
}

/** Calendar months (the 31st clamps to the month's end); a fractional count adds 30.4375-day months. */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) return addDays(date, Math.round(months * 30.4375));
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), lastDay)))
    .toISOString()
    .slice(0, 10);
}

function reminder(kind: Reminder["kind"], due: string, on: string, reason: string): Reminder {
  return { kind, due, overdue: due < on, reason, source: "local-template" };
}

/**
 * Clinical review every 3 months while active, 6 when inactive, from the latest visit of any kind.
 * Activity "not recorded" uses the active interval (D11): an unknown state is never read as remission.
 */
function followUp(projection: CourseProjection, rules: RuleSet): Reminder {
  const { on, latestVisit: visit } = projection;
  const { activity, reason } = diseaseActivity(projection, rules);
  const table = rules.surveillance;
  const months = activity === "inactive" ? table.visitMonthsInRemission : table.visitMonthsWhileActive;
  if (!visit) return reminder("follow-up-visit", on, on, "no visit recorded yet");
  const state =
    activity === "active"
      ? `disease active (${reason})`
      : activity === "inactive"
        ? `inactive (${reason})`
        : reason;
  return reminder(
    "follow-up-visit",
    addMonths(visit.date, months),
    on,
    `${months}-monthly review after ${visit.date}: ${state}`,
  );
}

/** WB-MRI in the template means MRI of the whole body: a whole-body study of an MRI modality. */
function lastWholeBodyMri(studies: readonly ImagingStudy[]): ImagingStudy | undefined {
  return studies.filter((s) => s.wholeBody && isMri(s.modality)).at(-1);
}

/** Candidates after the last WB-MRI: routine interval, a treatment change, a flare visit; the earliest wins. */
function nextWholeBodyMri(projection: CourseProjection, rules: RuleSet): { due: string; reason: string } {
  const { course, on } = projection;
  const table = rules.surveillance;
  const last = lastWholeBodyMri(projection.studies);
  if (!last) {
    const due = course.diagnosisDate ?? course.visits.map((v) => v.date).sort()[0] ?? on;
    return { due, reason: "no whole-body MRI recorded: the template asks for one at diagnosis" };
  }
  const after = (date: string) => date > last.date && date <= on;
  const candidates = [
    {
      due: addMonths(last.date, table.wholeBodyMriRoutineMonths),
      reason: `${table.wholeBodyMriRoutineMonths} months after the ${last.date} WB-MRI`,
    },
  ];
  const change = course.treatments
    .flatMap((t) => [t.start, t.stop ?? ""])
    .filter(after)
    .sort()[0];
  if (change) {
    const months = table.wholeBodyMriMonthsAfterTreatmentChange;
    candidates.push({
      due: addMonths(change, months),
      reason: `${months} months after the treatment change on ${change}`,
    });
  }
  const flare = course.visits
    .filter((v) => v.kind === "flare" && after(v.date))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (flare) candidates.push({ due: flare.date, reason: `suspected flare on ${flare.date}` });
  return candidates.reduce((a, b) => (b.due < a.due ? b : a));
}

/**
 * D1/D10 reminders as of a date: next visit, next WB-MRI, and the spine review that goes with every
 * WB-MRI. A child with a mimic confirmed in the work-up is not followed as CNO: no reminders (D11).
 */
export function remindersFor(projection: CourseProjection, rules: RuleSet): Reminder[] {
  if (confirmedMimics(projection.course).length) return [];
  const { on } = projection;
  const mri = nextWholeBodyMri(projection, rules);
  return [
    followUp(projection, rules),
    reminder("whole-body-mri", mri.due, on, `WB-MRI (coronal STIR + sagittal spine): ${mri.reason}`),
    reminder(
      "spine-review",
      mri.due,
      on,
      "review the sagittal spine on that WB-MRI for vertebral height loss",
    ),
  ];
}

/** Reminders for a course on a date (projects it; assessCourse passes its own projection instead). */
export function reminders(course: Course, on: string, rules: RuleSet = BUILTIN_RULE_SET): Reminder[] {
  return remindersFor(projectCourse(course, on), rules);
}
