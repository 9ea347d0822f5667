import type {
  Bristol2016Table,
  CarraCtp2018Table,
  Jansson2009Table,
  Kostik2023Table,
  PlausibilityTable,
  RedFlagTable,
  SurveillanceTable,
} from "./tables.ts";

/** Jansson 2009 (docs/clinical/instruments/jansson-2009.md): cut-off ≥ 39 and CRP ≥ 1 mg/dL [V]; points = round(3·ln OR) [D], sum 63 [V]. */
export const JANSSON_2009_BUILTIN: Jansson2009Table = {
  ruleVersion: "jansson-2009/builtin-1 (points derived)",
  evidenceLevel: "D",
  source:
    "Jansson 2009, doi 10.1002/art.24402 (abstract); points derived as round(3 ln OR) from the published odds ratios",
  threshold: 39,
  points: {
    "normal-blood-cell-count": 13, // OR 81.5
    "symmetric-lesions": 10, // OR 30.0
    "marginal-sclerosis": 10, // OR 26.8
    "normal-body-temperature": 9, // OR 20.3
    "vertebral-clavicular-or-sternal": 8, // OR 13.9
    "more-than-one-lesion": 7, // OR 10.9
    "crp-at-least-1-mg-dl": 6, // OR 6.9
  },
  crpMgPerL: 10, // 1 mg/dL [V]
};

/** Bristol 2016 (docs/clinical/instruments/bristol-2016.md; D6 (docs/clinical/instruments/bristol-2016.md#our-readings)): structure [U] consistent with the [V] abstract; CRP 30 mg/L [S]. */
export const BRISTOL_2016_BUILTIN: Bristol2016Table = {
  ruleVersion: "bristol-2016/builtin-1 (structure and CRP cut-off await the primary table)",
  evidenceLevel: "U",
  source: "Roderick 2016, doi 10.1186/s12969-016-0109-1 (abstract); CRP < 30 mg/L [S] via Ćosićkić, CEJP",
  crpMgPerL: 30,
};

/** Kostik 2023 NBODS (docs/clinical/instruments/kostik-nbods-2023.md#points-and-threshold): items, points and the > 17 cut-off [V] from the abstract. */
export const KOSTIK_2023_BUILTIN: Kostik2023Table = {
  ruleVersion: "kostik-nbods-2023/builtin-1",
  evidenceLevel: "V",
  source: "Kostik 2023, doi 10.3389/fped.2023.1067206 (abstract)",
  threshold: 17,
  points: { "crp-le-55-mg-l": 56, multifocal: 27, "femur-involved": 17, "band-neutrophils-le-220": 15 },
  crpMgPerL: 55,
  bandNeutrophilsPerUl: 220,
};

/** Red-flag triggers (docs/clinical/red-flags.md; D7 (docs/clinical/red-flags.md)). Severities are project convention [CONV]. */
export const RED_FLAGS_BUILTIN: RedFlagTable = {
  ruleVersion: "red-flags/builtin-1",
  evidenceLevel: "CONV",
  source: "Triggers from the sources cited per rule; severities a CNO Atlas project convention",
  plateletsLowPer10e9L: 100, // EULAR/ACR provisional exclusion, Healio 2022 [V]
  plateletsSoftPer10e9L: 300, // Louvigné 2020, OR 14 [V]
  neutrophilsLowPer10e9L: 2, // Louvigné 2020, OR 50 [V]
  crpHighMgPerL: 55, // Kostik 2018/2023 [V]
  bandNeutrophilsHighPerUl: 220, // Kostik 2023 [V]
  kingellaAgeYears: { min: 0.5, max: 4.0 }, // Kingella kingae 6–48 months (docs/clinical/red-flags.md#infection; D7)
  earlyOnsetYears: 3, // EULAR/ACR "extreme caution" < 3 y, Levenson 2025 [V]
  syndromicOnsetYears: 2, // Majeed syndrome onset usually in the first 2 years (Ferguson 2005; docs/clinical/red-flags.md#monogenic)
  infantAgeYears: 1, // rf-other-infant: bone lesions before 1 year call for other diagnoses first (D11) [CONV]
};

/** Implausible-value bounds in canonical units (D11 [CONV]): typo and unit-slip detection only. */
export const PLAUSIBILITY_BUILTIN: PlausibilityTable = {
  ruleVersion: "plausible-values/builtin-1",
  evidenceLevel: "CONV",
  source: "CNO Atlas project convention: bounds for typo and unit-slip detection, not clinical thresholds",
  bounds: {
    platelets: { min: 5, max: 2000 }, // ×10⁹/L
    wbc: { min: 0.1, max: 500 }, // ×10⁹/L
    neutrophils: { min: 0, max: 100 }, // ×10⁹/L
    hemoglobin: { min: 2, max: 25 }, // g/dL
    crp: { min: 0, max: 600 }, // mg/L
    esr: { min: 0, max: 160 }, // mm/h
    temperatureC: { min: 30, max: 44 }, // °C
    ageYears: { min: 0, max: 100 },
  },
  feverContradictionC: 38.0, // the common clinical definition of fever [CONV] (D11)
};

/** CARRA CTP eligibility (docs/clinical/instruments/carra-ctp-2018.md, Zhao 2018 Table 1) [V]. */
export const CARRA_CTP_2018_BUILTIN: CarraCtp2018Table = {
  ruleVersion: "carra-ctp-2018/builtin-1",
  evidenceLevel: "V",
  source: "Zhao 2018, doi 10.1002/acr.23462, Table 1",
  maxAgeYears: 21,
  mriWithinWeeks: 12,
  nsaidTrialWeeks: 4,
};

/** Local surveillance template (docs/clinical/monitoring.md#local-surveillance-template [CONV]; D10 (docs/clinical/conventions.md#registry)): site-editable, not a guideline. */
export const SURVEILLANCE_BUILTIN: SurveillanceTable = {
  ruleVersion: "surveillance/local-template-1",
  evidenceLevel: "CONV",
  source:
    "CNO Atlas local surveillance template (Beck 2010, Hedrich 2013, Miettunen 2009 schedules); 6-monthly visits when inactive",
  visitMonthsWhileActive: 3,
  visitMonthsInRemission: 6,
  wholeBodyMriMonthsAfterTreatmentChange: 3,
  wholeBodyMriRoutineMonths: 12,
  activeLesionWithinDays: 182, // registry "disease active" window (D11) [CONV]
};
