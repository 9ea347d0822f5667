/**
 * `presentationAsOf(course, on)`: the one projection of a course onto a presentation at a date
 * (D1 (docs/clinical/conventions.md#course-projection) [CONV], amended by D11). The API, the synthetic data, the tests and `assessCourse`
 * all use it, and every choice it makes is written to `reasoning`, which assessCourse puts in
 * `derived.projection`. `projectCourse` also hands back what only a course knows (CourseFacts), so
 * assessCourse projects once per date and every course instrument reads the same projection.
 */
import type { CourseFacts } from "../evaluation/context.ts";
import type { Course, ImagingStudy, Visit } from "../schema/course.ts";
import type { LabResult } from "../schema/lab-result.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Presentation } from "../schema/presentation.ts";
import type { Condition } from "../schema/vocabulary.ts";
import { projectAges } from "./course-ages.ts";
import { latestUpTo, latestVisit, siteSideKey, studiesUpTo } from "./course-records.ts";
import { type ProjectedLesion, projectLesions } from "./project-lesions.ts";

export {
  boneOf,
  isMri,
  isWholeBodyStudy,
  latestUpTo,
  latestVisit,
  siteSideKey,
  studiesUpTo,
  studyName,
} from "./course-records.ts";
export { type LesionProjection, type ProjectedLesion, projectLesions } from "./project-lesions.ts";

/** A course seen on one date: computed once, read by the evaluation, every course instrument and the reminders. */
export interface CourseProjection {
  course: Course;
  on: string;
  presentation: Presentation;
  reasoning: string[];
  /** Studies on or before the date, oldest first. */
  studies: ImagingStudy[];
  latestVisit: Visit | undefined;
  /** Projected lesions with their studies; `undefined` before any imaging. */
  lesions: ProjectedLesion[] | undefined;
  wholeBodyStudy: ImagingStudy | undefined;
  facts: CourseFacts;
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

/** D1/D11: the course on a date — its presentation, every choice made, and what only a course knows. */
export function projectCourse(course: Course, on: string): CourseProjection {
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
  const ages = projectAges(course, on);
  presentation.patient = ages.patient;
  reasoning.push(...ages.reasoning);
  applyCarried(presentation, course, on, reasoning);
  return {
    course,
    on,
    presentation,
    reasoning,
    studies: studiesUpTo(course, on),
    latestVisit: latestVisit(course, on),
    lesions: projected.lesions,
    wholeBodyStudy: wb,
    facts: {
      firstSeen: projected.firstSeen,
      radiographs: projected.radiographs,
      ageApproximate: ages.approximate,
    },
  };
}

/** A course's projections, each date projected once however many readers ask for it. */
export interface CourseProjections {
  course: Course;
  at(date: string): CourseProjection;
}

export function courseProjections(course: Course): CourseProjections {
  const cache = new Map<string, CourseProjection>();
  return {
    course,
    at(date) {
      const cached = cache.get(date);
      if (cached) return cached;
      const projection = projectCourse(course, date);
      cache.set(date, projection);
      return projection;
    },
  };
}

/** D1 (docs/clinical/conventions.md#course-projection): the presentation a course amounts to on a date, and every choice made. */
export function presentationAsOf(
  course: Course,
  on: string,
): { presentation: Presentation; reasoning: string[] } {
  const { presentation, reasoning } = projectCourse(course, on);
  return { presentation, reasoning };
}
