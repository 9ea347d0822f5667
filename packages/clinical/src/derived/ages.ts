import type { Presentation } from "../schema/presentation.ts";
import { addDays, calendarAge, DAYS_PER_YEAR, daysBetween, round2 } from "./dates.ts";
import { type Fact, fact } from "./fact.ts";

/**
 * D4: age and duration conflicts worth a warning. Ages from a birth date are calendar ages (D11);
 * spans without a birthday (durations, reported ages) are days ÷ 365.25.
 */
const AGE_CONFLICT_YEARS = 0.5;
const DURATION_CONFLICT_WEEKS = 2;

interface Candidate {
  value: number;
  how: string;
  fromDates: boolean;
}

/** First candidate by the D4 order; on a conflict > tolerance, dates win and a warning names it. */
function choose(candidates: Candidate[], tolerance: number, what: string, unit: string, warnings: string[]) {
  const primary = candidates[0];
  if (!primary) return null;
  const conflicting = candidates.filter((c) => Math.abs(c.value - primary.value) > tolerance);
  if (conflicting.length === 0) return primary;
  const chosen = primary.fromDates ? primary : (candidates.find((c) => c.fromDates) ?? primary);
  const all = candidates.map((c) => `${round2(c.value)} ${unit} (${c.how})`).join(" vs ");
  warnings.push(`${what}: inputs disagree by more than ${tolerance} ${unit}: ${all}; using ${chosen.how}.`);
  return chosen;
}

export function symptomDuration(p: Presentation, warnings: string[]): Fact<number | null> {
  const candidates: Candidate[] = [];
  if (p.symptomOnset) {
    candidates.push({
      value: daysBetween(p.symptomOnset, p.assessedOn) / 7,
      how: `symptom onset ${p.symptomOnset} to ${p.assessedOn}`,
      fromDates: true,
    });
  }
  if (p.symptomDurationWeeks !== undefined) {
    candidates.push({ value: p.symptomDurationWeeks, how: "reported duration", fromDates: false });
  }
  const chosen = choose(candidates, DURATION_CONFLICT_WEEKS, "Symptom duration", "weeks", warnings);
  return chosen
    ? fact(chosen.value, `${round2(chosen.value)} weeks, from ${chosen.how}`)
    : fact(null, "no symptom onset date and no reported duration");
}

export function ageAtOnset(
  p: Presentation,
  durationWeeks: number | null,
  warnings: string[],
): Fact<number | null> {
  const birth = p.patient?.birthDate;
  const candidates: Candidate[] = [];
  if (birth && p.symptomOnset) {
    candidates.push({
      value: calendarAge(birth, p.symptomOnset),
      how: "birth date to symptom onset",
      fromDates: true,
    });
  }
  if (p.patient?.ageAtOnsetYears !== undefined) {
    candidates.push({ value: p.patient.ageAtOnsetYears, how: "reported age at onset", fromDates: false });
  }
  if (birth && durationWeeks !== null) {
    candidates.push({
      value: calendarAge(birth, addDays(p.assessedOn, -Math.round(durationWeeks * 7))),
      how: "birth date to assessment minus symptom duration",
      fromDates: true,
    });
  }
  if (p.patient?.ageAtPresentationYears !== undefined && durationWeeks !== null) {
    candidates.push({
      value: p.patient.ageAtPresentationYears - (durationWeeks * 7) / DAYS_PER_YEAR,
      how: "age at presentation minus symptom duration",
      fromDates: false,
    });
  }
  const chosen = choose(candidates, AGE_CONFLICT_YEARS, "Age at onset", "years", warnings);
  return chosen
    ? fact(Math.max(0, chosen.value), `${round2(chosen.value)} years, from ${chosen.how}`)
    : fact(null, "no birth date or reported age to derive the age at onset from");
}

export function ageAtAssessment(
  p: Presentation,
  onset: number | null,
  durationWeeks: number | null,
  warnings: string[],
): Fact<number | null> {
  const candidates: Candidate[] = [];
  const birth = p.patient?.birthDate;
  if (birth) {
    candidates.push({
      value: calendarAge(birth, p.assessedOn),
      how: "birth date to assessment",
      fromDates: true,
    });
  }
  if (p.patient?.ageAtPresentationYears !== undefined) {
    candidates.push({
      value: p.patient.ageAtPresentationYears,
      how: "reported age at presentation",
      fromDates: false,
    });
  }
  if (onset !== null && durationWeeks !== null) {
    candidates.push({
      value: onset + (durationWeeks * 7) / DAYS_PER_YEAR,
      how: "age at onset plus symptom duration",
      fromDates: false,
    });
  }
  const chosen = choose(candidates, AGE_CONFLICT_YEARS, "Age at assessment", "years", warnings);
  return chosen
    ? fact(chosen.value, `${round2(chosen.value)} years, from ${chosen.how}`)
    : fact(null, "no birth date or reported age to derive the age at assessment from");
}
