/**
 * What the map will show once the study is saved, computed by the core's own lesionHistories (the
 * function the API runs, D3) over the recorded studies plus the one being entered.
 */
import {
  type Course,
  type ImagingStudy,
  isoDate,
  type LesionStatus,
  lesionHistories,
} from "@cno-atlas/clinical";
import { statusMapFromHistories } from "../lesions/site-status.ts";
import type { ImagingDraft } from "./visit-draft.ts";

export function previewStatuses(
  recorded: readonly ImagingStudy[],
  imaging: ImagingDraft,
  visitDate: string,
  fallbackDate: string,
): Map<string, LesionStatus> {
  const typed = imaging.date || visitDate;
  const date = isoDate.safeParse(typed).success ? typed : fallbackDate;
  const draft: ImagingStudy = {
    date,
    // Before a modality is chosen the lesions still preview, as a focal study.
    modality: imaging.modality || "mri-stir",
    wholeBody: imaging.modality !== "" && imaging.wholeBody,
    lesions: imaging.lesions.map((l) => ({
      site: l.site,
      ...(l.side ? { side: l.side } : {}),
      findings: l.findings,
      ...(l.status ? { status: l.status } : {}),
    })),
  };
  const withDraft = imaging.modality !== "" || imaging.lesions.length > 0;
  const course: Course = {
    patient: {},
    visits: [],
    treatments: [],
    imagingStudies: withDraft ? [...recorded, draft] : [...recorded],
  };
  return statusMapFromHistories(lesionHistories(course, date));
}
