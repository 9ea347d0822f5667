/**
 * The waxing and waning of CNO in one child: episodes of activity that end in remission when a
 * treatment works (docs/clinical/treatment.md#bisphosphonates: MRI resolution after 2–12 months), relapses in remission — most
 * clinically silent (Beck 2010) — and new lesions while a treatment is not working. Days count from
 * the epoch; nothing here writes records, course.ts reads this state at each visit.
 */
import { regionOf } from "@cno-atlas/clinical";
import { flareBone, type LesionState, newLesion } from "./lesions.ts";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from "./synthetic-dates.ts";

export interface Relapse {
  day: number;
  silent: boolean;
}

export class Disease {
  readonly lesions: LesionState[];
  severity: number;
  /** First day of clinical remission of the current episode; Infinity while no treatment works. */
  remissionOn = Number.POSITIVE_INFINITY;
  /** The day the working treatment started (activity falls from here to remission). */
  responseStart = 0;
  relapse: Relapse | undefined;
  flares = 0;
  silentRelapses = 0;
  #nextNewLesion = Number.POSITIVE_INFINITY;
  readonly #rng: Random;
  readonly #P: ParameterValues;

  constructor(rng: Random, P: ParameterValues, lesions: LesionState[]) {
    this.#rng = rng;
    this.#P = P;
    this.lesions = lesions;
    this.severity = rng.uniform(P.severityRange.min, P.severityRange.max);
  }

  clinicallyActive(day: number): boolean {
    return day < this.remissionOn;
  }

  /** Activity 0–1: the episode's severity, falling linearly once a treatment works. */
  activity(day: number): number {
    if (!this.clinicallyActive(day)) return 0;
    if (!Number.isFinite(this.remissionOn) || day < this.responseStart) return this.severity;
    const left = (this.remissionOn - day) / (this.remissionOn - this.responseStart);
    return this.severity * Math.max(0.15, left);
  }

  live(day: number): LesionState[] {
    return this.lesions.filter((l) => l.appearsOn <= day && day < l.resolvesOn);
  }

  /** A vertebral collapse still to come, after `day`. */
  pendingCollapse(day: number): LesionState | undefined {
    return this.lesions.find((l) => l.collapseOn !== undefined && l.collapseOn > day);
  }

  /** The treatment started on `day` works: remission after `months`; lesions heal around it. */
  respond(day: number, months: number): void {
    this.remissionOn = day + Math.max(30, Math.round(months * DAYS_PER_MONTH)); // at least a month [CONV]
    this.responseStart = day;
    this.#nextNewLesion = Number.POSITIVE_INFINITY;
    const collapse = this.pendingCollapse(day);
    if (collapse?.collapseOn !== undefined) {
      // A collapse belongs to active disease: bring it forward, at the latest halfway to remission [CONV].
      collapse.collapseOn = Math.min(collapse.collapseOn, day + Math.floor((this.remissionOn - day) / 2));
    }
    for (const lesion of this.live(day)) {
      if (Number.isFinite(lesion.resolvesOn)) continue;
      const { min, max } = this.#P.healingAroundRemissionDays;
      let heals = Math.max(day + 30, this.remissionOn + Math.round(this.#rng.uniform(min, max)));
      if (lesion.collapseOn !== undefined)
        heals = Math.max(heals, lesion.collapseOn + this.#P.collapseHealingDays);
      lesion.resolvesOn = heals;
    }
    this.#scheduleRelapse(this.remissionOn);
  }

  /** The treatment started on `day` does not work: activity stays, new lesions may appear. */
  fail(day: number): void {
    this.remissionOn = Number.POSITIVE_INFINITY;
    this.relapse = undefined;
    this.#nextNewLesion =
      day + Math.round(this.#rng.exponential(this.#P.newLesionsPerYearUnresponsive) * DAYS_PER_YEAR);
  }

  #scheduleRelapse(from: number): void {
    const wait = this.#rng.exponential(this.#P.relapsesPerYearInRemission) * DAYS_PER_YEAR;
    this.relapse = {
      day: from + Math.max(1, Math.round(wait)),
      silent: this.#rng.bernoulli(this.#P.silentRelapseShare),
    };
  }

  /** Everything that happens without a visit up to `day`: silent relapses, new lesions. */
  advance(day: number): void {
    while (this.relapse?.silent && this.relapse.day <= day) {
      const at = this.relapse.day;
      const lesion = newLesion(this.#rng, this.#P, flareBone(this.#rng, this.#P, this.lesions, at), at);
      lesion.symptomatic = false;
      const { min, max } = this.#P.silentLesionMonths;
      lesion.resolvesOn = at + Math.round(this.#rng.uniform(min, max) * DAYS_PER_MONTH);
      this.lesions.push(lesion);
      this.silentRelapses++;
      this.#scheduleRelapse(lesion.resolvesOn);
    }
    while (this.#nextNewLesion <= day) {
      const at = this.#nextNewLesion;
      this.lesions.push(newLesion(this.#rng, this.#P, flareBone(this.#rng, this.#P, this.lesions, at), at));
      this.#nextNewLesion =
        at + Math.round(this.#rng.exponential(this.#P.newLesionsPerYearUnresponsive) * DAYS_PER_YEAR);
    }
  }

  /** A clinical relapse on `day`: a new active episode with fresh or recurrent lesions. */
  flare(day: number): void {
    this.flares++;
    this.relapse = undefined;
    this.remissionOn = Number.POSITIVE_INFINITY;
    this.severity = this.#rng.uniform(this.#P.severityRange.min, this.#P.severityRange.max);
    const count = 1 + this.#rng.poisson(this.#P.flareExtraLesionsMean);
    for (let i = 0; i < count; i++) {
      const lesion = newLesion(this.#rng, this.#P, flareBone(this.#rng, this.#P, this.lesions, day), day);
      if (i === 0) lesion.symptomatic = true;
      this.lesions.push(lesion);
    }
  }

  spinalLesions(day: number): LesionState[] {
    return this.live(day).filter((l) => regionOf(l.bone.site) === "spine");
  }
}
