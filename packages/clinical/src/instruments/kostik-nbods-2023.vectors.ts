import type { InstrumentVector } from "../../test/instrument-vectors.ts";

const CRP = "crp-le-55-mg-l";
const BANDS = "band-neutrophils-le-220";

const unifocalTibia = [{ site: "tibia", side: "left", modality: "mri-stir" }] as const;
const multifocalNoFemur = [
  { site: "clavicle", side: "right", modality: "whole-body-mri" },
  { site: "T8", modality: "whole-body-mri" },
] as const;
const bands = (value: number, unit = "/uL") => ({ test: "band-neutrophils", value, unit }) as const;
const crp = (value: number, unit = "mg/L") => ({ test: "crp", value, unit }) as const;

/** Hand-worked NBODS presentations; points 56/27/17/15 and cut-off > 17 [V] (docs/clinical/instruments/kostik-nbods-2023.md#points-and-threshold). */
export const KOSTIK_2023_VECTORS: InstrumentVector[] = [
  {
    name: "typical multifocal CNO with femur, everything recorded",
    arithmetic:
      "CRP 8 ≤ 55: 56 + multifocal (femur, T8): 27 + femur: 17 + bands 100 ≤ 220: 15 = 115; still score-only",
    presentation: {
      assessedOn: "2024-03-01",
      patient: { birthDate: "2012-02-01" },
      lesions: [
        { site: "femur", side: "left", segment: "metaphysis", modality: "whole-body-mri" },
        { site: "T8", modality: "whole-body-mri" },
      ],
      labs: [crp(8), bands(100)],
    },
    expect: {
      status: "computed",
      outcome: "score-only",
      score: 115,
      items: { [CRP]: true, multifocal: true, "femur-involved": true, [BANDS]: true },
      warningsMatch: [/arithmetically inconsistent.*alone gives 56/],
      noWarningMatches: [/Kingella/, /scurvy/i],
    },
  },
  {
    name: "CRP exactly 55 mg/L counts (≤)",
    arithmetic: "CRP 55 ≤ 55: 56; unifocal tibia: multifocal 0, femur 0; bands 300 > 220: 0 → 56",
    presentation: { assessedOn: "2024-03-01", lesions: [...unifocalTibia], labs: [crp(55), bands(300)] },
    expect: { status: "computed", outcome: "score-only", score: 56, items: { [CRP]: true, [BANDS]: false } },
  },
  {
    name: "CRP 55.1 mg/L does not count; bands exactly 220 do",
    arithmetic: "CRP 55.1 > 55: 0; single femur: multifocal 0 + femur 17; bands 220 ≤ 220: 15 → 32",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [{ site: "femur", side: "right", modality: "mri-stir" }],
      labs: [crp(55.1), bands(220)],
    },
    expect: {
      status: "computed",
      outcome: "score-only",
      score: 32,
      items: { [CRP]: false, "femur-involved": true, [BANDS]: true },
    },
  },
  {
    name: "bands 221 /µL do not count",
    arithmetic: "CRP 60 > 55: 0; clavicle + T8 multifocal: 27; no femur: 0; bands 221 > 220: 0 → 27",
    presentation: { assessedOn: "2024-03-01", lesions: [...multifocalNoFemur], labs: [crp(60), bands(221)] },
    expect: {
      status: "computed",
      outcome: "score-only",
      score: 27,
      items: { [BANDS]: false, "femur-involved": false },
    },
  },
  {
    name: "CRP '<60' cannot decide ≤ 55",
    arithmetic:
      "CRP < 60 could be 50 or 58 → null (0 or 56); multifocal 27 + no femur 0 + bands 150: 15 = 42 → range [42, 98]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...multifocalNoFemur],
      labs: [{ test: "crp", value: 60, qualifier: "<", unit: "mg/L" }, bands(150)],
    },
    expect: { status: "computed", outcome: "score-only", scoreRange: [42, 98], items: { [CRP]: null } },
  },
  {
    name: "the latest CRP, '>55', decides against: its bound lies strictly above 55",
    arithmetic:
      "CRP < 5 on 02-01 is superseded by CRP > 55 on 02-20 (latest by takenOn) → every value > 55 → 0; unifocal tibia 0; bands 100: 15 → 15",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...unifocalTibia],
      labs: [
        { test: "crp", value: 5, qualifier: "<", unit: "mg/L", takenOn: "2024-02-01" },
        { test: "crp", value: 55, qualifier: ">", unit: "mg/L", takenOn: "2024-02-20" },
        bands(100),
      ],
    },
    expect: { status: "computed", outcome: "score-only", score: 15, items: { [CRP]: false } },
  },
  {
    name: "CRP '<5' mg/L alone: its bound decides",
    arithmetic:
      "CRP < 5 → every possible value ≤ 55 → 56; lesions [] → multifocal 0, femur 0; bands missing → range [56, 71]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [],
      labs: [{ test: "crp", value: 5, qualifier: "<", unit: "mg/L" }],
    },
    expect: {
      status: "computed",
      outcome: "score-only",
      scoreRange: [56, 71],
      items: { [CRP]: true, multifocal: false, "femur-involved": false, [BANDS]: null },
    },
  },
  {
    name: "CRP in mg/dL is converted: 5.5 mg/dL = 55 mg/L counts",
    arithmetic: "5.5 × 10 = 55 ≤ 55: 56; unifocal tibia 0; bands 0.3 ×10⁹/L = 300 /µL > 220: 0 → 56",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...unifocalTibia],
      labs: [crp(5.5, "mg/dL"), bands(0.3, "10*9/L")],
    },
    expect: { status: "computed", outcome: "score-only", score: 56, items: { [CRP]: true, [BANDS]: false } },
  },
  {
    name: "CRP 6 mg/dL and bands 0.22 ×10⁹/L",
    arithmetic: "6 × 10 = 60 > 55: 0; bands 0.22 × 1000 = 220 ≤ 220: 15; multifocal 27 → 42",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...multifocalNoFemur],
      labs: [crp(6, "mg/dL"), bands(0.22, "10*9/L")],
    },
    expect: { status: "computed", outcome: "score-only", score: 42, items: { [CRP]: false, [BANDS]: true } },
  },
  {
    name: "nothing recorded: the full range, still computed",
    arithmetic: "all four items null → [0, 56 + 27 + 17 + 15] = [0, 115]; status stays computed (score-only)",
    presentation: { assessedOn: "2024-03-01" },
    expect: {
      status: "computed",
      outcome: "score-only",
      scoreRange: [0, 115],
      items: { [CRP]: null, multifocal: null, "femur-involved": null, [BANDS]: null },
    },
  },
  {
    name: "a CRP reported only as 'normal' cannot decide the 55 mg/L cut-off",
    arithmetic:
      "interpretation only, no value → null (0 or 56); unifocal femur 17; bands missing (0 or 15) → [17, 88]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [{ site: "femur", side: "left", modality: "x-ray" }],
      labs: [{ test: "crp", interpretation: "normal" }],
    },
    expect: { status: "computed", outcome: "score-only", scoreRange: [17, 88], items: { [CRP]: null } },
  },
  {
    name: "a two-year-old with a low CRP: the Kingella warning",
    arithmetic:
      "birth 2022-03-01, assessed 2024-03-01 → 2.0 y < 4 → Kingella warning on the CRP item (met) and on the instrument; 56 + 0 + 0 + 15 = 71",
    presentation: {
      assessedOn: "2024-03-01",
      patient: { birthDate: "2022-03-01" },
      lesions: [...unifocalTibia],
      labs: [crp(4), bands(80)],
    },
    expect: {
      status: "computed",
      outcome: "score-only",
      score: 71,
      items: { [CRP]: true },
      warningsMatch: [/Kingella/],
    },
  },
  {
    name: "symmetric metaphyseal femora without vitamin C status: the scurvy warning",
    arithmetic:
      "left + right femoral metaphyses: multifocal 27 + femur 17 = 44; CRP 20: 56 → 100; bands missing → [100, 115]; no vitamin C → scurvy warning",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "femur", side: "left", segment: "metaphysis", modality: "mri-stir" },
        { site: "femur", side: "right", segment: "metaphysis", modality: "mri-stir" },
      ],
      labs: [crp(20)],
    },
    expect: { status: "computed", outcome: "score-only", scoreRange: [100, 115], warningsMatch: [/scurvy/i] },
  },
];
