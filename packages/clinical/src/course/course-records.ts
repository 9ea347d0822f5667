/**
 * Small readers of a course's dated records, shared by the projection, the course instruments and the
 * reminders (D1 (docs/clinical/conventions.md#course-projection), D11).
 */
import { boneKey } from "../atlas/bone.ts";
import type { Course, ImagingStudy, Visit } from "../schema/course.ts";
import type { Modality } from "../schema/vocabulary.ts";

/** How a lesion is named in evidence: site and side as entered ("femur left", "T7"). */
export function siteSideKey(lesion: { site: string; side?: string | undefined }): string {
  return lesion.side === undefined ? lesion.site : `${lesion.site} ${lesion.side}`;
}

/** D4 identity of the bone a lesion is on: paired site + side, or an unpaired site whatever side. */
export function boneOf(lesion: { site: string; side?: string | undefined }): string {
  return boneKey(lesion.site, lesion.side);
}

/** A bone key as evidence shows it: "tibia:left" → "tibia left", "femur:side-unknown" → "femur (side unknown)". */
export function boneLabel(bone: string): string {
  return bone.replace(":side-unknown", " (side unknown)").replace(":", " ");
}

/** Studies on or before the date, oldest first; same-day studies keep their listed order (stable sort). */
export function studiesUpTo(course: Course, on: string): ImagingStudy[] {
  return course.imagingStudies.filter((s) => s.date <= on).sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest of dated records on or before the date; on a tie the one listed last wins. */
export function latestUpTo<T>(records: readonly T[], dateOf: (r: T) => string, on: string): T | undefined {
  let best: T | undefined;
  for (const r of records) if (dateOf(r) <= on && (best === undefined || dateOf(r) >= dateOf(best))) best = r;
  return best;
}

export function latestVisit(course: Course, on: string): Visit | undefined {
  return latestUpTo(course.visits, (v) => v.date, on);
}

const MRI: ReadonlySet<Modality> = new Set(["mri-stir", "whole-body-mri"]);

/** D3: "mri-stir" and "whole-body-mri" are both fluid-sensitive MRI. */
export function isMri(modality: Modality | undefined): boolean {
  return modality !== undefined && MRI.has(modality);
}

/**
 * D11: only a whole-body bone scan or whole-body MRI is whole-body imaging. A whole-body radiograph
 * (skeletal survey), CT or clinical study counts as a focal study everywhere: it overlays, never resets
 * the lesion list, and never resolves a lesion.
 */
export function isWholeBodyStudy(study: ImagingStudy): boolean {
  return study.wholeBody && (study.modality === "bone-scan" || isMri(study.modality));
}

/** What the chart and the evidence call a study: a whole-body radiograph is a skeletal survey (D11). */
export function studyName(study: ImagingStudy): string {
  if (study.wholeBody && study.modality === "x-ray") return `${study.date} skeletal survey`;
  const kind = isWholeBodyStudy(study) ? "whole-body" : "focal";
  return `${study.date} ${kind} ${study.modality} study${study.wholeBody && !isWholeBodyStudy(study) ? " (read as focal)" : ""}`;
}
