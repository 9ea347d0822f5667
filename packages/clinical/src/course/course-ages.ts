/**
 * Ages in a course without a birth date (D11 (docs/clinical/conventions.md#appendix-for-maintainers), replacing D1/D4 for courses): the reported
 * age at presentation holds on an anchor date — the diagnosis date, else the baseline visit, else the
 * first visit — and the age at a date counts on from it. The age at onset is fixed once; it never moves
 * with the assessment date. With a birth date, the presentation's own calendar ages apply.
 */
import { DAYS_PER_YEAR, daysBetween } from "../derived/dates.ts";
import type { Course } from "../schema/course.ts";
import type { Presentation } from "../schema/presentation.ts";

export interface ProjectedAges {
  patient: NonNullable<Presentation["patient"]>;
  /** A reported age with no anchor date: ages are approximate (a warning, D11). */
  approximate: boolean;
  reasoning: string[];
}

/** D11's anchor: diagnosis date, else the baseline visit, else the first visit. */
export function ageAnchor(course: Course): { date: string; what: string } | undefined {
  if (course.diagnosisDate) return { date: course.diagnosisDate, what: "the diagnosis date" };
  const byDate = [...course.visits].sort((a, b) => a.date.localeCompare(b.date));
  const baseline = byDate.find((v) => v.kind === "baseline");
  if (baseline) return { date: baseline.date, what: "the baseline visit" };
  const first = byDate[0];
  return first ? { date: first.date, what: "the first visit" } : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function projectAges(course: Course, on: string): ProjectedAges {
  const patient: NonNullable<Presentation["patient"]> = { ...course.patient };
  const reported = course.patient.ageAtPresentationYears;
  const anchor = ageAnchor(course);
  const reasoning: string[] = [];
  if (reported === undefined) return { patient, approximate: false, reasoning };
  if (!anchor) {
    reasoning.push(
      "age at presentation: no diagnosis date or visit anchors it, so it is read as the age on this date (approximate)",
    );
    return { patient, approximate: course.patient.birthDate === undefined, reasoning };
  }
  const ageOn = reported + daysBetween(anchor.date, on) / DAYS_PER_YEAR;
  patient.ageAtPresentationYears = Math.max(0, ageOn);
  reasoning.push(
    `age ${round2(patient.ageAtPresentationYears)} years on ${on}: ${reported} years on ${anchor.what} (${anchor.date}) plus the days since ÷ 365.25`,
  );
  if (course.patient.ageAtOnsetYears === undefined && course.symptomOnset !== undefined) {
    const onset = reported - daysBetween(course.symptomOnset, anchor.date) / DAYS_PER_YEAR;
    patient.ageAtOnsetYears = Math.max(0, onset);
    reasoning.push(
      `age at onset ${round2(patient.ageAtOnsetYears)} years: the age on ${anchor.what} minus the time from symptom onset (${course.symptomOnset}); fixed whatever the assessment date`,
    );
  }
  return { patient, approximate: false, reasoning };
}
