/**
 * A CNO course over years (D1 (docs/clinical/conventions.md#course-projection) Course; D10): a baseline visit with its work-up, then
 * visits 3-monthly while the registry calls the disease active and 6-monthly in remission, plus
 * unscheduled visits for flares, vertebral collapses and other worries; whole-body MRI at baseline,
 * ~3 months after a treatment change, ~12-monthly and at flares (docs/clinical/monitoring.md#local-surveillance-template); treatment
 * escalation with responses (treatment.ts); waxing and waning (disease.ts).
 */
import type { Condition, CourseInput } from "@cno-atlas/clinical";
import { FollowUp } from "./follow-up.ts";
import { focalStudy } from "./imaging.ts";
import type { LabProfile } from "./labs.ts";
import { drawCnoLesions } from "./lesions.ts";
import type { ParameterValues } from "./parameters.ts";
import { drawCnoPatient, type PatientTimeline } from "./patient.ts";
import type { Random } from "./random.ts";
import { type Calendar, DAYS_PER_YEAR } from "./synthetic-dates.ts";
import type { Line } from "./treatment.ts";
import { baselineWorkup, drawConditions, drawInflammation, type Inflammation } from "./workup.ts";

export interface CnoTruth {
  kind: "cno";
  sex: PatientTimeline["sex"];
  onsetAgeYears: number;
  diagnosticDelayMonths: number;
  multifocal: boolean;
  boneCount: number;
  symmetric: boolean;
  spine: boolean;
  clavicle: boolean;
  feverAtPresentation: boolean;
  inflammation: Inflammation;
  hlaB27Positive: boolean;
  wholeBodyImagingAtBaseline: boolean;
  coexistingConditions: Condition[];
  flares: number;
  silentRelapses: number;
  highestLine: Line;
}

export interface BuiltCourse<T> {
  truth: T;
  course: CourseInput;
  /** The registry baseline (first visit) and the last visit, ISO dates. */
  firstVisit: string;
  lastVisit: string;
}

export function buildCnoCourse(
  rng: Random,
  P: ParameterValues,
  calendar: Calendar,
  profile: LabProfile,
): BuiltCourse<CnoTruth> {
  const patient = drawCnoPatient(rng, P);
  const start = patient.presentationDay;
  const pattern = drawCnoLesions(rng, P, patient.onsetDay, start);
  const boneCount = pattern.lesions.length; // the list grows with relapses
  const hlaB27 = rng.bernoulli(P.hlaB27PositiveShare);
  const conditions = drawConditions(rng, P, start, patient.cutoffDay);
  const fever = rng.bernoulli(P.feverShare);
  const inflammation = drawInflammation(rng, P);
  const solo = pattern.lesions.length === 1 && pattern.lesions[0]?.bone.site !== "clavicle";
  const workup = baselineWorkup(rng, P, inflammation, fever, solo);
  const c = new FollowUp(rng, P, calendar, profile, patient, pattern, conditions, hlaB27);

  if (rng.bernoulli(P.preDiagnosisXrayShare)) {
    // [CONV] the film is taken between a fifth and nine tenths of the way from onset to referral.
    const day = patient.onsetDay + Math.floor(rng.uniform(0.2, 0.9) * (start - patient.onsetDay));
    const painful = c.disease
      .live(day)
      .filter((l) => l.symptomatic)
      .slice(0, 1);
    c.studies.push(
      focalStudy({ rng, P, day, date: calendar.iso(day), clinicallyActive: true }, "x-ray", painful),
    );
  }
  c.visit(start, "baseline", false, workup.labs, fever);
  const wholeBodyAtBaseline = c.studies.at(-1)?.wholeBody === true;
  let day = start;
  let otherVisit = start + Math.round(rng.exponential(P.otherUnscheduledVisitsPerYear) * DAYS_PER_YEAR);
  for (;;) {
    const next = c.next(day, otherVisit);
    if (next.day > patient.cutoffDay) break;
    if (next.day >= otherVisit)
      otherVisit = next.day + Math.round(rng.exponential(P.otherUnscheduledVisitsPerYear) * DAYS_PER_YEAR);
    const febrile = next.kind === "flare" && rng.bernoulli(P.feverShare);
    c.visit(next.day, next.kind, next.collapse, {}, febrile);
    day = next.day;
  }

  const noted = conditions.filter((x) => x.day <= patient.cutoffDay);
  const course: CourseInput = {
    patient: { sex: patient.sex, birthDate: calendar.iso(patient.birthDay) },
    symptomOnset: calendar.iso(patient.onsetDay),
    diagnosisDate: calendar.iso(start),
    ...(noted.length > 0
      ? { coexistingConditions: noted.map((x) => ({ condition: x.condition, notedOn: calendar.iso(x.day) })) }
      : {}),
    visits: c.visits,
    imagingStudies: c.studies,
    treatments: c.treatments.treatments,
    ...(workup.bloodCulture
      ? { bloodCultures: [{ date: calendar.iso(start), result: "negative" as const }] }
      : {}),
    ...(workup.biopsy ? { biopsy: workup.biopsy } : {}),
    ...(workup.mimicWorkup ? { mimicWorkup: workup.mimicWorkup } : {}),
  };
  const truth: CnoTruth = {
    kind: "cno",
    sex: patient.sex,
    onsetAgeYears: patient.onsetAgeYears,
    diagnosticDelayMonths: patient.delayMonths,
    multifocal: pattern.multifocal,
    boneCount,
    symmetric: pattern.symmetric,
    spine: pattern.spine,
    clavicle: pattern.clavicle,
    feverAtPresentation: fever,
    inflammation,
    hlaB27Positive: hlaB27,
    wholeBodyImagingAtBaseline: wholeBodyAtBaseline,
    coexistingConditions: noted.map((x) => x.condition),
    flares: c.disease.flares,
    silentRelapses: c.disease.silentRelapses,
    highestLine: c.highestLine,
  };
  return {
    truth,
    course,
    firstVisit: calendar.iso(start),
    lastVisit: c.visits.at(-1)?.date ?? calendar.iso(start),
  };
}
