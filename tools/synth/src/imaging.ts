/**
 * Imaging studies of a course (D1/D3 (docs/clinical/conventions.md#appendix-for-maintainers)): what each modality shows of the lesions alive on
 * the study date, and the entered lesion status of course studies: `new` the first time a bone is
 * seen, `persistent-improved|stable|worsened` after, `resolved` once on the first whole-body study
 * after it healed (then no longer listed).
 */
import type { CourseInput, ImagingFinding, LesionStatus, Modality } from "@cno-atlas/clinical";
import type { LesionState } from "./lesions.ts";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";

export type ImagingStudyInput = CourseInput["imagingStudies"][number];
export type StudyLesionInput = ImagingStudyInput["lesions"][number];

export interface StudyContext {
  rng: Random;
  P: ParameterValues;
  day: number;
  date: string;
  /** The child has pain from active lesions today (symptomatic is then recorded). */
  clinicallyActive: boolean;
}

export function isAlive(lesion: LesionState, day: number): boolean {
  return lesion.appearsOn <= day && day < lesion.resolvesOn;
}

function collapsed(lesion: LesionState, day: number): boolean {
  return lesion.collapseOn !== undefined && lesion.collapseOn <= day;
}

/** Findings a modality shows of a live lesion; an empty list means this modality does not see it. */
function findingsOn(lesion: LesionState, modality: Modality, day: number): ImagingFinding[] {
  const collapse: ImagingFinding[] = collapsed(lesion, day) ? ["vertebral-collapse"] : [];
  switch (modality) {
    case "mri-stir":
    case "whole-body-mri":
      return ["bone-marrow-edema", ...lesion.mriExtras, ...collapse];
    case "bone-scan":
      return ["increased-uptake"];
    case "x-ray":
    case "ct":
      return [...lesion.xrayFindings, ...collapse];
    case "clinical":
      return [];
  }
}

function persistentStatus(ctx: StudyContext, lesion: LesionState): LesionStatus {
  if (Number.isFinite(lesion.resolvesOn)) return "persistent-improved";
  return ctx.rng.bernoulli(ctx.P.worsenedShareUnresponsive) ? "persistent-worsened" : "persistent-stable";
}

function entry(
  lesion: LesionState,
  findings: ImagingFinding[],
  status: LesionStatus | undefined,
  symptomatic: boolean | undefined,
): StudyLesionInput {
  const { site, side, segment, end, part, subsite } = lesion.bone;
  const out: StudyLesionInput = { site };
  if (side !== undefined) out.side = side;
  if (segment !== undefined) out.segment = segment;
  if (end !== undefined) out.end = end;
  if (part !== undefined) out.part = part;
  if (subsite !== undefined) out.subsite = subsite;
  if (findings.length > 0) out.findings = findings;
  if (symptomatic !== undefined) out.symptomatic = symptomatic;
  if (status !== undefined) out.status = status;
  return out;
}

/**
 * A whole-body study: every live lesion, plus once each lesion that healed since it was last seen.
 * A bone that flared again before any study saw it heal reads as persistent-worsened.
 */
export function wholeBodyStudy(
  ctx: StudyContext,
  modality: Modality,
  lesions: readonly LesionState[],
): ImagingStudyInput {
  const alive = lesions.filter((l) => isAlive(l, ctx.day));
  const aliveKeys = new Set(alive.map((l) => l.key));
  const healedKeys = new Set(
    lesions.filter((l) => l.reported === "present" && !isAlive(l, ctx.day)).map((l) => l.key),
  );
  const listed: StudyLesionInput[] = [];
  for (const lesion of lesions) {
    if (isAlive(lesion, ctx.day)) {
      const status =
        lesion.reported === "present"
          ? persistentStatus(ctx, lesion)
          : healedKeys.has(lesion.key)
            ? "persistent-worsened"
            : "new";
      const symptomatic = ctx.clinicallyActive && lesion.symptomatic;
      listed.push(entry(lesion, findingsOn(lesion, modality, ctx.day), status, symptomatic));
      lesion.reported = "present";
    } else if (lesion.reported === "present" && lesion.resolvesOn <= ctx.day) {
      lesion.reported = "resolved";
      if (aliveKeys.has(lesion.key)) continue; // the same bone is listed as live above
      const residual: ImagingFinding[] = collapsed(lesion, ctx.day) ? ["vertebral-collapse"] : [];
      listed.push(entry(lesion, residual, "resolved", undefined));
    }
  }
  return { date: ctx.date, modality, wholeBody: true, lesions: listed };
}

/**
 * A focal study of chosen lesions. MRI lists every chosen live lesion with a status; a radiograph lists
 * only lesions it shows, without a status (a normal film is a study with `lesions: []`).
 */
export function focalStudy(
  ctx: StudyContext,
  modality: Modality,
  targets: readonly LesionState[],
): ImagingStudyInput {
  const listed: StudyLesionInput[] = [];
  for (const lesion of targets) {
    if (!isAlive(lesion, ctx.day)) continue;
    const findings = findingsOn(lesion, modality, ctx.day);
    if (findings.length === 0) continue;
    const mri = modality === "mri-stir";
    const status = mri ? (lesion.reported === "present" ? persistentStatus(ctx, lesion) : "new") : undefined;
    listed.push(entry(lesion, findings, status, ctx.clinicallyActive && lesion.symptomatic));
    lesion.reported = "present";
  }
  return { date: ctx.date, modality, wholeBody: false, lesions: listed };
}
