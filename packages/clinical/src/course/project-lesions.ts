/**
 * The lesions a course shows on a date (D1 (docs/clinical/conventions.md#course-projection) as amended by D11). Start from the latest
 * whole-body study (bone scan or MRI only) and overlay the focal studies from its date on; without one,
 * overlay every study in date order. Bones match by D4 identity: a later study's lesions at a bone
 * replace all earlier ones there, even when milder, and a sided lesion replaces an earlier sideless one
 * at the same paired site. Within one study every lesion at a bone is kept (segments decide symmetry).
 */
import { isPaired } from "../atlas/bone-sites.ts";
import type { Course, ImagingStudy } from "../schema/course.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { ImagingFinding } from "../schema/vocabulary.ts";
import {
  boneLabel,
  boneOf,
  isWholeBodyStudy,
  siteSideKey,
  studiesUpTo,
  studyName,
} from "./course-records.ts";

/** A lesion of the projection, with the study it comes from (CTP and activity read the study date). */
export interface ProjectedLesion {
  lesion: Lesion;
  study: ImagingStudy;
}

export interface LesionProjection {
  /** `undefined` when no study was done by the date: the lesion list is unknown, not empty. */
  lesions: ProjectedLesion[] | undefined;
  wholeBodyStudy: ImagingStudy | undefined;
  /** D11: the latest x-ray or CT lesions at each projected bone, read for radiographic signs. */
  radiographs: Lesion[];
  /** Per bone, the first date any study on or before the date showed each finding. */
  firstSeen: Map<string, Map<ImagingFinding, string>>;
  reasoning: string[];
}

const RADIOGRAPHIC = new Set(["x-ray", "ct"]);
const withModality = (lesion: Lesion, study: ImagingStudy): Lesion => ({
  ...lesion,
  modality: lesion.modality ?? study.modality,
});
const bonesOf = (lesions: readonly Lesion[]) => [...new Set(lesions.map(boneOf))];

/** The bones a study's lesions replace: their own, and a sideless lesion at a paired site they name a side of. */
function replacedBones(study: ImagingStudy): Set<string> {
  const bones = new Set(study.lesions.map(boneOf));
  for (const l of study.lesions) if (isPaired(l.site) && l.side) bones.add(boneOf({ site: l.site }));
  return bones;
}

function overlay(current: ProjectedLesion[], study: ImagingStudy, reasoning: string[]): ProjectedLesion[] {
  const replaced = replacedBones(study);
  const hit = bonesOf(current.map((p) => p.lesion)).filter((b) => replaced.has(b));
  if (hit.length)
    reasoning.push(`${studyName(study)} replaces the earlier lesion(s) at ${hit.map(boneLabel).join(", ")}`);
  if (!study.lesions.length && current.length) {
    reasoning.push(
      `${studyName(study)} lists no lesion; a focal study's field of view is not recorded, so it replaces nothing`,
    );
  }
  const added = study.lesions.map((lesion) => ({ lesion: withModality(lesion, study), study }));
  return [...current.filter((p) => !replaced.has(boneOf(p.lesion))), ...added];
}

/** Per bone, the first date each finding was seen (for "biopsied after the feature appeared", D11). */
function findingsFirstSeen(studies: readonly ImagingStudy[]): Map<string, Map<ImagingFinding, string>> {
  const seen = new Map<string, Map<ImagingFinding, string>>();
  for (const study of studies) {
    for (const lesion of study.lesions) {
      const bone = seen.get(boneOf(lesion)) ?? new Map<ImagingFinding, string>();
      for (const f of lesion.findings ?? []) if (!bone.has(f)) bone.set(f, study.date);
      seen.set(boneOf(lesion), bone);
    }
  }
  return seen;
}

/** D11: radiographic readings come from the latest x-ray or CT at each bone, even under a later MRI. */
function latestRadiographs(studies: readonly ImagingStudy[], bones: ReadonlySet<string>): Lesion[] {
  const latest = new Map<string, Lesion[]>();
  for (const study of studies) {
    const plain = study.lesions
      .map((l) => withModality(l, study))
      .filter((l) => RADIOGRAPHIC.has(l.modality ?? ""));
    const byBone = new Map<string, Lesion[]>();
    for (const l of plain) byBone.set(boneOf(l), [...(byBone.get(boneOf(l)) ?? []), l]);
    for (const [bone, lesions] of byBone) if (bones.has(bone)) latest.set(bone, lesions);
  }
  return [...latest.values()].flat();
}

export function projectLesions(course: Course, on: string): LesionProjection {
  const studies = studiesUpTo(course, on);
  const reasoning: string[] = [];
  const firstSeen = findingsFirstSeen(studies);
  if (!studies.length) {
    reasoning.push(`lesions: no imaging study on or before ${on}, so the lesion list is not given`);
    return { lesions: undefined, wholeBodyStudy: undefined, radiographs: [], firstSeen, reasoning };
  }
  const wholeBodyStudy = studies.filter(isWholeBodyStudy).at(-1);
  const layers = wholeBodyStudy
    ? [
        wholeBodyStudy,
        ...studies.filter(
          (s) => s !== wholeBodyStudy && !isWholeBodyStudy(s) && s.date >= wholeBodyStudy.date,
        ),
      ]
    : studies;
  reasoning.push(
    wholeBodyStudy
      ? `lesions: start from the latest whole-body study (${studyName(wholeBodyStudy)}); earlier studies are superseded`
      : "lesions: no whole-body bone scan or MRI, so every study is overlaid in date order",
  );
  for (const s of studies.filter((s) => s.wholeBody && !isWholeBodyStudy(s)))
    reasoning.push(`${studyName(s)}: a whole-body ${s.modality} is read as a focal study`);
  let current: ProjectedLesion[] = [];
  for (const study of layers) current = overlay(current, study, reasoning);
  const resolved = current.filter((p) => p.lesion.status === "resolved");
  if (resolved.length) {
    reasoning.push(
      `dropped as resolved: ${resolved.map((p) => `${siteSideKey(p.lesion)} (${p.study.date})`).join(", ")}`,
    );
  }
  const lesions = current.filter((p) => p.lesion.status !== "resolved");
  const radiographs = latestRadiographs(studies, new Set(lesions.map((p) => boneOf(p.lesion))));
  return { lesions, wholeBodyStudy, radiographs, firstSeen, reasoning };
}
