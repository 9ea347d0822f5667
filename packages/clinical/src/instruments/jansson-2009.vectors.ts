import type { InstrumentVector } from "../../test/instrument-vectors.ts";

const normalCbc = [
  { test: "wbc", value: 7.2, unit: "10*9/L", referenceLow: 4.5, referenceHigh: 13.5 },
  { test: "hemoglobin", value: 12.8, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 },
  { test: "platelets", value: 310, unit: "10*9/L", referenceLow: 150, referenceHigh: 450 },
] as const;

/** Hand-worked Jansson 2009 presentations; points 13/10/10/9/8/7/6 [D], cut-off ≥ 39 [V]. */
export const JANSSON_2009_VECTORS: InstrumentVector[] = [
  {
    name: "typical multifocal CRMO, everything recorded",
    arithmetic:
      "normal CBC 13 + symmetric tibiae 10 + marginal sclerosis 10 + afebrile 9 + clavicle 8 + >1 imaged lesion 7 + CRP 12 mg/L ≥ 10: 6 = 63 ≥ 39 → nbo-likely",
    presentation: {
      assessedOn: "2024-03-01",
      patient: { birthDate: "2013-05-10" },
      fever: { present: false },
      lesions: [
        {
          site: "tibia",
          side: "left",
          segment: "metaphysis",
          end: "distal",
          modality: "whole-body-mri",
          findings: ["bone-marrow-edema"],
        },
        {
          site: "tibia",
          side: "right",
          segment: "metaphysis",
          end: "distal",
          modality: "whole-body-mri",
          findings: ["bone-marrow-edema"],
        },
        { site: "clavicle", side: "right", modality: "x-ray", findings: ["lytic", "marginal-sclerosis"] },
      ],
      labs: [...normalCbc, { test: "crp", value: 12, unit: "mg/L" }],
    },
    expect: {
      status: "computed",
      outcome: "nbo-likely",
      score: 63,
      items: { "normal-blood-cell-count": true, "symmetric-lesions": true, "crp-at-least-1-mg-dl": true },
      warningsMatch: [/derived/],
    },
  },
  {
    name: "CRP in mg/dL is converted before the 10 mg/L test",
    arithmetic: "CRP 0.9 mg/dL = 9 mg/L < 10 → item 0; 63 − 6 = 57 ≥ 39 → nbo-likely",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: false },
      lesions: [
        {
          site: "femur",
          side: "left",
          segment: "metaphysis",
          modality: "mri-stir",
          findings: ["bone-marrow-edema"],
        },
        {
          site: "femur",
          side: "right",
          segment: "metaphysis",
          modality: "mri-stir",
          findings: ["bone-marrow-edema"],
        },
        { site: "T7", modality: "x-ray", findings: ["marginal-sclerosis"] },
      ],
      labs: [...normalCbc, { test: "crp", value: 0.9, unit: "mg/dL" }],
      mimicWorkup: { vitaminCDeficiency: "excluded" },
    },
    expect: {
      status: "computed",
      outcome: "nbo-likely",
      score: 57,
      items: { "crp-at-least-1-mg-dl": false },
    },
  },
  {
    name: "CRP exactly at 1 mg/dL counts (≥)",
    arithmetic:
      "CRP 10 mg/L ≥ 10 → 6; unifocal femur, no labs otherwise: 6 + afebrile 9 = 15; CBC unknown (13) and marginal sclerosis unknown (MRI only, D11: 10) → max 15 + 13 + 10 = 38 < 39 → below-cut-off",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: false },
      lesions: [{ site: "femur", side: "left", modality: "mri-stir" }],
      labs: [{ test: "crp", value: 10, unit: "mg/L" }],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [15, 38],
      items: { "crp-at-least-1-mg-dl": true },
    },
  },
  {
    name: "missing data straddling the cut-off",
    arithmetic:
      "known: symmetric 10 + >1 lesion 7 = 17; unknown: CBC 13, marginal sclerosis 10 (MRI only, D11), temperature 9, CRP 6 → range [17, 55] straddles 39 → indeterminate; each can decide: CBC (17+13+9 = 39 vs 26), sclerosis (17+10+13 = 40 vs 30), temperature (17+13+9 = 39 vs 30), CRP (17+10+9+6 = 42 vs 36)",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "fibula", side: "left", modality: "whole-body-mri" },
        { site: "fibula", side: "right", modality: "whole-body-mri" },
      ],
    },
    expect: {
      status: "insufficient-data",
      outcome: "indeterminate",
      scoreRange: [17, 55],
      missingToDecide: [
        "normal-blood-cell-count",
        "marginal-sclerosis",
        "normal-body-temperature",
        "crp-at-least-1-mg-dl",
      ],
    },
  },
  {
    name: "an abnormal platelet count decides the CBC item even with WBC missing",
    arithmetic:
      "platelets 520 > 450 → CBC false (0); afebrile 9 + clavicle 8 = 17; CRP (6) and marginal sclerosis (10, MRI only) unknown → max 33 < 39 → below-cut-off",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: false },
      lesions: [{ site: "clavicle", side: "left", modality: "mri-stir" }],
      labs: [{ test: "platelets", value: 520, unit: "10*9/L", referenceLow: 150, referenceHigh: 450 }],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [17, 33],
      items: { "normal-blood-cell-count": false },
    },
  },
  {
    name: "clinical-only lesions are not radiologically proven",
    arithmetic:
      "two clinical lesions → imaged bones 0 → >1 lesion item false; no x-ray/CT lesion → marginal sclerosis null (D11); open CBC 13 + sclerosis 10 + temperature 9 + CRP 6 = 38 < 39",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "femur", side: "left", modality: "clinical" },
        { site: "tibia", side: "left", modality: "clinical" },
      ],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [0, 38],
      items: { "more-than-one-lesion": false },
    },
  },
  {
    name: "a lesion without modality leaves the imaged count open",
    arithmetic:
      "one MRI lesion + one lesion of unknown modality → definite 1, possible 2 → item null; known: T4 vertebral 8; open: CBC 13, marginal sclerosis 10, temperature 9, >1 lesion 7, CRP 6 → [8, 53] straddles 39",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [{ site: "femur", side: "left", modality: "mri-stir" }, { site: "T4" }],
    },
    expect: {
      status: "insufficient-data",
      outcome: "indeterminate",
      scoreRange: [8, 53],
      items: { "more-than-one-lesion": null, "vertebral-clavicular-or-sternal": true },
    },
  },
  {
    name: "onset before 3 years and a toddler's absent fever",
    arithmetic:
      "birth 2021-06-01, onset 2023-09-01 → 2.25 y < 3 → cohort warning; assessment age 2.75 < 4 → Kingella warning on the temperature item",
    presentation: {
      assessedOn: "2024-03-01",
      patient: { birthDate: "2021-06-01" },
      symptomOnset: "2023-09-01",
      fever: { present: false },
      lesions: [{ site: "tibia", side: "left", modality: "mri-stir" }],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      warningsMatch: [/older than 3/, /Kingella/],
    },
  },
  {
    name: "symmetric metaphyseal lesions without vitamin C status",
    arithmetic: "left and right distal femoral metaphyses, no vitamin C result or work-up → scurvy warning",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "femur", side: "left", segment: "metaphysis", modality: "mri-stir" },
        { site: "femur", side: "right", segment: "metaphysis", modality: "mri-stir" },
      ],
    },
    expect: { status: "insufficient-data", outcome: "indeterminate", warningsMatch: [/scurvy/i] },
  },
  // ── marginal sclerosis, a radiographic sign (D11) ──────────────────────────────────────────────
  {
    name: "an x-ray lesion without marginal sclerosis settles the item",
    arithmetic:
      "x-ray of the left femur records lytic, no marginal sclerosis → false (an x-ray or CT lesion exists without it); afebrile 9; CBC 13, CRP 6 open → [9, 28] < 39",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: false },
      lesions: [{ site: "femur", side: "left", modality: "x-ray", findings: ["lytic"] }],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [9, 28],
      items: { "marginal-sclerosis": false },
    },
  },
  {
    name: "marginal sclerosis recorded on an MRI lesion counts",
    arithmetic:
      "the reader recorded marginal-sclerosis on the MRI lesion → true (any modality, D4/D11): 10 + afebrile 9 = 19; CBC 13, CRP 6 open → [19, 38]",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: false },
      lesions: [{ site: "femur", side: "left", modality: "mri-stir", findings: ["marginal-sclerosis"] }],
    },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [19, 38],
      items: { "marginal-sclerosis": true },
    },
  },
  {
    name: "MRI lesions only leave marginal sclerosis open",
    arithmetic: "no x-ray or CT lesion → null (MRI reports often omit it); the empty list gives null too",
    presentation: { assessedOn: "2024-03-01", fever: { present: false }, lesions: [] },
    expect: {
      status: "computed",
      outcome: "below-cut-off",
      scoreRange: [9, 38],
      items: { "marginal-sclerosis": null },
    },
  },
];
