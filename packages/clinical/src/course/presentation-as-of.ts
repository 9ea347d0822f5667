/**
 * `presentationAsOf(course, on)`: the one projection of a course onto a presentation at a date
 * (DECISIONS.md D1 [CONV]). The API, the synthetic data, the tests and `assessCourse` all use it, and
 * every choice it makes is written to `reasoning`, which assessCourse puts in `derived.projection`.
 */
import type { Course, ImagingStudy, Visit } from "../schema/course.ts";
import type { LabResult } from "../schema/lab-result.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Presentation } from "../schema/presentation.ts";
import type { Condition } from "../schema/vocabulary.ts";

/** A lesion of the projection, with the study it comes from (CTP reads the study date, D5). */
export interface ProjectedLesion {
  lesion: Lesion;
  study: ImagingStudy;
}

export interface LesionProjection {
  /** `undefined` when no study was done by the date: the lesion list is unknown, not empty. */
  lesions: ProjectedLesion[] | undefined;
  wholeBodyStudy: ImagingStudy | undefined;
  reasoning: string[];
}

/** D1/D3 match lesions by site + side exactly as entered (side missing is its own value). */
export function siteSideKey(lesion: { site: string; side?: string | undefined }): string {
  return lesion.side === undefined ? lesion.site : `${lesion.site} ${lesion.side}`;
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

function studyName(study: ImagingStudy): string {
  return `${study.date} ${study.wholeBody ? "whole-body" : "focal"} ${study.modality} study`;
}

/** D1: a study's lesions replace earlier lesions at the same site + side; D3: modality defaults to the study's. */
function overlay(current: ProjectedLesion[], study: ImagingStudy, reasoning: string[]): ProjectedLesion[] {
  const keys = new Set(study.lesions.map(siteSideKey));
  const replaced = [...new Set(current.map((p) => siteSideKey(p.lesion)).filter((k) => keys.has(k)))];
  if (replaced.length)
    reasoning.push(`${studyName(study)} replaces the earlier lesion(s) at ${replaced.join(", ")}`);
  if (!study.lesions.length && current.length) {
    reasoning.push(
      `${studyName(study)} lists no lesion; a focal study's field of view is not recorded, so it replaces nothing`,
    );
  }
  const added = study.lesions.map((lesion) => ({
    lesion: { ...lesion, modality: lesion.modality ?? study.modality },
    study,
  }));
  return [...current.filter((p) => !keys.has(siteSideKey(p.lesion))), ...added];
}

/**
 * D1 lesions: the latest whole-body study on or before the date, then the focal studies from its date
 * on (a focal study on the same day is overlaid too: it is at least as detailed); with no whole-body
 * study, every study in date order. `resolved` lesions are dropped; `status` stays here for the caller.
 */
export function projectLesions(course: Course, on: string): LesionProjection {
  const studies = studiesUpTo(course, on);
  const reasoning: string[] = [];
  if (!studies.length) {
    reasoning.push(`lesions: no imaging study on or before ${on}, so the lesion list is not given`);
    return { lesions: undefined, wholeBodyStudy: undefined, reasoning };
  }
  const wholeBodyStudy = studies.filter((s) => s.wholeBody).at(-1);
  const layers = wholeBodyStudy
    ? [wholeBodyStudy, ...studies.filter((s) => !s.wholeBody && s.date >= wholeBodyStudy.date)]
    : studies;
  reasoning.push(
    wholeBodyStudy
      ? `lesions: start from the latest whole-body study (${studyName(wholeBodyStudy)}); earlier studies are superseded`
      : "lesions: no whole-body study, so every study is overlaid in date order",
  );
  let current: ProjectedLesion[] = [];
  for (const study of layers) current = overlay(current, study, reasoning);
  const resolved = current.filter((p) => p.lesion.status === "resolved");
  if (resolved.length) {
    reasoning.push(
      `dropped as resolved: ${resolved.map((p) => `${siteSideKey(p.lesion)} (${p.study.date})`).join(", ")}`,
    );
  }
  return { lesions: current.filter((p) => p.lesion.status !== "resolved"), wholeBodyStudy, reasoning };
}

function stripStatus(lesion: Lesion): Lesion {
  const { status: _status, ...rest } = lesion;
  return rest;
}

/** D1 labs: per test the latest result on or before the date, dated by `takenOn`, else its visit's date. */
function projectLabs(course: Course, on: string, reasoning: string[]): LabResult[] | undefined {
  const latest = new Map<string, { lab: LabResult; date: string }>();
  for (const visit of course.visits) {
    for (const lab of visit.labs ?? []) {
      const date = lab.takenOn ?? visit.date;
      const current = latest.get(lab.test);
      if (date <= on && (!current || date >= current.date)) latest.set(lab.test, { lab, date });
    }
  }
  if (!latest.size) return undefined;
  const described = [...latest.values()].map(
    ({ lab, date }) => `${lab.test} ${date}${lab.takenOn ? "" : " (visit date)"}`,
  );
  reasoning.push(`labs, latest per test by takenOn else visit date: ${described.join(", ")}`);
  return [...latest.values()].map(({ lab, date }) => ({ ...lab, takenOn: date }));
}

/** D1 bonePain: true on pain > 0 or a symptomatic projected lesion; false on pain 0 and none; else missing. */
function bonePain(
  visit: Visit | undefined,
  lesions: readonly Lesion[],
  reasoning: string[],
): boolean | undefined {
  const pain = visit?.painNrs;
  const symptomatic = lesions.find((l) => l.symptomatic === true);
  const painText =
    pain === undefined ? "no pain score at the latest visit" : `pain ${pain}/10 on ${visit?.date}`;
  const lesionText = symptomatic
    ? `symptomatic lesion at ${siteSideKey(symptomatic)}`
    : "no symptomatic lesion";
  const value = (pain !== undefined && pain > 0) || symptomatic ? true : pain === 0 ? false : undefined;
  reasoning.push(`bonePain ${value === undefined ? "missing" : value}: ${painText}, ${lesionText}`);
  return value;
}

/** D1: fever, signs, absent signs and pain come from the latest visit on or before the date. */
function applyVisit(p: Presentation, course: Course, on: string, reasoning: string[]): void {
  const visit = latestVisit(course, on);
  reasoning.push(
    visit
      ? `fever, signs, absent signs and pain from the latest visit (${visit.date}, ${visit.kind})`
      : `no visit on or before ${on}: fever, signs and pain not given`,
  );
  if (visit?.fever) p.fever = visit.fever;
  if (visit?.clinicalSigns) p.clinicalSigns = visit.clinicalSigns;
  if (visit?.absentSigns) p.absentSigns = visit.absentSigns;
  const pain = bonePain(visit, p.lesions ?? [], reasoning);
  if (pain !== undefined) p.bonePain = pain;
}

function applyConditions(p: Presentation, course: Course, on: string, reasoning: string[]): void {
  const all = course.coexistingConditions;
  if (!all) return;
  const later = all.filter((c) => c.notedOn !== undefined && c.notedOn > on);
  if (later.length) {
    reasoning.push(
      `conditions noted after ${on} left out: ${later.map((c) => `${c.condition} (${c.notedOn})`).join(", ")}`,
    );
  }
  const kept = all.filter((c) => c.notedOn === undefined || c.notedOn <= on).map((c) => c.condition);
  p.coexistingConditions = [...new Set<Condition>(kept)];
}

function applyCarried(p: Presentation, course: Course, on: string, reasoning: string[]): void {
  p.patient = { ...course.patient };
  if (course.patient.birthDate === undefined && course.patient.ageAtPresentationYears !== undefined) {
    reasoning.push(
      "no birth date: the course's age at presentation is carried over and read as the age at this date (D4)",
    );
  }
  if (course.symptomOnset !== undefined && course.symptomOnset <= on) p.symptomOnset = course.symptomOnset;
  if (course.symptomOnset !== undefined && course.symptomOnset > on) {
    reasoning.push(`symptom onset ${course.symptomOnset} is after ${on}: not carried over`);
  }
  if (course.biopsy) p.biopsy = course.biopsy;
  if (course.mimicWorkup) p.mimicWorkup = course.mimicWorkup;
  if (course.antibioticResponse) p.antibioticResponse = course.antibioticResponse;
  reasoning.push(
    "patient, symptom onset, biopsy, mimic work-up and antibiotic response carried over (undated: they count at every date)",
  );
  const culture = latestUpTo(course.bloodCultures ?? [], (c) => c.date, on);
  if (culture) {
    p.bloodCulture = culture.result;
    reasoning.push(`blood culture: the latest on or before ${on} (${culture.date}, ${culture.result})`);
  }
}

/** DECISIONS.md D1: the presentation a course amounts to on a date, and every choice made. */
export function presentationAsOf(
  course: Course,
  on: string,
): { presentation: Presentation; reasoning: string[] } {
  const presentation: Presentation = { assessedOn: on };
  const projected = projectLesions(course, on);
  const reasoning = [...projected.reasoning];
  if (projected.lesions) {
    presentation.lesions = projected.lesions.map((p) => stripStatus(p.lesion));
    reasoning.push(
      "lesion status stripped (a presentation carries none); a lesion without modality takes its study's",
    );
  }
  const wb = projected.wholeBodyStudy;
  if (wb) {
    const modality = wb.modality === "bone-scan" ? "bone-scan" : "whole-body-mri";
    presentation.wholeBodyImaging = { performed: true, modality, on: wb.date };
    reasoning.push(`whole-body imaging: performed ${wb.date}, study modality ${wb.modality} → ${modality}`);
  }
  const labs = projectLabs(course, on, reasoning);
  if (labs) presentation.labs = labs;
  applyVisit(presentation, course, on, reasoning);
  applyConditions(presentation, course, on, reasoning);
  applyCarried(presentation, course, on, reasoning);
  return { presentation, reasoning };
}
