/**
 * Parameters of the mimic patients (docs/clinical/red-flags.md): which mimics, and how often each shows the
 * features that should fire D7 (docs/clinical/red-flags.md)'s red flags. Stated rates carry their source; the rest
 * are [CONV]. Every mimic gets at least one feature of its group (mimics.ts enforces it).
 */
import { conv, type Parameter, type Range, sourced, type Weights } from "./parameter.ts";

export const MIMIC_KINDS = [
  "leukaemia",
  "bacterial-osteomyelitis",
  "scurvy",
  "hypophosphatasia",
  "langerhans-cell-histiocytosis",
  "ewing-sarcoma",
] as const;
export type MimicKind = (typeof MIMIC_KINDS)[number];

export const MIMIC_PARAMETERS = {
  mimicWeights: conv<Weights<MimicKind>>(
    {
      leukaemia: 0.3,
      "bacterial-osteomyelitis": 0.3,
      scurvy: 0.1,
      hypophosphatasia: 0.1,
      "langerhans-cell-histiocytosis": 0.1,
      "ewing-sarcoma": 0.1,
    },
    "mix of mimics (docs/clinical/red-flags.md lists them; no shares are given)",
  ),
  mimicWorkupConfirmedShare: conv(0.5, "the registry already holds the confirmed mimic diagnosis"),
  mimicFollowUpVisits: conv<Range>({ min: 1, max: 3 }, "visits after the presentation before referral out"),
  mimicDelayWeeks: conv<Range>({ min: 2, max: 16 }, "symptom onset to presentation in a mimic"),
  mimicFemaleShare: conv(0.45, "girls among mimics other than scurvy (no source gives a sex ratio)"),
  mimicSeverityRange: conv<Range>(
    { min: 0.5, max: 0.9 },
    "activity of a mimic at presentation (fraction of 10)",
  ),
  mimicImprovementPerVisit: conv(0.5, "activity kept from one mimic follow-up visit to the next"),

  leukaemiaAgeYears: conv<Range>({ min: 2, max: 12 }, "age of a leukaemia mimic"),
  leukaemiaBones: conv<Range>({ min: 2, max: 5 }, "bones involved in a leukaemia mimic"),
  leukaemiaCrpHighShare: conv(0.5, "raised CRP in a leukaemia mimic"),
  leukaemiaFeatureShares: conv<Weights>(
    {
      blasts: 0.6,
      thrombocytopenia: 0.5,
      neutropenia: 0.4,
      anaemia: 0.7,
      ldhHigh: 0.7,
      uricAcidHigh: 0.3,
      organomegaly: 0.5,
      constitutional: 0.4,
      lucentBands: 0.4,
      marrowInfiltration: 0.5,
      fever: 0.4,
    },
    "features of ALL presenting with bone pain (docs/clinical/red-flags.md#malignancy lists them; Louvigné gives ORs, not rates)",
  ),

  osteomyelitisAgeYears: conv<Range>({ min: 1, max: 15 }, "age of a bacterial osteomyelitis mimic"),
  kingellaShareOfOsteomyelitis: conv(
    0.2,
    "Kingella kingae, 6–48 months (docs/clinical/red-flags.md#infection)",
  ),
  osteomyelitisFeverShare: sourced(
    0.906,
    "V",
    "docs/clinical/red-flags.md#infection: Kostik 2023, fever 90.6 % in BO",
  ),
  osteomyelitisAbscessShare: sourced(
    0.39,
    "V",
    "docs/clinical/red-flags.md#infection: Schnabel 2016, abscess 39 % of BOM",
  ),
  osteomyelitisLocalSignsShare: sourced(
    0.68,
    "V",
    "docs/clinical/red-flags.md#infection: Schnabel 2016, redness/warmth 68 % BOM",
  ),
  osteomyelitisCrpAbove55Share: conv(0.6, "CRP > 55 mg/L in BO (Kostik: ≤ 55 favours NBO; no rate given)"),
  osteomyelitisBandsAbove220Share: conv(0.5, "band neutrophils > 220 /µL in BO"),
  osteomyelitisPositiveCultureShare: conv(0.4, "positive blood or bone culture"),
  osteomyelitisBiopsyShare: conv(0.5, "bone biopsy with culture in a bacterial osteomyelitis mimic"),
  osteomyelitisAntibioticResponseShare: conv(0.7, "complete sustained response to antibiotics recorded"),

  scurvyMaleShare: sourced(
    7 / 8,
    "V",
    "docs/clinical/red-flags.md#metabolic: Masci 2022, 87 % male (7 of 8)",
  ),
  scurvyMedianAgeYears: sourced(
    3.7,
    "V",
    "docs/clinical/red-flags.md#metabolic: Masci 2022, median age 3.7 y",
  ),
  scurvyAgeRangeYears: conv<Range>({ min: 2, max: 12 }, "age range of a scurvy mimic around Masci's median"),
  scurvyAgeLogSd: conv(0.35, "spread of scurvy ages on the log scale around Masci's median"),
  scurvyTibiaShare: conv(0.7, "proximal tibial metaphyses involved besides the distal femora"),
  scurvyAnaemiaShare: conv(0.6, "microcytic anaemia (Masci 2022: 'common', no rate)"),
  scurvyInflamedShare: conv(0.6, "raised inflammatory markers (Masci 2022: 'common', no rate)"),
  scurvyMucocutaneousShare: sourced(
    0.75,
    "V",
    "docs/clinical/red-flags.md#metabolic: Masci 2022, mucocutaneous 75 %",
  ),
  scurvyRiskContextShare: conv(0.7, "autism, neurodisability or restrictive diet recorded"),
  scurvyVitaminCMeasuredShare: conv(0.8, "vitamin C measured in a scurvy mimic"),

  hypophosphatasiaAgeYears: conv<Range>({ min: 2, max: 15 }, "age of a hypophosphatasia mimic"),
  hypophosphatasiaBones: conv<Range>(
    { min: 2, max: 4 },
    "metaphyseal bones involved (Whyte 2009: CRMO-like)",
  ),
  hypophosphatasiaLowAlpShare: conv(0.9, "ALP measured, below the lab's range (Whyte 2009: low for age)"),
  hypophosphatasiaToothLossShare: conv(0.5, "premature tooth loss recorded"),

  lchAgeYears: conv<Range>({ min: 1, max: 10 }, "age of an LCH mimic"),
  lchBones: conv<Range>({ min: 1, max: 3 }, "bones involved in an LCH mimic"),
  lchSkullShare: conv(0.5, "LCH starting in the skull rather than a vertebra (vertebra plana)"),
  lchBiopsyShare: conv(0.7, "biopsy showing Langerhans cells"),
  ewingAgeYears: conv<Range>({ min: 8, max: 17 }, "age of a Ewing sarcoma mimic"),
  ewingFeverShare: conv(0.2, "fever in a Ewing sarcoma mimic"),
  ewingCrpHighShare: conv(0.5, "raised CRP in a Ewing sarcoma mimic"),
  ewingLdhHighShare: conv(0.4, "LDH above the lab's range in a Ewing sarcoma mimic"),
  ewingBiopsyShare: conv(0.7, "biopsy showing malignant cells"),
} satisfies Record<string, Parameter<unknown>>;
