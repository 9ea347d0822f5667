/**
 * Every rate the generator uses, as a named parameter with its source (docs/clinical/epidemiology.md
 * and docs/clinical/red-flags.md, docs/clinical/treatment.md, docs/clinical/monitoring.md) or the [CONV] label when no source states it. This file holds the
 * presentation (who, where, how); course-parameters.ts the follow-up; mimic-parameters.ts the mimics.
 */
import { COURSE_PARAMETERS } from "./course-parameters.ts";
import { MIMIC_PARAMETERS } from "./mimic-parameters.ts";
import { conv, type Parameter, type Range, sourced, type Weights } from "./parameter.ts";

export type { Evidence, Parameter, Range, Weights } from "./parameter.ts";

// Jansson 2007 IQR 7.5–12 y: a normal with these quartiles has mean 9.75 and SD = IQR / 1.349 [D].
const IQR_PER_SD = 1.3489795;
// Wipff 2013 delay 18 ± 25.5 months: the log-normal with that mean and SD [D].
const DELAY_LOG_SD = Math.sqrt(Math.log(1 + (25.5 / 18) ** 2));
const DELAY_LOG_MEAN = Math.log(18) - DELAY_LOG_SD ** 2 / 2;

export const PRESENTATION_PARAMETERS = {
  femaleShare: sourced(
    310 / 486,
    "V",
    "docs/clinical/epidemiology.md#demographics: Eurofever registry (Girschick 2018), 310/486 female",
  ),
  onsetAgeMeanYears: sourced(
    9.75,
    "D",
    "docs/clinical/epidemiology.md#demographics: midpoint of Jansson 2007 IQR 7.5–12 y",
  ),
  onsetAgeSdYears: sourced(
    4.5 / IQR_PER_SD,
    "D",
    "docs/clinical/epidemiology.md#demographics: Jansson 2007 IQR width 4.5 y ÷ 1.349",
  ),
  onsetAgeRangeYears: sourced<Range>(
    { min: 3, max: 17 },
    "D",
    "docs/clinical/epidemiology.md#generator-defaults: truncate onset to [3, 17] y",
  ),
  delayLogMeanMonths: sourced(
    DELAY_LOG_MEAN,
    "D",
    "docs/clinical/epidemiology.md#demographics: log-normal fit to Wipff 2013 18 ± 25.5 mo",
  ),
  delayLogSdMonths: sourced(
    DELAY_LOG_SD,
    "D",
    "docs/clinical/epidemiology.md#demographics: log-normal fit to Wipff 2013 18 ± 25.5 mo",
  ),
  delayRangeMonths: sourced<Range>(
    { min: 1.5, max: 92 },
    "V",
    "docs/clinical/epidemiology.md#demographics: shortest delay 1.5 mo (d'Angelo 2021), longest 92 mo (Roderick 2016)",
  ),
  hlaB27PositiveShare: sourced(
    48 / 314,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: NPRD 2021, HLA-B27 positive 48/314",
  ),

  multifocalShare: sourced(
    0.89,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: WB-MRI distribution study, multifocal 89 %",
  ),
  extraBonesMean: conv(
    3.5,
    "bones beyond 2 when multifocal (NB mean); median lands in docs/clinical/epidemiology.md#generator-defaults's 3–6",
  ),
  extraBonesDispersion: conv(
    2,
    "negative-binomial shape of the extra bones: a long right tail (docs/clinical/epidemiology.md#generator-defaults)",
  ),
  maxBones: sourced(
    27,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: up to 27 sites (d'Angelo 2021; WB-MRI distribution study)",
  ),
  symmetricShareAmongMultifocal: sourced(
    0.53 / 0.89,
    "D",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: ACR 2020 symmetric 53 % of CNO ÷ multifocal 89 % (a unifocal child cannot be symmetric)",
  ),
  spineShare: sourced(
    27 / 102,
    "V",
    "docs/clinical/epidemiology.md#sites: Hospach 2010, spine 27/102 (docs/clinical/epidemiology.md#generator-defaults: 19–32 %)",
  ),
  vertebraePerSpinalPatient: sourced(
    72 / 27,
    "V",
    "docs/clinical/epidemiology.md#sites: Hospach 2010, 72 spinal lesions in 27",
  ),
  spinalLevelWeights: conv<Weights<"C" | "T" | "L">>(
    { C: 0.15, T: 0.55, L: 0.3 },
    "levels; only 'thoracic most common' is stated (Hospach 2010, docs/clinical/epidemiology.md#sites)",
  ),
  vertebralDeformityShareAmongSpinal: sourced(
    14 / 27,
    "V",
    "docs/clinical/epidemiology.md#vertebral-fractures: Hospach 2010, 14 of 27 spinal",
  ),
  collapseAtBaselineShare: conv(0.5, "deformities already present at the baseline study (rest later)"),
  clavicleShareAmongMultifocal: sourced(
    0.206,
    "V",
    "docs/clinical/epidemiology.md#sites: Ulu (Turkey), clavicle 20.6 %",
  ),
  clavicleShareAmongUnifocal: sourced(
    6 / 10,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: Roderick 2016, 6 of 10 solitary = clavicle",
  ),
  regionWeights: conv<Weights>(
    {
      "lower-limb": 0.4,
      foot: 0.14,
      pelvis: 0.14,
      "upper-limb": 0.08,
      thorax: 0.06,
      "sacrum-coccyx": 0.05,
      hand: 0.04,
      "skull-face": 0.03,
    },
    "other bones by region, ordered as docs/clinical/epidemiology.md#sites (tibia/femur, pelvis, foot first); spine and clavicle have own rates",
  ),
  siteWeightsByRegion: conv<Readonly<Record<string, Weights>>>(
    {
      "lower-limb": { tibia: 0.4, femur: 0.38, fibula: 0.17, patella: 0.05 },
      foot: {
        metatarsals: 0.25,
        calcaneus: 0.22,
        "foot-phalanges": 0.16,
        talus: 0.15,
        navicular: 0.08,
        cuneiforms: 0.08,
        cuboid: 0.06,
      },
      pelvis: { ilium: 0.45, ischium: 0.3, pubis: 0.25 },
      "upper-limb": { humerus: 0.5, radius: 0.25, ulna: 0.25 },
      thorax: { sternum: 0.45, rib: 0.4, scapula: 0.15 },
      "sacrum-coccyx": { sacrum: 0.95, coccyx: 0.05 },
      hand: { metacarpals: 0.45, "hand-phalanges": 0.35, carpals: 0.2 },
      "skull-face": { mandible: 0.7, maxilla: 0.15, skull: 0.1, zygoma: 0.05 },
    },
    "bones within a region (ordered as docs/clinical/epidemiology.md#sites and the ACR 2020 list; 'rib' stands for rib-1…rib-12 uniformly)",
  ),
  symmetricSiteWeights: conv<Weights>(
    {
      tibia: 0.34,
      femur: 0.26,
      fibula: 0.2,
      "foot-phalanges": 0.06,
      calcaneus: 0.06,
      humerus: 0.04,
      ilium: 0.04,
    },
    "site of a symmetric pair; docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry bilateral fibula 80 %, tibia 68 %, foot phalanges 67 % give the order",
  ),
  metaphysisShare: sourced(
    0.65,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: long-bone lesions 65 % metaphyseal, 35 % epiphyseal",
  ),
  distalShareAmongMetaphyseal: sourced(
    0.42 / 0.65,
    "D",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: distal metaphysis 42 % ÷ 65 %",
  ),
  distalShareAmongEpiphyseal: conv(0.5, "proximal/distal epiphysis split not stated"),
  vertebralBodyShare: conv(0.9, "vertebral lesions in the body rather than the posterior elements"),
  collapseLaterMonths: conv<Range>(
    { min: 3, max: 18 },
    "a later vertebral collapse, after the lesion appeared",
  ),
  claviclePartWeights: conv<Weights<"medial" | "shaft" | "lateral">>(
    { medial: 0.7, shaft: 0.25, lateral: 0.05 },
    "part of the clavicle involved (medial end typical; no rate given)",
  ),
  leftShare: conv(0.5, "left rather than right for a one-sided lesion of a paired bone"),
  symptomaticLesionShare: sourced(
    115 / 162,
    "V",
    "docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: Roderick 2016, 47 of 162 lesions MRI-only",
  ),
  clavicleHyperostosisShare: sourced(
    0.29,
    "V",
    "docs/clinical/epidemiology.md#associated-conditions: Schnabel 2016, hyperostosis 29 %",
  ),
  xrayLysisOrSclerosisShare: sourced(
    0.34,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: NPRD 2021, X-ray osteosclerosis/lysis 34.0 %",
  ),
  xrayHyperostosisShare: sourced(
    0.145,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: NPRD 2021, X-ray hyperostosis 14.5 %",
  ),
  xrayLysisSclerosisWeights: conv<Weights<"lytic" | "sclerosis" | "both">>(
    { lytic: 0.3, sclerosis: 0.3, both: 0.4 },
    "how the NPRD 'osteosclerosis/lysis' radiographs split (not stated)",
  ),
  xrayMarginalSclerosisShare: conv(0.3, "of abnormal radiographs, sclerotic margin read"),
  softTissueInflammationShare: conv(0.2, "MRI lesions with adjacent soft-tissue inflammation"),
  periostealReactionShare: conv(0.1, "MRI lesions with periosteal reaction"),

  feverShare: sourced(
    32 / 164,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: Wipff 2013 fever 32/164 (docs/clinical/epidemiology.md#generator-defaults: 12–34 %)",
  ),
  inflammatoryMarkersRaisedShare: sourced(
    0.613,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: d'Angelo 2021, raised 61.3 %",
  ),
  crpAbove5Share: sourced(
    0.448,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: Ulu (Turkey), CRP > 5 mg/L 44.8 %",
  ),
  esrAbove20Share: sourced(
    0.609,
    "V",
    "docs/clinical/epidemiology.md#laboratory-and-systemic-features: Ulu (Turkey), ESR > 20 mm/h 60.9 %",
  ),
  crpAbove55ShareAmongRaised: conv(0.05, "CNO CRP above 55 mg/L (Kostik: ≤ 55 favours NBO; no rate given)"),
  anaemiaShareWhenInflamed: conv(0.15, "mild anaemia of inflammation at an inflamed visit"),
  localRednessWarmthShare: sourced(
    0.47,
    "V",
    "docs/clinical/red-flags.md#infection: Schnabel 2016, local redness/warmth 47 % CNO",
  ),

  coexistingShares: sourced<Weights>(
    {
      psoriasis: 0.04,
      "palmoplantar-pustulosis": 0.05,
      "severe-acne": 0.05,
      ibd: 0.1,
      "peripheral-arthritis": 0.14,
      sacroiliitis: 13 / 37,
    },
    "V",
    "docs/clinical/epidemiology.md#associated-conditions: Eurofever 2018 psoriasis 4 %, PPP 5 %, acne 5 %; Schnabel 2016 IBD 10 %, peripheral arthritis 14 %; Czech 2022 sacroiliitis 13/37",
  ),
  rareCoexistingShares: conv<Weights>(
    { "pyoderma-gangrenosum": 0.005, "sweet-syndrome": 0.005 },
    "'less commonly' in the UpToDate footnote (docs/clinical/red-flags.md#associated-conditions); no rate given",
  ),
  conditionNotedAtDiagnosisShare: conv(0.6, "coexisting conditions known at diagnosis; the rest noted later"),
} satisfies Record<string, Parameter<unknown>>;

/** All parameters of the generator, by name. */
export const PARAMETERS = { ...PRESENTATION_PARAMETERS, ...COURSE_PARAMETERS, ...MIMIC_PARAMETERS };

export type ParameterName = keyof typeof PARAMETERS;
export type ParameterValues = { readonly [K in ParameterName]: (typeof PARAMETERS)[K]["value"] };

/** The default values, with any overrides (e.g. a male-predominant cohort, a different mimic mix). */
export function parameterValues(overrides: Partial<ParameterValues> = {}): ParameterValues {
  const values = Object.fromEntries(Object.entries(PARAMETERS).map(([name, p]) => [name, p.value]));
  return { ...values, ...overrides } as ParameterValues;
}
