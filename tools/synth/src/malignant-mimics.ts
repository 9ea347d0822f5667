/**
 * Malignant mimics (docs/clinical/red-flags.md#malignancy): acute leukaemia, Langerhans cell histiocytosis, Ewing sarcoma.
 * Each fires a malignancy flag of D7 (docs/clinical/red-flags.md) from its own features.
 */
import type { Sign } from "@cno-atlas/clinical";
import { bilateral, CBC, count, type Draw, inRange, type MimicBone, sexOf } from "./mimic-picture.ts";
import type { Bone } from "./skeleton.ts";

export const leukaemia: Draw = (rng, P) => {
  const F = P.leukaemiaFeatureShares;
  const has = (feature: string) => rng.bernoulli(F[feature] ?? 0);
  const f = {
    blasts: has("blasts"),
    thrombocytopenia: has("thrombocytopenia"),
    neutropenia: has("neutropenia"),
    anaemia: has("anaemia"),
    ldh: has("ldhHigh"),
    uric: has("uricAcidHigh"),
    organomegaly: has("organomegaly"),
    constitutional: has("constitutional"),
    bands: has("lucentBands"),
    marrow: has("marrowInfiltration"),
    fever: has("fever"),
  };
  if (!(f.blasts || f.thrombocytopenia || f.neutropenia || f.ldh || f.uric || f.bands || f.marrow))
    f.blasts = true;
  const sites = rng.shuffle([
    ...bilateral("femur", "distal"),
    ...bilateral("tibia", "proximal"),
    ...bilateral("humerus", "proximal"),
  ]);
  const signs: Sign[] = [];
  if (f.organomegaly)
    signs.push(
      ...rng.shuffle<Sign>(["hepatomegaly", "splenomegaly", "lymphadenopathy"]).slice(0, rng.int(1, 3)),
    );
  if (f.constitutional) signs.push(rng.pick<Sign>(["weight-loss", "asthenia-anorexia", "night-sweats"]));
  if (f.anaemia) signs.push("pallor");
  return {
    group: "malignancy",
    sex: sexOf(rng, P.mimicFemaleShare),
    ageYears: inRange(rng, P.leukaemiaAgeYears),
    bones: sites.slice(0, count(rng, P.leukaemiaBones)).map((bone) => ({
      bone,
      mri: f.marrow ? ["marrow-infiltration"] : [],
      xray: f.bands ? ["metaphyseal-lucent-band", "periosteal-reaction"] : [],
    })),
    wholeBody: true,
    fever: f.fever,
    signs,
    labs: {
      wbc: rng.pick(["low", "normal", "high"] as const),
      hemoglobin: f.anaemia ? "low" : "normal",
      platelets: f.thrombocytopenia ? "low" : "normal",
      neutrophils: f.neutropenia ? "low" : "normal",
      crp: rng.bernoulli(P.leukaemiaCrpHighShare) ? "high" : "normal",
      esr: "high",
      ldh: f.ldh ? "high" : "normal",
      "uric-acid": f.uric ? "high" : "normal",
      "blood-smear-blasts": f.blasts ? "present" : "absent",
    },
    treatment: { drugClass: "other", drug: "induction chemotherapy", route: "intravenous" },
  };
};

export const lch: Draw = (rng, P) => {
  const first: MimicBone = rng.bernoulli(P.lchSkullShare)
    ? {
        bone: { site: "skull", side: "midline" },
        mri: ["soft-tissue-inflammation"],
        xray: ["punched-out-lytic"],
      }
    : {
        bone: { site: `T${rng.int(5, 12)}`, side: "midline", part: "body" },
        mri: [],
        xray: ["punched-out-lytic"],
        collapse: true,
      }; // [CONV] T5–T12
  const others: MimicBone[] = [
    { bone: { site: `rib-${rng.int(1, 12)}`, side: "left" }, mri: [], xray: ["punched-out-lytic"] },
    { bone: { site: "femur", side: "right", segment: "diaphysis" }, mri: [], xray: ["punched-out-lytic"] },
    { bone: { site: "mandible", side: "left" }, mri: [], xray: ["punched-out-lytic"] },
  ];
  const biopsied = rng.bernoulli(P.lchBiopsyShare);
  return {
    group: "malignancy",
    sex: sexOf(rng, P.mimicFemaleShare),
    ageYears: inRange(rng, P.lchAgeYears),
    bones: [first, ...rng.shuffle(others).slice(0, count(rng, P.lchBones) - 1)],
    wholeBody: true,
    fever: false,
    signs: [],
    labs: { ...CBC, crp: "normal", esr: "normal" },
    ...(biopsied ? { biopsy: { performed: true, findings: ["langerhans-cells", "lymphocytes"] } } : {}),
    treatment: { drugClass: "other", drug: "vinblastine", route: "intravenous" },
  };
};

export const ewing: Draw = (rng, P) => {
  const bone = rng.pick<Bone>([
    { site: "femur", side: "left", segment: "diaphysis" },
    { site: "tibia", side: "right", segment: "diaphysis" },
    { site: "fibula", side: "left", segment: "diaphysis" },
    { site: "ilium", side: "right" },
  ]);
  const biopsied = rng.bernoulli(P.ewingBiopsyShare);
  return {
    group: "malignancy",
    sex: sexOf(rng, P.mimicFemaleShare),
    ageYears: inRange(rng, P.ewingAgeYears),
    bones: [
      {
        bone,
        mri: ["cortical-destruction", "soft-tissue-mass"],
        xray: ["permeative-or-moth-eaten", "periosteal-reaction"],
      },
    ],
    wholeBody: false,
    fever: rng.bernoulli(P.ewingFeverShare),
    signs: [],
    labs: {
      ...CBC,
      crp: rng.bernoulli(P.ewingCrpHighShare) ? "high" : "normal",
      esr: "high",
      ldh: rng.bernoulli(P.ewingLdhHighShare) ? "high" : "normal",
    },
    ...(biopsied ? { biopsy: { performed: true, findings: ["malignant-cells", "necrosis"] } } : {}),
    treatment: { drugClass: "other", drug: "chemotherapy (Ewing protocol)", route: "intravenous" },
  };
};
