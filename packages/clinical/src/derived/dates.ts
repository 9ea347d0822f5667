/** Whole days between two ISO dates (UTC, so no daylight-saving drift). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Decimal years for spans that are not anchored on a birthday (symptom durations, ages carried from an
 * anchor date): days ÷ 365.25 (D4 (docs/clinical/conventions.md#derived-facts), D11).
 */
export const DAYS_PER_YEAR = 365.25;

export function yearsBetween(from: string, to: string): number {
  return daysBetween(from, to) / DAYS_PER_YEAR;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The birthday in a given year; a 29 February birthday falls on 1 March in common years. */
function birthdayIn(birth: string, year: number): string {
  const monthDay = birth.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const shown = monthDay === "02-29" && !leap ? "03-01" : monthDay;
  return `${String(year).padStart(4, "0")}-${shown}`;
}

/** Completed years on a date: the 18th birthday itself is 18 (D11 (docs/clinical/conventions.md#appendix-for-maintainers)). */
export function completedYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on < birthdayIn(birth, Number(on.slice(0, 4))) ? years - 1 : years;
}

/**
 * Age from a birth date by the calendar: completed years plus the share of the current birthday year
 * that has passed, in days. So thresholds at 0.5, 1, 3, 4 and 18 years fall on the right day, which
 * days ÷ 365.25 does not guarantee (D11 (docs/clinical/conventions.md#appendix-for-maintainers)).
 */
export function calendarAge(birth: string, on: string): number {
  const years = completedYears(birth, on);
  const start = Number(birth.slice(0, 4)) + years;
  const last = birthdayIn(birth, start);
  const next = birthdayIn(birth, start + 1);
  return years + daysBetween(last, on) / daysBetween(last, next);
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
