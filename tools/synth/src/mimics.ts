/**
 * Mimic patients (D10 (docs/clinical/conventions.md#registry): 10 % by default): children referred as possible CNO who have
 * leukaemia, bacterial osteomyelitis, scurvy, hypophosphatasia, LCH or Ewing sarcoma (docs/clinical/sources.md
 * docs/clinical/red-flags.md). A short course: the presentation with its work-up and imaging, then a few 3-monthly visits
 * (the physician global stays ≥ 1, so the registry calls them active, D10) before referral out.
 */
import type { CourseInput, Sign } from "@cno-atlas/clinical";
import type { BuiltCourse } from "./course.ts";
import { focalStudy, type ImagingStudyInput, type StudyContext, wholeBodyStudy } from "./imaging.ts";
import { hypophosphatasia, osteomyelitis, scurvy } from "./infective-metabolic-mimics.ts";
import type { LabProfile } from "./labs.ts";
import { type LesionState, newLesion } from "./lesions.ts";
import { ewing, lch, leukaemia } from "./malignant-mimics.ts";
import type { MimicKind } from "./mimic-parameters.ts";
import type { Draw, MimicPicture } from "./mimic-picture.ts";
import type { ParameterValues } from "./parameters.ts";
import { ageOn, timeline } from "./patient.ts";
import type { Random } from "./random.ts";
import { followedAsActive } from "./registry-activity.ts";
import { pairedKey } from "./skeleton.ts";
import type { Calendar } from "./synthetic-dates.ts";
import { type VisitInput, visitRecord } from "./visits.ts";

export { MIMIC_KINDS, type MimicKind } from "./mimic-parameters.ts";

export interface MimicTruth {
  kind: "mimic";
  mimic: MimicKind;
  /** The D7 red-flag group this mimic's features should fire. */
  redFlagGroup: MimicPicture["group"];
  sex: MimicPicture["sex"];
  onsetAgeYears: number;
  boneCount: number;
  feverAtPresentation: boolean;
  workupConfirmed: boolean;
}

const WORKUP_KEY = {
  leukaemia: "malignancy",
  "bacterial-osteomyelitis": "infection",
  scurvy: "vitaminCDeficiency",
  hypophosphatasia: "hypophosphatasia",
  "langerhans-cell-histiocytosis": "malignancy",
  "ewing-sarcoma": "malignancy",
} as const satisfies Record<MimicKind, keyof NonNullable<CourseInput["mimicWorkup"]>>;

const MIMIC_PICTURES: Readonly<Record<MimicKind, Draw>> = {
  leukaemia,
  "bacterial-osteomyelitis": osteomyelitis,
  scurvy,
  hypophosphatasia,
  "langerhans-cell-histiocytosis": lch,
  "ewing-sarcoma": ewing,
};

function lesionsOf(rng: Random, P: ParameterValues, picture: MimicPicture, onsetDay: number): LesionState[] {
  return picture.bones.map(({ bone, mri, xray, collapse }) => {
    const lesion = newLesion(rng, P, bone, onsetDay);
    lesion.key = pairedKey(bone);
    lesion.symptomatic = true;
    lesion.mriExtras = mri;
    lesion.xrayFindings = xray;
    if (collapse) lesion.collapseOn = onsetDay;
    return lesion;
  });
}

export function buildMimicCourse(
  rng: Random,
  P: ParameterValues,
  calendar: Calendar,
  profile: LabProfile,
): BuiltCourse<MimicTruth> {
  const mimic = rng.categorical(P.mimicWeights);
  const picture = MIMIC_PICTURES[mimic](rng, P);
  const delayDays = rng.uniform(P.mimicDelayWeeks.min, P.mimicDelayWeeks.max) * 7;
  const patient = timeline(rng, P, picture.sex, picture.ageYears, delayDays);
  const start = patient.presentationDay;
  const date = calendar.iso(start);
  const lesions = lesionsOf(rng, P, picture, patient.onsetDay);

  const ctx: StudyContext = { rng, P, day: start, date, clinicallyActive: true };
  // MRI of everything, a radiograph of the most painful bone. The projection (D1) overlays a same-day
  // focal study on a whole-body one, and same-day focal studies in listed order: the radiograph goes
  // after a whole-body MRI (its bands or punched-out lesion must show) but before a focal MRI (whose
  // abscess or cortical destruction must not be replaced by the film).
  const mri = picture.wholeBody
    ? wholeBodyStudy(ctx, "whole-body-mri", lesions)
    : focalStudy(ctx, "mri-stir", lesions);
  const filmed = lesions.filter((l) => l.xrayFindings.length > 0).slice(0, 1);
  const film = filmed.length > 0 ? [focalStudy(ctx, "x-ray", filmed)] : [];
  const studies: ImagingStudyInput[] = picture.wholeBody ? [mri, ...film] : [...film, mri];

  const visits: VisitInput[] = [];
  let activity = rng.uniform(P.mimicSeverityRange.min, P.mimicSeverityRange.max);
  let day = start;
  const followUps = rng.int(P.mimicFollowUpVisits.min, P.mimicFollowUpVisits.max);
  for (let i = 0; i <= followUps && day <= patient.cutoffDay; i++) {
    const first = i === 0;
    visits.push(
      visitRecord(rng, P, profile, {
        kind: first ? "baseline" : "scheduled",
        date: calendar.iso(day),
        ageYears: ageOn(patient, day),
        sex: patient.sex,
        activity,
        radiologicalActivity: false,
        fever: first && picture.fever,
        signs: picture.signs as Sign[],
        tender: lesions,
        ...(first ? { labs: picture.labs } : {}),
        chaq: rng.bernoulli(P.chaqShare),
      }),
    );
    const months = followedAsActive(visits.at(-1), studies, calendar.iso(day))
      ? P.visitMonthsWhileActive
      : P.visitMonthsInRemission;
    day = calendar.addMonths(day, months);
    activity = Math.max(0.15, activity * P.mimicImprovementPerVisit);
  }

  const confirmed = rng.bernoulli(P.mimicWorkupConfirmedShare);
  const course: CourseInput = {
    patient: { sex: patient.sex, birthDate: calendar.iso(patient.birthDay) },
    symptomOnset: calendar.iso(patient.onsetDay),
    visits,
    imagingStudies: studies,
    treatments: picture.treatment ? [{ ...picture.treatment, start: date }] : [],
    ...(picture.bloodCulture ? { bloodCultures: [{ date, result: picture.bloodCulture }] } : {}),
    ...(picture.biopsy ? { biopsy: picture.biopsy } : {}),
    ...(confirmed ? { mimicWorkup: { [WORKUP_KEY[mimic]]: "confirmed" as const } } : {}),
    ...(picture.antibioticResponse ? { antibioticResponse: picture.antibioticResponse } : {}),
  };
  const truth: MimicTruth = {
    kind: "mimic",
    mimic,
    redFlagGroup: picture.group,
    sex: patient.sex,
    onsetAgeYears: patient.onsetAgeYears,
    boneCount: lesions.length,
    feverAtPresentation: picture.fever,
    workupConfirmed: confirmed,
  };
  return { truth, course, firstVisit: date, lastVisit: visits.at(-1)?.date ?? date };
}
