import { z } from "zod";
import { EVIDENCE_LEVELS } from "../evidence.ts";

/**
 * Rule tables: the numbers that may change (points, thresholds, intervals) as versioned data, each with
 * its source and evidence level (issue 2 §3; D9 (docs/clinical/conventions.md#rule-tables)). Built-in defaults live in builtin.ts; a
 * reviewed table replaces one by id without code changes.
 */
const tableHeader = {
  ruleVersion: z.string().min(1),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  source: z.string().min(1),
};

export const jansson2009TableSchema = z.strictObject({
  ...tableHeader,
  threshold: z.number(),
  points: z.strictObject({
    "normal-blood-cell-count": z.number(),
    "symmetric-lesions": z.number(),
    "marginal-sclerosis": z.number(),
    "normal-body-temperature": z.number(),
    "vertebral-clavicular-or-sternal": z.number(),
    "more-than-one-lesion": z.number(),
    "crp-at-least-1-mg-dl": z.number(),
  }),
  crpMgPerL: z.number(),
});

export const bristol2016TableSchema = z.strictObject({
  ...tableHeader,
  crpMgPerL: z.number().positive(),
});

export const kostik2023TableSchema = z.strictObject({
  ...tableHeader,
  threshold: z.number(),
  points: z.strictObject({
    "crp-le-55-mg-l": z.number(),
    multifocal: z.number(),
    "femur-involved": z.number(),
    "band-neutrophils-le-220": z.number(),
  }),
  crpMgPerL: z.number().positive(),
  bandNeutrophilsPerUl: z.number().positive(),
});

/** Numeric triggers of the red flags (D7), each sourced in builtin.ts. */
export const redFlagTableSchema = z.strictObject({
  ...tableHeader,
  plateletsLowPer10e9L: z.number(),
  plateletsSoftPer10e9L: z.number(),
  neutrophilsLowPer10e9L: z.number(),
  crpHighMgPerL: z.number(),
  bandNeutrophilsHighPerUl: z.number(),
  kingellaAgeYears: z.strictObject({ min: z.number(), max: z.number() }),
  earlyOnsetYears: z.number(),
  syndromicOnsetYears: z.number(),
  infantAgeYears: z.number(),
});

export const carraCtp2018TableSchema = z.strictObject({
  ...tableHeader,
  maxAgeYears: z.number(),
  mriWithinWeeks: z.number(),
  nsaidTrialWeeks: z.number(),
});

/** docs/clinical/monitoring.md#local-surveillance-template default surveillance template [CONV], site-editable (D10). */
export const surveillanceTableSchema = z.strictObject({
  ...tableHeader,
  visitMonthsWhileActive: z.number().positive(),
  visitMonthsInRemission: z.number().positive(),
  wholeBodyMriMonthsAfterTreatmentChange: z.number().positive(),
  wholeBodyMriRoutineMonths: z.number().positive(),
  /** Registry activity: a lesion with oedema counts when its study lies within this many days (D11). */
  activeLesionWithinDays: z.number().positive(),
});

const bounds = z
  .strictObject({ min: z.number(), max: z.number() })
  .refine((b) => b.min <= b.max, { message: "min is above max" });

/**
 * Typo and unit-slip bounds (D11 [CONV]): a value outside is kept and read, and every result that read
 * it says "implausible value — check the unit". Not clinical thresholds; a site may review them.
 */
export const plausibilityTableSchema = z.strictObject({
  ...tableHeader,
  bounds: z.strictObject({
    platelets: bounds,
    wbc: bounds,
    neutrophils: bounds,
    hemoglobin: bounds,
    crp: bounds,
    esr: bounds,
    temperatureC: bounds,
    ageYears: bounds,
  }),
  /** `fever.present: false` with a maximum temperature at or above this warns (D11 [CONV]). */
  feverContradictionC: z.number(),
});

export type Jansson2009Table = z.output<typeof jansson2009TableSchema>;
export type Bristol2016Table = z.output<typeof bristol2016TableSchema>;
export type Kostik2023Table = z.output<typeof kostik2023TableSchema>;
export type RedFlagTable = z.output<typeof redFlagTableSchema>;
export type CarraCtp2018Table = z.output<typeof carraCtp2018TableSchema>;
export type SurveillanceTable = z.output<typeof surveillanceTableSchema>;
export type PlausibilityTable = z.output<typeof plausibilityTableSchema>;
export type PlausibilityKey = keyof PlausibilityTable["bounds"];
