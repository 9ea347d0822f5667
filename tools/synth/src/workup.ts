/**
 * The diagnostic work-up of a child with CNO at the baseline visit: labs ordered and how inflamed
 * they come out (docs/clinical/epidemiology.md#laboratory-and-systemic-features), biopsy (Bristol: solitary non-clavicular lesions), blood
 * culture when febrile, mimic work-up recorded as excluded where its test was done (D4 (docs/clinical/conventions.md#derived-facts)
 * "vitamin C status assessed"), coexisting conditions (docs/clinical/epidemiology.md#associated-conditions).
 */
import type { Condition, CourseInput, HistologyFinding } from "@cno-atlas/clinical";
import type { LabPlan } from "./labs.ts";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";

export interface Inflammation {
  /** "Raised inflammatory markers" (d'Angelo 2021): CRP or ESR above the lab's range. */
  raised: boolean;
  crpHigh: boolean;
  esrHigh: boolean;
}

/** Raised in 61.3 %; CRP > 5 in 44.8 % and ESR > 20 in 60.9 % overall, so nearly every raised ESR. */
export function drawInflammation(rng: Random, P: ParameterValues, chance = 1): Inflammation {
  const raised = rng.bernoulli(P.inflammatoryMarkersRaisedShare * chance);
  const crpHigh = raised && rng.bernoulli(Math.min(1, P.crpAbove5Share / P.inflammatoryMarkersRaisedShare));
  const esrHigh = raised && rng.bernoulli(Math.min(1, P.esrAbove20Share / P.inflammatoryMarkersRaisedShare));
  return { raised, crpHigh, esrHigh };
}

/** Blood count and inflammatory markers at the inflammation drawn. */
export function basicLabPlan(rng: Random, P: ParameterValues, inflammation: Inflammation): LabPlan {
  const anaemic = inflammation.raised && rng.bernoulli(P.anaemiaShareWhenInflamed);
  const veryHigh = inflammation.crpHigh && rng.bernoulli(P.crpAbove55ShareAmongRaised);
  return {
    wbc: "normal",
    hemoglobin: anaemic ? "low" : "normal",
    platelets: "normal",
    neutrophils: "normal",
    crp: veryHigh ? "very-high" : inflammation.crpHigh ? "high" : "normal",
    esr: inflammation.esrHigh ? "high" : "normal",
  };
}

export interface BaselineWorkup {
  labs: LabPlan;
  biopsy?: NonNullable<CourseInput["biopsy"]>;
  bloodCulture: boolean;
  mimicWorkup?: NonNullable<CourseInput["mimicWorkup"]>;
}

const INFLAMMATORY_HISTOLOGY: readonly HistologyFinding[] = [
  "plasma-cells",
  "lymphocytes",
  "neutrophils",
  "osteoclasts",
  "fibrosis",
  "sclerosis",
  "non-specific-inflammation",
];

export function baselineWorkup(
  rng: Random,
  P: ParameterValues,
  inflammation: Inflammation,
  fever: boolean,
  soloNonClavicle: boolean,
): BaselineWorkup {
  const labs = basicLabPlan(rng, P, inflammation);
  const extended = rng.bernoulli(P.baselineExtendedLabsShare);
  if (extended)
    Object.assign(labs, { ldh: "normal", "uric-acid": "normal", "alkaline-phosphatase": "normal" });
  const vitaminC = rng.bernoulli(P.vitaminCMeasuredShare);
  if (vitaminC) labs["vitamin-c"] = "normal";
  const smear = rng.bernoulli(P.bloodSmearShare);
  if (smear) labs["blood-smear-blasts"] = "absent";
  if (rng.bernoulli(P.bandNeutrophilsMeasuredShare)) labs["band-neutrophils"] = "normal";
  if (rng.bernoulli(P.ironStudiesShare)) Object.assign(labs, { mcv: "normal", ferritin: "normal" });

  const biopsied = rng.bernoulli(soloNonClavicle ? P.biopsyShareUnifocalNonClavicle : P.biopsyShareOther);
  const bloodCulture = fever && rng.bernoulli(P.bloodCultureShareWhenFever);
  const workup: BaselineWorkup = { labs, bloodCulture };
  if (biopsied) {
    const findings = rng.shuffle(INFLAMMATORY_HISTOLOGY).slice(0, rng.int(2, 4)); // 2–4 findings [CONV]
    workup.biopsy = {
      performed: true,
      findings: INFLAMMATORY_HISTOLOGY.filter((f) => findings.includes(f)),
      culture: "negative",
      onAntibioticsAtBiopsy: false,
    };
  }
  const recorded = (done: boolean) => done && rng.bernoulli(P.workupRecordedShare);
  const mimicWorkup: NonNullable<CourseInput["mimicWorkup"]> = {};
  if (recorded(biopsied || smear)) mimicWorkup.malignancy = "excluded";
  if (recorded(biopsied || bloodCulture)) mimicWorkup.infection = "excluded";
  if (recorded(vitaminC)) mimicWorkup.vitaminCDeficiency = "excluded";
  if (recorded(extended)) mimicWorkup.hypophosphatasia = "excluded";
  if (Object.keys(mimicWorkup).length > 0) workup.mimicWorkup = mimicWorkup;
  return workup;
}

/** Coexisting conditions (docs/clinical/epidemiology.md#associated-conditions rates), each noted at diagnosis or on a later day up to the cut-off. */
export function drawConditions(
  rng: Random,
  P: ParameterValues,
  diagnosisDay: number,
  cutoffDay: number,
): { condition: Condition; day: number }[] {
  const shares = { ...P.coexistingShares, ...P.rareCoexistingShares } as Record<Condition, number>;
  const out: { condition: Condition; day: number }[] = [];
  for (const [condition, share] of Object.entries(shares) as [Condition, number][]) {
    if (!rng.bernoulli(share)) continue;
    const day = rng.bernoulli(P.conditionNotedAtDiagnosisShare)
      ? diagnosisDay
      : Math.floor(rng.uniform(diagnosisDay + 1, cutoffDay + 1));
    out.push({ condition, day });
  }
  return out;
}
