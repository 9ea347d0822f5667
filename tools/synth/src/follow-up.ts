/**
 * The follow-up of one child with CNO, visit by visit (D1 (docs/clinical/conventions.md#course-projection), D10; docs/clinical/treatment.md, docs/clinical/monitoring.md#local-surveillance-template):
 * at each visit, what the imaging shows, which treatment decision is taken, and what the visit
 * records; between visits, when the next one falls (6-monthly while the registry calls the disease
 * inactive, 3-monthly otherwise, earlier for a flare, a vertebral collapse or another worry; D11).
 */
import type { Condition } from "@cno-atlas/clinical";
import { Disease } from "./disease.ts";
import { focalStudy, type ImagingStudyInput, type StudyContext, wholeBodyStudy } from "./imaging.ts";
import type { LabPlan, LabProfile } from "./labs.ts";
import type { LesionPattern } from "./lesions.ts";
import type { ParameterValues } from "./parameters.ts";
import { ageOn, type PatientTimeline } from "./patient.ts";
import type { Random } from "./random.ts";
import { followedAsActive, showsOedema } from "./registry-activity.ts";
import { type Calendar, DAYS_PER_MONTH } from "./synthetic-dates.ts";
import { type Line, responseShare, TreatmentRecord, treatmentLines } from "./treatment.ts";
import { type VisitInput, type VisitKind, visitRecord } from "./visits.ts";
import { basicLabPlan, drawInflammation } from "./workup.ts";

const PERTINENT_NEGATIVES = ["hepatomegaly", "splenomegaly", "lymphadenopathy", "weight-loss"] as const;

export class FollowUp {
  readonly visits: VisitInput[] = [];
  readonly studies: ImagingStudyInput[] = [];
  readonly disease: Disease;
  readonly treatments: TreatmentRecord;
  readonly #lines: Line[];
  #line = 0;
  #lastEffectiveLine = 0;
  #highestLine = 0;
  #lastChange = 0;
  #lastWholeBody: number | undefined;
  #taperDay = Number.POSITIVE_INFINITY;
  #adverse: { line: Line; after: number } | undefined;

  constructor(
    readonly rng: Random,
    readonly P: ParameterValues,
    readonly calendar: Calendar,
    readonly profile: LabProfile,
    readonly patient: PatientTimeline,
    readonly pattern: LesionPattern,
    readonly conditions: readonly { condition: Condition; day: number }[],
    hlaB27: boolean,
  ) {
    this.disease = new Disease(rng, P, pattern.lesions);
    // Hedrich 2013: sulfasalazine when IBD, skin disease or HLA-B27 — from the day it is known.
    const skinOrBowel = conditions
      .filter((c) => c.condition !== "peripheral-arthritis" && c.condition !== "sacroiliitis")
      .map((c) => c.day);
    const from = hlaB27 ? patient.presentationDay : Math.min(...skinOrBowel);
    this.treatments = new TreatmentRecord(rng, P, Number.isFinite(from) ? calendar.iso(from) : undefined);
    this.#lines = treatmentLines(rng, P, pattern.spine);
  }

  get highestLine(): Line {
    return this.#lines[this.#highestLine] as Line;
  }

  #study(day: number): StudyContext {
    return {
      rng: this.rng,
      P: this.P,
      day,
      date: this.calendar.iso(day),
      clinicallyActive: this.disease.clinicallyActive(day),
    };
  }

  /** Start the line at `index` on `day` and decide whether it works (the last line always does). */
  #startLine(day: number, index: number): void {
    const P = this.P;
    this.#line = Math.min(index, this.#lines.length - 1);
    this.#highestLine = Math.max(this.#highestLine, this.#line);
    const line = this.#lines[this.#line] as Line;
    const last = this.#line === this.#lines.length - 1;
    const steroidEnd = this.calendar.iso(day + P.glucocorticoidCourseDays);
    this.treatments.startLine(line, this.calendar.iso(day), steroidEnd);
    this.#lastChange = day;
    if (this.rng.bernoulli(P.adverseEventShare)) this.#adverse = { line, after: day };
    if (last || this.rng.bernoulli(responseShare(P, line))) {
      const range = last ? P.lastLineMonthsToRemission : P.monthsToRemission;
      this.disease.respond(day, this.rng.uniform(range.min, range.max));
      this.#lastEffectiveLine = this.#line;
      this.#taperDay =
        this.disease.remissionOn +
        Math.round(
          this.rng.uniform(P.taperAfterRemissionMonths.min, P.taperAfterRemissionMonths.max) * DAYS_PER_MONTH,
        );
    } else {
      this.disease.fail(day);
      this.#taperDay = Number.POSITIVE_INFINITY;
    }
  }

  /**
   * The first treatment start or stop after the last WB-MRI, up to `day` (as the core's WB-MRI
   * reminder reads a "treatment change", docs/clinical/monitoring.md#local-surveillance-template).
   */
  #firstChangeSinceWholeBody(day: number): number | undefined {
    const since = this.#lastWholeBody === undefined ? "" : this.calendar.iso(this.#lastWholeBody);
    const until = this.calendar.iso(day);
    const dates = this.treatments.treatments.flatMap((t) => [t.start, t.stop ?? ""]);
    const first = dates.filter((d) => d > since && d <= until).sort()[0];
    return first === undefined ? undefined : this.calendar.day(first);
  }

  #imaging(day: number, kind: VisitKind, collapse: boolean): void {
    const ctx = this.#study(day);
    const d = this.disease;
    const routine = this.calendar.addMonths(
      this.#lastWholeBody ?? this.patient.presentationDay,
      this.P.wholeBodyMriRoutineMonths,
    );
    const change = this.#firstChangeSinceWholeBody(day);
    const afterChange =
      change !== undefined &&
      day >= this.calendar.addMonths(change, this.P.wholeBodyMriAfterTreatmentChangeMonths);
    if (kind === "baseline") {
      if (this.rng.bernoulli(this.P.baselineWholeBodyShare)) {
        const modality = this.rng.bernoulli(this.P.boneScanShareOfWholeBody) ? "bone-scan" : "whole-body-mri";
        this.studies.push(wholeBodyStudy(ctx, modality, d.lesions));
        if (modality === "whole-body-mri") this.#lastWholeBody = day; // a bone scan is not the template's WB-MRI
      } else {
        this.studies.push(
          focalStudy(
            ctx,
            "mri-stir",
            d.live(day).filter((l) => l.symptomatic),
          ),
        );
      }
    } else if (collapse) {
      this.studies.push(focalStudy(ctx, "mri-stir", d.spinalLesions(day)));
    } else if (kind === "flare" || day >= routine || afterChange) {
      this.studies.push(wholeBodyStudy(ctx, "whole-body-mri", d.lesions));
      this.#lastWholeBody = day;
    }
  }

  #treat(day: number, kind: VisitKind, collapse: boolean): void {
    const d = this.disease;
    const adverse = this.#adverse;
    if (adverse && day > adverse.after) {
      this.treatments.switchForAdverseEvent(adverse.line, this.calendar.iso(day));
      this.#adverse = undefined;
    }
    if (kind === "baseline") {
      const collapsed = d.lesions.some((l) => l.collapseOn !== undefined && l.collapseOn <= day);
      const direct =
        this.pattern.spine && (collapsed || this.rng.bernoulli(this.P.spinalDirectSecondLineShare));
      this.#startLine(day, direct ? 1 : 0);
    } else if (kind === "flare") {
      this.#startLine(day, this.treatments.anyOpen ? this.#line + 1 : this.#lastEffectiveLine);
    } else if (collapse && this.#line === 0) {
      this.#startLine(day, 1); // adult consensus 2024: spine at risk of collapse goes to the second line
    } else if (
      !Number.isFinite(d.remissionOn) &&
      day >= this.calendar.addMonths(this.#lastChange, this.P.escalationAfterMonths)
    ) {
      this.#startLine(day, this.#line + 1);
    } else if (!d.clinicallyActive(day) && day >= this.#taperDay && this.treatments.anyOpen) {
      this.treatments.stopAll(this.calendar.iso(day), "remission");
    }
  }

  #labs(day: number, kind: VisitKind, baselineLabs: LabPlan): LabPlan | undefined {
    const d = this.disease;
    if (kind === "baseline") return baselineLabs;
    if (kind === "flare") return basicLabPlan(this.rng, this.P, drawInflammation(this.rng, this.P));
    const onDmard = this.treatments.isOpen("dmard");
    if (!onDmard && !(d.clinicallyActive(day) && this.rng.bernoulli(this.P.followUpLabsShare)))
      return undefined;
    const chance = d.clinicallyActive(day) ? d.activity(day) / d.severity : 0;
    return basicLabPlan(this.rng, this.P, drawInflammation(this.rng, this.P, chance));
  }

  visit(day: number, planned: VisitKind, collapse: boolean, baselineLabs: LabPlan, fever: boolean): void {
    const d = this.disease;
    d.advance(day);
    // A clinical relapse due today turns whatever visit this is into the flare visit.
    const relapse = d.relapse;
    const kind: VisitKind = relapse && !relapse.silent && relapse.day <= day ? "flare" : planned;
    if (kind === "flare") d.flare(day);
    this.#imaging(day, kind, collapse);
    const active = d.clinicallyActive(day);
    const activity = d.activity(day);
    const labs = this.#labs(day, kind, baselineLabs);
    this.#treat(day, kind, collapse);
    const presenting = kind === "baseline" || kind === "flare";
    const signs: ("local-redness-warmth" | "rash")[] = [];
    if (presenting && active && this.rng.bernoulli(this.P.localRednessWarmthShare))
      signs.push("local-redness-warmth");
    const skin = this.conditions.some(
      (c) => c.day <= day && (c.condition === "psoriasis" || c.condition === "palmoplantar-pustulosis"),
    );
    if (skin) signs.push("rash");
    const latest = this.studies.at(-1);
    const radiological = !active && latest !== undefined && showsOedema(latest);
    this.visits.push(
      visitRecord(this.rng, this.P, this.profile, {
        kind,
        date: this.calendar.iso(day),
        ageYears: ageOn(this.patient, day),
        sex: this.patient.sex,
        activity,
        radiologicalActivity: radiological,
        fever,
        signs,
        ...(kind === "baseline" ? { absentSigns: PERTINENT_NEGATIVES } : {}),
        tender: active ? d.live(day).filter((l) => l.symptomatic) : [],
        ...(labs ? { labs } : {}),
        chaq: this.rng.bernoulli(this.P.chaqShare),
      }),
    );
  }

  /** The next visit after `day`: a flare, a collapse, another worry, or the scheduled review. */
  next(day: number, otherVisit: number): { day: number; kind: VisitKind; collapse: boolean } {
    const months = followedAsActive(this.visits.at(-1), this.studies, this.calendar.iso(day))
      ? this.P.visitMonthsWhileActive
      : this.P.visitMonthsInRemission;
    let best = { day: this.calendar.addMonths(day, months), kind: "scheduled" as VisitKind, collapse: false };
    const relapse = this.disease.relapse;
    if (relapse && !relapse.silent && relapse.day > day && relapse.day <= best.day)
      best = { day: relapse.day, kind: "flare", collapse: false };
    const collapse = this.disease.pendingCollapse(day)?.collapseOn;
    if (collapse !== undefined && collapse <= best.day)
      best = { day: collapse, kind: "unscheduled", collapse: true };
    if (otherVisit > day && otherVisit < best.day)
      best = { day: otherVisit, kind: "unscheduled", collapse: false };
    return best;
  }
}
