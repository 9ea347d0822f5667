/**
 * Infective and metabolic mimics (docs/clinical/red-flags.md#infection, docs/clinical/red-flags.md#metabolic): bacterial osteomyelitis (Kingella kingae in
 * the youngest), scurvy, hypophosphatasia. Each fires an infection or metabolic flag of D7.
 */
import type { Sign } from "@cno-atlas/clinical";
import {
  bilateral,
  CBC,
  count,
  type Draw,
  inRange,
  type MimicPicture,
  metaphysis,
  sexOf,
} from "./mimic-picture.ts";
import type { Bone } from "./skeleton.ts";

export const osteomyelitis: Draw = (rng, P) => {
  const kingella = rng.bernoulli(P.kingellaShareOfOsteomyelitis);
  const ageYears = kingella ? rng.uniform(0.5, 4) : inRange(rng, P.osteomyelitisAgeYears); // Kingella 6–48 months (docs/clinical/red-flags.md#infection)
  const abscess = rng.bernoulli(P.osteomyelitisAbscessShare);
  const positive = rng.bernoulli(P.osteomyelitisPositiveCultureShare);
  const responded = rng.bernoulli(P.osteomyelitisAntibioticResponseShare);
  const bandsMeasured = rng.bernoulli(P.osteomyelitisBandsAbove220Share);
  let crpVeryHigh = rng.bernoulli(P.osteomyelitisCrpAbove55Share);
  if (!(crpVeryHigh || abscess || positive || responded || bandsMeasured)) crpVeryHigh = true;
  const site = rng.pick(["femur", "tibia", "fibula", "humerus", "calcaneus"]);
  const side = rng.bernoulli(P.leftShare) ? "left" : "right";
  const bone: Bone =
    site === "calcaneus"
      ? { site, side }
      : metaphysis(site, side, rng.bernoulli(P.distalShareAmongMetaphyseal) ? "distal" : "proximal");
  const biopsied = rng.bernoulli(P.osteomyelitisBiopsyShare);
  const organism = kingella ? "Kingella kingae" : "Staphylococcus aureus";
  const picture: MimicPicture = {
    group: "infection",
    sex: sexOf(rng, P.mimicFemaleShare),
    ageYears,
    bones: [
      {
        bone,
        mri: abscess ? ["abscess-or-sinus", "soft-tissue-inflammation"] : ["soft-tissue-inflammation"],
        xray: ["periosteal-reaction"],
      },
    ],
    wholeBody: false,
    fever: rng.bernoulli(P.osteomyelitisFeverShare),
    signs: rng.bernoulli(P.osteomyelitisLocalSignsShare) ? ["local-redness-warmth"] : [],
    labs: {
      ...CBC,
      wbc: "high",
      crp: crpVeryHigh ? "very-high" : "high",
      esr: "high",
      ...(bandsMeasured ? { "band-neutrophils": "high" } : {}),
    },
    bloodCulture: positive ? "positive" : "negative",
    antibioticResponse: responded ? "complete-sustained" : "partial",
    treatment: { drugClass: "other", drug: "cefazolin", route: "intravenous" },
  };
  if (biopsied)
    picture.biopsy = {
      performed: true,
      findings: ["neutrophils", "necrosis"],
      culture: positive ? "positive" : "negative",
      ...(positive ? { organism } : {}),
      onAntibioticsAtBiopsy: false,
    };
  return picture;
};

export const scurvy: Draw = (rng, P) => {
  const { min, max } = P.scurvyAgeRangeYears;
  const signs: Sign[] = [];
  if (rng.bernoulli(P.scurvyMucocutaneousShare))
    signs.push(...rng.shuffle<Sign>(["gum-bleeding", "petechiae"]).slice(0, rng.int(1, 2)));
  if (rng.bernoulli(P.scurvyRiskContextShare)) signs.push("neurodevelopmental-or-restrictive-diet");
  const anaemic = rng.bernoulli(P.scurvyAnaemiaShare);
  const inflamed = rng.bernoulli(P.scurvyInflamedShare);
  const bones = [
    ...bilateral("femur", "distal"),
    ...(rng.bernoulli(P.scurvyTibiaShare) ? bilateral("tibia", "proximal") : []),
  ];
  return {
    group: "metabolic",
    sex: sexOf(rng, 1 - P.scurvyMaleShare),
    ageYears: rng.truncatedLogNormal(Math.log(P.scurvyMedianAgeYears), P.scurvyAgeLogSd, min, max),
    bones: bones.map((bone) => ({ bone, mri: [], xray: [] })), // symmetric metaphyseal oedema (docs/clinical/red-flags.md#metabolic)
    wholeBody: true,
    fever: false,
    signs,
    labs: {
      ...CBC,
      hemoglobin: anaemic ? "low" : "normal",
      crp: inflamed ? "high" : "normal",
      esr: inflamed ? "high" : "normal",
      ...(anaemic ? { mcv: "low" as const } : {}),
      // Without signs the level is measured (how else was scurvy suspected); unmeasured with signs,
      // rf-met-scurvy fires moderate, and rf-met-scurvy-not-excluded on the symmetric metaphyses.
      ...(rng.bernoulli(P.scurvyVitaminCMeasuredShare) || signs.length === 0
        ? { "vitamin-c": "low" as const }
        : {}),
    },
    treatment: { drugClass: "other", drug: "ascorbic acid", route: "oral" },
  };
};

export const hypophosphatasia: Draw = (rng, P) => {
  let lowAlp = rng.bernoulli(P.hypophosphatasiaLowAlpShare);
  const toothLoss = rng.bernoulli(P.hypophosphatasiaToothLossShare);
  if (!lowAlp && !toothLoss) lowAlp = true;
  const sites = rng.shuffle([
    ...bilateral("femur", "distal"),
    ...bilateral("tibia", "proximal"),
    metaphysis("fibula", "left", "distal"),
  ]);
  return {
    group: "metabolic",
    sex: sexOf(rng, P.mimicFemaleShare),
    ageYears: inRange(rng, P.hypophosphatasiaAgeYears),
    bones: sites.slice(0, count(rng, P.hypophosphatasiaBones)).map((bone) => ({ bone, mri: [], xray: [] })),
    wholeBody: true,
    fever: false,
    signs: toothLoss ? ["premature-tooth-loss"] : [],
    labs: {
      ...CBC,
      crp: "normal",
      esr: "normal",
      ...(lowAlp ? { "alkaline-phosphatase": "low" as const } : {}),
    },
  };
};
