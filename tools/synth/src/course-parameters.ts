/**
 * Parameters of the follow-up: registry timing, visits, imaging, labs ordered, treatment escalation
 * and response, flares (docs/clinical/treatment.md, docs/clinical/monitoring.md; D10 (docs/clinical/conventions.md#registry)). Most rates here are unstated in the
 * sources and carry the [CONV] label.
 */
import { conv, type Parameter, type Range, sourced, type Weights } from "./parameter.ts";

export const COURSE_PARAMETERS = {
  mimicShare: conv(0.1, "D10 (docs/clinical/conventions.md#registry): mimics 10 % of patients by default"),
  researchConsentWeights: conv<Weights<"yes" | "no" | "withdrawn">>(
    { yes: 0.85, no: 0.12, withdrawn: 0.03 },
    "research consent answers (D10 values)",
  ),
  diagnosisWindowYears: conv(7, "diagnoses spread evenly over the first 7 years after the epoch"),
  dataCutoffYears: conv(10, "data cut-off 10 years after the epoch (2025-01-01 by default)"),
  visitMonthsWhileActive: conv(
    3,
    "D10 (docs/clinical/conventions.md#registry): 3-monthly visits while disease active",
  ),
  visitMonthsInRemission: conv(
    6,
    "D10 (docs/clinical/conventions.md#registry): 6-monthly visits in remission",
  ),
  otherUnscheduledVisitsPerYear: conv(0.1, "unscheduled visits that are not flares (intercurrent worries)"),

  preDiagnosisXrayShare: conv(0.6, "a radiograph of a painful bone before referral"),
  baselineWholeBodyShare: sourced(
    68 / 75,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: d'Angelo 2021, WB-MRI in 68 of 75",
  ),
  boneScanShareOfWholeBody: conv(0.05, "whole-body studies done as bone scintigraphy instead of WB-MRI"),
  wholeBodyMriAfterTreatmentChangeMonths: conv(
    3,
    "docs/clinical/monitoring.md#local-surveillance-template local template: ~3 months after a change",
  ),
  wholeBodyMriRoutineMonths: conv(
    12,
    "docs/clinical/monitoring.md#local-surveillance-template local template: ~12-monthly",
  ),

  baselineExtendedLabsShare: conv(0.8, "LDH, uric acid and ALP in the baseline work-up"),
  vitaminCMeasuredShare: conv(0.3, "vitamin C measured in a CNO work-up"),
  bloodSmearShare: conv(0.5, "blood smear reported in a CNO work-up"),
  bandNeutrophilsMeasuredShare: conv(0.2, "band neutrophils counted (Kostik-style labs)"),
  ironStudiesShare: conv(0.3, "MCV and ferritin reported"),
  followUpLabsShare: conv(0.5, "labs at a follow-up visit while active (always on a DMARD)"),
  biopsyShareUnifocalNonClavicle: conv(
    0.8,
    "biopsy of a solitary non-clavicular lesion (Bristol criterion 2)",
  ),
  biopsyShareOther: conv(0.25, "biopsy in multifocal or clavicular disease"),
  bloodCultureShareWhenFever: conv(0.8, "blood culture taken when febrile at presentation"),
  workupRecordedShare: conv(0.7, "a mimic work-up item recorded as excluded once its test was done"),
  chaqShare: conv(0.3, "visits with a CHAQ"),
  chaqIncompleteShare: conv(0.1, "CHAQs with an unanswered item"),

  nsaidResponseShare: sourced(
    0.57,
    "V",
    "docs/clinical/treatment.md#nsaids: Swiss cohort 2015, NSAIDs sufficient in 57 %",
  ),
  secondLineResponseShare: conv(0.5, "response to methotrexate/sulfasalazine (± glucocorticoid bridge)"),
  tnfResponseShare: conv(0.7, "response to a TNF inhibitor"),
  bisphosphonateResponseShare: sourced(
    0.675,
    "D",
    "docs/clinical/treatment.md#bisphosphonates: UK 2019 pamidronate, good 42.5 % + moderate 25 %",
  ),
  escalationAfterMonths: sourced(
    3,
    "V",
    "docs/clinical/treatment.md#nsaids: Hedrich 2013, escalate without response in 3 months",
  ),
  monthsToRemission: sourced<Range>(
    { min: 2, max: 12 },
    "V",
    "docs/clinical/treatment.md#bisphosphonates: Miettunen 2009, MRI resolution after 2–12 months (used for every agent [CONV])",
  ),
  healingAroundRemissionDays: conv<Range>(
    { min: -60, max: 120 },
    "a lesion heals from 2 months before to 4 months after clinical remission",
  ),
  collapseHealingDays: conv(90, "a collapsed vertebra's oedema outlasts the collapse by at least this"),
  lastLineMonthsToRemission: conv<Range>({ min: 6, max: 18 }, "refractory disease settles on the last line"),
  glucocorticoidBridgeShare: conv(0.5, "a glucocorticoid bridge with the second line"),
  glucocorticoidCourseDays: sourced(
    14,
    "V",
    "docs/clinical/treatment.md#glucocorticoids: Hedrich 2013, prednisone 2 mg/kg/day over 2 weeks",
  ),
  spinalDirectSecondLineShare: conv(
    0.5,
    "spinal disease started straight on the second line (docs/clinical/treatment.md#adult-consensus-algorithm allows)",
  ),
  tnfRatherThanBisphosphonateShare: conv(0.6, "TNF inhibitor rather than bisphosphonate at the third step"),
  keepMethotrexateWithTnfShare: conv(0.5, "CTP arm 2: TNF inhibitor with optional methotrexate kept"),
  sulfasalazineShareWithoutIndication: conv(
    0.2,
    "sulfasalazine rather than methotrexate without IBD/skin/B27",
  ),
  adverseEventShare: conv(0.05, "a treatment stopped for an adverse event"),
  taperAfterRemissionMonths: sourced<Range>(
    { min: 6, max: 12 },
    "V2",
    "docs/clinical/treatment.md#adult-consensus-algorithm: adult consensus summary, taper after 6–12 months of sustained improvement",
  ),
  nsaidWeights: conv<Weights>(
    { naproxen: 0.7, ibuprofen: 0.15, indomethacin: 0.1, celecoxib: 0.05 },
    "NSAID chosen (docs/clinical/treatment.md#nsaids lists these; naproxen preferred)",
  ),
  tnfWeights: conv<Weights>({ adalimumab: 0.45, etanercept: 0.35, infliximab: 0.2 }, "TNF inhibitor chosen"),

  relapsesPerYearInRemission: conv(
    0.5,
    "relapse hazard in remission (J Rheumatol 2019: 67 % relapsed, no time)",
  ),
  silentRelapseShare: sourced(
    0.67,
    "V",
    "docs/clinical/monitoring.md#response-remission-and-flare-definitions: Beck 2010, 67 % of radiological relapses silent",
  ),
  silentLesionMonths: conv<Range>({ min: 3, max: 12 }, "a clinically silent lesion settles on its own"),
  flareRecurrenceShare: conv(0.5, "a flare lesion at a previously involved bone rather than a new one"),
  flareExtraLesionsMean: conv(1, "lesions beyond the first at a flare (Poisson mean)"),
  newLesionsPerYearUnresponsive: conv(0.5, "new lesions while a treatment is not working"),
  worsenedShareUnresponsive: conv(
    0.3,
    "persistent lesions read as worsened while a treatment is not working",
  ),
  severityRange: conv<Range>({ min: 0.4, max: 1 }, "a patient's activity at its worst, as a fraction of 10"),
} satisfies Record<string, Parameter<unknown>>;
