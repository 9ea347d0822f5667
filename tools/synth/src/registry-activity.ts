/**
 * The registry's "disease active" (DECISIONS.md D10 [CONV]), read from what the course records: the
 * latest visit's physician global ≥ 1, or an unhealed lesion with bone-marrow oedema in the latest
 * study. It sets the synthetic visit interval (3-monthly active, 6-monthly in remission), so the
 * generator and the core's follow-up reminder agree; cohort tests check it against `diseaseActive`.
 */
import type { ImagingStudyInput } from "./imaging.ts";
import type { VisitInput } from "./visits.ts";

export function registryActive(
  latestVisit: VisitInput | undefined,
  latestStudy: ImagingStudyInput | undefined,
): boolean {
  if (latestVisit?.physicianGlobal !== undefined && latestVisit.physicianGlobal >= 1) return true;
  return (
    latestStudy?.lesions.some(
      (l) => l.status !== "resolved" && l.findings?.includes("bone-marrow-edema") === true,
    ) ?? false
  );
}
