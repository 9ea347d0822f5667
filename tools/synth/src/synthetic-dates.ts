/**
 * Dates of the synthetic cohort: whole days counted from a fixed epoch (D10 (docs/clinical/conventions.md#registry): 2015-01-01),
 * never from the wall clock. Day 0 is the epoch; negative days lie before it (birth dates, onsets).
 * Conversions are integer civil-calendar arithmetic (proleptic Gregorian, UTC): exact and fast.
 */
export const DEFAULT_EPOCH = "2015-01-01";
export const DAYS_PER_YEAR = 365.25; // D4 (docs/clinical/conventions.md#derived-facts): ages are days ÷ 365.25
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function parse(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** Days since 1970 plus whole calendar months, the day clamped to the month's end. */
function addMonthsToDays(days: number, months: number): number {
  const [y, m, d] = civilFromDays(days);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

export function dateToMs(isoDate: string): number {
  const [y, m, d] = parse(isoDate);
  return daysFromCivil(y, m, d) * MS_PER_DAY;
}

/**
 * Calendar months as the registry's reminders count them (the 31st clamps to the month's end), so the
 * synthetic 3- and 6-monthly visits fall exactly where the follow-up reminder expects them.
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = parse(isoDate);
  return format(addMonthsToDays(daysFromCivil(y, m, d), months));
}

/** Days counted from a fixed epoch, and back. */
export class Calendar {
  readonly epoch: string;
  readonly #epochDays: number;

  constructor(epoch: string = DEFAULT_EPOCH) {
    this.epoch = epoch;
    this.#epochDays = dateToMs(epoch) / MS_PER_DAY;
  }

  iso(day: number): string {
    return format(this.#epochDays + Math.round(day));
  }

  day(isoDate: string): number {
    return dateToMs(isoDate) / MS_PER_DAY - this.#epochDays;
  }

  ms(day: number): number {
    return (this.#epochDays + Math.round(day)) * MS_PER_DAY;
  }

  /** `day` plus whole calendar months. */
  addMonths(day: number, months: number): number {
    return addMonthsToDays(this.#epochDays + day, months) - this.#epochDays;
  }
}
