/**
 * Who the child is and when things happened: sex, age at onset, diagnostic delay (docs/clinical/epidemiology.md#demographics,
 * docs/clinical/epidemiology.md#generator-defaults) and the registry dates that follow (days from the epoch, synthetic-dates.ts).
 */
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from "./synthetic-dates.ts";

export type Sex = "female" | "male";

export interface PatientTimeline {
  sex: Sex;
  birthDay: number;
  onsetDay: number;
  /** The registry baseline visit: diagnosis (CNO) or first presentation (mimic). */
  presentationDay: number;
  /** The data cut-off: no visit after it. */
  cutoffDay: number;
  /** (onset − birth) ÷ 365.25 on the recorded dates, as D4 (docs/clinical/conventions.md#derived-facts) computes it. */
  onsetAgeYears: number;
  /** (presentation − onset) in months of 365.25/12 days. */
  delayMonths: number;
}

/** Days from the epoch to the data cut-off. */
export function cutoffDay(P: ParameterValues): number {
  return Math.round(P.dataCutoffYears * DAYS_PER_YEAR);
}

/** Place a child's onset and presentation in registry time, given age at onset and delay. */
export function timeline(
  rng: Random,
  P: ParameterValues,
  sex: Sex,
  onsetAgeYears: number,
  delayDays: number,
): PatientTimeline {
  const presentationDay = Math.floor(rng.uniform(0, P.diagnosisWindowYears * DAYS_PER_YEAR));
  const onsetDay = presentationDay - Math.max(1, Math.round(delayDays));
  const birthDay = onsetDay - Math.round(onsetAgeYears * DAYS_PER_YEAR);
  return {
    sex,
    birthDay,
    onsetDay,
    presentationDay,
    cutoffDay: cutoffDay(P),
    onsetAgeYears: (onsetDay - birthDay) / DAYS_PER_YEAR,
    delayMonths: (presentationDay - onsetDay) / DAYS_PER_MONTH,
  };
}

/** A child with CNO: sex (Eurofever), onset age (Jansson 2007 IQR, truncated), delay (Wipff 2013). */
export function drawCnoPatient(rng: Random, P: ParameterValues): PatientTimeline {
  const sex: Sex = rng.bernoulli(P.femaleShare) ? "female" : "male";
  const { min, max } = P.onsetAgeRangeYears;
  const onsetAge = rng.truncatedNormal(P.onsetAgeMeanYears, P.onsetAgeSdYears, min, max);
  const delay = P.delayRangeMonths;
  const delayMonths = rng.truncatedLogNormal(P.delayLogMeanMonths, P.delayLogSdMonths, delay.min, delay.max);
  return timeline(rng, P, sex, onsetAge, delayMonths * DAYS_PER_MONTH);
}

/** Age in decimal years on a day (D4: days ÷ 365.25). */
export function ageOn(patient: PatientTimeline, day: number): number {
  return (day - patient.birthDay) / DAYS_PER_YEAR;
}
