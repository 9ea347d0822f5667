/**
 * The registry's disease activity (D11 (docs/clinical/conventions.md#appendix-for-maintainers) [CONV]), read from what the course records, so the
 * generator's visit interval and the core's follow-up reminder agree (cohort tests check it against
 * the core): active when the latest visit's physician global is ≥ 1, or a non-resolved lesion with
 * bone-marrow oedema lies in a study within the window before the date; inactive when the physician
 * global is 0 and no such lesion exists; otherwise not recorded, which uses the active interval too.
 */
import { BUILTIN_RULE_SET } from "@cno-atlas/clinical";
import type { ImagingStudyInput } from "./imaging.ts";
import type { VisitInput } from "./visits.ts";

const DAY_MS = 86_400_000;
const WINDOW_DAYS = BUILTIN_RULE_SET.surveillance.activeLesionWithinDays;

/** Whether a study shows a non-resolved lesion with bone-marrow oedema. */
export function showsOedema(study: ImagingStudyInput): boolean {
  return study.lesions.some(
    (l) => l.status !== "resolved" && l.findings?.includes("bone-marrow-edema") === true,
  );
}

/** True unless the registry would call the disease inactive on `on` (the 6-monthly interval). */
export function followedAsActive(
  latestVisit: VisitInput | undefined,
  studies: readonly ImagingStudyInput[],
  on: string,
): boolean {
  if (latestVisit?.physicianGlobal !== undefined && latestVisit.physicianGlobal >= 1) return true;
  const from = Date.parse(on) - WINDOW_DAYS * DAY_MS;
  const recent = studies.filter((s) => s.date <= on && Date.parse(s.date) >= from);
  if (recent.some(showsOedema)) return true;
  return latestVisit?.physicianGlobal !== 0;
}
