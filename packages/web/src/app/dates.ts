/**
 * Every date the chart shows or compares goes through date-fns (no hand-written date maths). The
 * API speaks ISO calendar dates (YYYY-MM-DD); parseISO reads them as local midnight, and the tests
 * pin TZ=UTC so screenshots and axes do not move with the machine's zone.
 */
import {
  addMonths,
  compareAsc,
  differenceInYears,
  format,
  formatDistanceStrict,
  isAfter,
  parseISO,
  subMonths,
} from "date-fns";

export const isoToday = (): string => format(new Date(), "yyyy-MM-dd");

/** "12 Apr 2020": day first and the month in words, unambiguous across locales. */
export const showDate = (iso: string): string => format(parseISO(iso), "d MMM yyyy");

/** "Apr 2020", for axis ticks. */
export const showMonth = (time: number): string => format(time, "MMM yyyy");

export const timeOf = (iso: string): number => parseISO(iso).getTime();

export const isoOf = (time: number): string => format(time, "yyyy-MM-dd");

export const onOrBefore = (date: string, limit: string): boolean => !isAfter(parseISO(date), parseISO(limit));

export const ageInYears = (birthDate: string, on: string): number =>
  differenceInYears(parseISO(on), parseISO(birthDate));

/** "5 months", "2 years": how far apart two dates are, for "overdue by …". */
export const distanceBetween = (from: string, to: string): string =>
  formatDistanceStrict(parseISO(from), parseISO(to));

/** Oldest first, for sorting ISO dates. */
export const byDate = (a: string, b: string): number => compareAsc(parseISO(a), parseISO(b));

/** A month either side: a record with one event still gets an axis with some width. */
export const monthBefore = (time: number): number => subMonths(time, 1).getTime();
export const monthAfter = (time: number): number => addMonths(time, 1).getTime();
