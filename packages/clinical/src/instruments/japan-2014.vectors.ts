import type { InstrumentVector } from "../../test/instrument-vectors.ts";

const IMAGING = "imaging-lysis-sclerosis-and-marrow-edema";
const BIOPSY = "biopsy-inflammation-culture-negative";
const OTHER = "other-causes-excluded";

type Input = InstrumentVector["presentation"];

const typicalLesions: NonNullable<Input["lesions"]> = [
  { site: "clavicle", side: "right", modality: "x-ray", findings: ["lytic", "sclerosis"] },
  { site: "clavicle", side: "right", modality: "mri-stir", findings: ["bone-marrow-edema"] },
];
const sterileBiopsy: Input["biopsy"] = {
  performed: true,
  findings: ["plasma-cells", "fibrosis"],
  culture: "negative",
};
const allExcluded: NonNullable<Input["mimicWorkup"]> = {
  malignancy: "excluded",
  infection: "excluded",
  vitaminCDeficiency: "excluded",
  hypophosphatasia: "excluded",
};

/** Hand-worked Japan 2014 presentations: all three items required (rule verbatim, docs/clinical/instruments/japan-2014.md). */
export const JAPAN_2014_VECTORS: InstrumentVector[] = [
  {
    name: "all three items met",
    arithmetic:
      "x-ray lytic + sclerosis and STIR oedema → 1 true; plasma cells, culture negative → 2 true; 4/4 excluded → 3 true; all true → criteria-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: sterileBiopsy,
      mimicWorkup: allExcluded,
    },
    expect: {
      status: "computed",
      outcome: "criteria-met",
      items: { [IMAGING]: true, [BIOPSY]: true, [OTHER]: true },
      missingToDecide: [],
      noWarningMatches: [/obligatory/],
    },
  },
  {
    name: "marginal sclerosis and whole-body MRI on different bones also meet item 1",
    arithmetic:
      "x-ray femur lytic + marginal-sclerosis; WB-MRI T5 oedema → 1 true (the text does not ask for the same bone); 2 and 3 true → criteria-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "femur", side: "left", modality: "x-ray", findings: ["lytic", "marginal-sclerosis"] },
        { site: "T5", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
      ],
      biopsy: { performed: true, findings: ["non-specific-inflammation"], culture: "negative" },
      mimicWorkup: allExcluded,
    },
    expect: { status: "computed", outcome: "criteria-met", items: { [IMAGING]: true } },
  },
  {
    name: "no biopsy performed decides criteria-not-met however little else is known",
    arithmetic:
      "biopsy performed: false → 2 false; no lesions, no work-up → 1 and 3 null; one false → criteria-not-met",
    presentation: { assessedOn: "2024-03-01", biopsy: { performed: false } },
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { [IMAGING]: null, [BIOPSY]: false, [OTHER]: null },
      missingToDecide: [],
      warningsMatch: [/obligatory/],
    },
  },
  {
    name: "biopsy not recorded: only the biopsy decides",
    arithmetic:
      "1 true, 3 true, biopsy missing → 2 null → undecided; 2 = true gives met, false gives not-met → missingToDecide [biopsy]",
    presentation: { assessedOn: "2024-03-01", lesions: [...typicalLesions], mimicWorkup: allExcluded },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [BIOPSY]: null },
      missingToDecide: [BIOPSY],
      warningsMatch: [/Bristol criterion 1/],
    },
  },
  {
    name: "culture not done cannot exclude infection (PCR not modelled)",
    arithmetic:
      "plasma cells but culture not-done → and(true, null) = null → undecided; missingToDecide [biopsy]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: { performed: true, findings: ["plasma-cells"], culture: "not-done" },
      mimicWorkup: allExcluded,
    },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [BIOPSY]: null },
      missingToDecide: [BIOPSY],
    },
  },
  {
    name: "positive culture fails item 2 and, as a present infection mimic, item 3",
    arithmetic:
      "culture positive → 2 false; mimicPresent.infection (positive biopsy culture) → 3 false despite 'excluded' → criteria-not-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: { performed: true, findings: ["neutrophils"], culture: "positive" },
      mimicWorkup: allExcluded,
    },
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { [IMAGING]: true, [BIOPSY]: false, [OTHER]: false },
    },
  },
  {
    name: "granuloma rules the histology out (D3)",
    arithmetic: "lymphocytes + granuloma → not inflammatory per D3 → 2 false → criteria-not-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: { performed: true, findings: ["lymphocytes", "granuloma"], culture: "negative" },
      mimicWorkup: allExcluded,
    },
    expect: { status: "computed", outcome: "criteria-not-met", items: { [BIOPSY]: false, [OTHER]: true } },
  },
  {
    name: "a confirmed malignancy fails item 3",
    arithmetic: "malignancy confirmed → 3 false; 1 and 2 true → criteria-not-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: sterileBiopsy,
      mimicWorkup: { ...allExcluded, malignancy: "confirmed" },
    },
    expect: { status: "computed", outcome: "criteria-not-met", items: { [OTHER]: false } },
  },
  {
    name: "a low alkaline phosphatase is a present mimic even when the work-up says excluded",
    arithmetic: "ALP 90 U/L < lower limit 150 → hypophosphatasia present (D7) → 3 false → criteria-not-met",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: sterileBiopsy,
      mimicWorkup: allExcluded,
      labs: [{ test: "alkaline-phosphatase", value: 90, unit: "U/L", referenceLow: 150, referenceHigh: 420 }],
    },
    expect: { status: "computed", outcome: "criteria-not-met", items: { [OTHER]: false } },
  },
  {
    name: "a mimic group not yet assessed leaves item 3 open",
    arithmetic:
      "infection not-assessed, others excluded, none present → 3 null; 1 and 2 true → undecided; missingToDecide [other]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: sterileBiopsy,
      mimicWorkup: { ...allExcluded, infection: "not-assessed" },
    },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [OTHER]: null },
      missingToDecide: [OTHER],
    },
  },
  {
    name: "x-ray without MRI: imaging undecided, not unmet",
    arithmetic:
      "x-ray lytic + sclerosis, no MRI lesion → 1 null (MRI may be missing) → undecided; missingToDecide [imaging]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [{ site: "tibia", side: "left", modality: "x-ray", findings: ["lytic", "sclerosis"] }],
      biopsy: sterileBiopsy,
      mimicWorkup: allExcluded,
    },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [IMAGING]: null },
      missingToDecide: [IMAGING],
    },
  },
  {
    name: "CT is not a plain radiograph; lysis alone is not mixed",
    arithmetic:
      "CT lytic + sclerosis (not x-ray) and x-ray lytic without sclerosis, MRI oedema → no qualifying x-ray → 1 null → undecided",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "mandible", modality: "ct", findings: ["lytic", "sclerosis"] },
        { site: "tibia", side: "right", modality: "x-ray", findings: ["lytic"] },
        { site: "tibia", side: "right", modality: "mri-stir", findings: ["bone-marrow-edema"] },
      ],
      biopsy: sterileBiopsy,
      mimicWorkup: allExcluded,
    },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [IMAGING]: null },
      missingToDecide: [IMAGING],
    },
  },
  {
    name: "an empty lesion list fails item 1",
    arithmetic: "lesions [] → no lesion on the imaging given (D4) → 1 false → criteria-not-met",
    presentation: { assessedOn: "2024-03-01", lesions: [], biopsy: sterileBiopsy, mimicWorkup: allExcluded },
    expect: { status: "computed", outcome: "criteria-not-met", items: { [IMAGING]: false } },
  },
  {
    name: "nothing recorded: every item decides",
    arithmetic:
      "no lesions, biopsy, work-up → 1, 2, 3 null, none false → undecided; each one false would give not-met → missingToDecide all three",
    presentation: { assessedOn: "2024-03-01" },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [IMAGING]: null, [BIOPSY]: null, [OTHER]: null },
      missingToDecide: [IMAGING, BIOPSY, OTHER],
    },
  },
  {
    name: "a performed biopsy with no findings recorded stays open",
    arithmetic:
      "findings [] → histology null; culture negative → and(null, true) = null; 3 not-assessed everywhere → null; 1 true → missingToDecide [biopsy, other]",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [...typicalLesions],
      biopsy: { performed: true, findings: [], culture: "negative" },
    },
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { [BIOPSY]: null, [OTHER]: null },
      missingToDecide: [BIOPSY, OTHER],
    },
  },
];
