/**
 * The registry's disease status on a date (D11 (docs/clinical/conventions.md#appendix-for-maintainers), replacing D10's "disease active"
 * [CONV]; not CARRA's CTP definition). It sets the follow-up interval, and says who is not CNO:
 * - activity: active when the latest visit's physician global is ≥ 1 or a lesion not marked resolved,
 *   with bone-marrow oedema, lies in a study within the window (182 days by default) — read literally:
 *   any such study, even if a later one looks better, which errs towards closer follow-up; inactive
 *   when the latest physician global is 0 and no such lesion exists; otherwise "not recorded" —
 *   never "remission";
 * - mimic: "confirmed" when the work-up confirms a mimic group (the child leaves the CNO reminders);
 *   "suspected" when a mimic rests on a result alone (vitamin C or ALP below range, a positive
 *   culture, an antibiotic response, blasts or histology): confirm or exclude, reminders stay.
 */
import { daysBetween } from "../derived/dates.ts";
import type { MimicFinding, MimicGroup } from "../mimics/mimic-present.ts";
import { MIMIC_GROUPS } from "../mimics/mimic-present.ts";
import type { RuleSet } from "../rules/rule-set.ts";
import type { Course } from "../schema/course.ts";
import { siteSideKey } from "./course-records.ts";
import type { CourseProjection } from "./presentation-as-of.ts";

export type DiseaseActivity = "active" | "inactive" | "not-recorded";

export interface MimicState {
  state: "confirmed" | "suspected";
  groups: MimicGroup[];
  evidence: string[];
}

export interface DiseaseStatus {
  activity: DiseaseActivity;
  reason: string;
  /** null when no mimic is found. */
  mimic: MimicState | null;
}

/** D11 registry activity on the projection's date. */
export function diseaseActivity(
  projection: CourseProjection,
  rules: RuleSet,
): { activity: DiseaseActivity; reason: string } {
  const { latestVisit: visit, on } = projection;
  const window = rules.surveillance.activeLesionWithinDays;
  const global = visit?.physicianGlobal;
  if (global !== undefined && global >= 1) {
    return { activity: "active", reason: `physician global ${global} on ${visit?.date}` };
  }
  const recent = projection.studies.filter((s) => daysBetween(s.date, on) <= window);
  for (const study of [...recent].reverse()) {
    const oedema = study.lesions.find(
      (l) => l.status !== "resolved" && l.findings?.includes("bone-marrow-edema") === true,
    );
    if (oedema) {
      return {
        activity: "active",
        reason: `bone-marrow oedema at ${siteSideKey(oedema)} on the ${study.date} study (within ${window} days)`,
      };
    }
  }
  const imaging = `no lesion with bone-marrow oedema in a study within ${window} days`;
  if (global === 0)
    return { activity: "inactive", reason: `physician global 0 on ${visit?.date}; ${imaging}` };
  const shown = visit ? `no physician global at the latest visit (${visit.date})` : "no visit";
  return { activity: "not-recorded", reason: `activity not recorded: ${shown}; ${imaging}` };
}

/** The mimic groups the work-up confirms: such a child is not followed as CNO (D11). */
export function confirmedMimics(course: Course): MimicGroup[] {
  const workup = course.mimicWorkup ?? {};
  return MIMIC_GROUPS.filter((g) => workup[g] === "confirmed");
}

/** D11: confirmed in the work-up, or suspected from a result alone. */
export function mimicStatus(
  projection: CourseProjection,
  mimics: Record<MimicGroup, MimicFinding>,
): MimicState | null {
  const confirmed = confirmedMimics(projection.course);
  if (confirmed.length) {
    return { state: "confirmed", groups: confirmed, evidence: confirmed.flatMap((g) => mimics[g].evidence) };
  }
  const suspected = MIMIC_GROUPS.filter((g) => mimics[g].present);
  if (!suspected.length) return null;
  return { state: "suspected", groups: suspected, evidence: suspected.flatMap((g) => mimics[g].evidence) };
}

export function diseaseStatus(
  projection: CourseProjection,
  mimics: Record<MimicGroup, MimicFinding>,
  rules: RuleSet,
): DiseaseStatus {
  return { ...diseaseActivity(projection, rules), mimic: mimicStatus(projection, mimics) };
}
