import type { PresentationInput } from "../schema/presentation.ts";
import type { RedFlagVector } from "./red-flags.vectors.ts";

/**
 * Red-flag vectors for the readings decided after the first clinical review (D11 (docs/clinical/conventions.md#appendix-for-maintainers)):
 * blasts read from the interpretation, aggressive imaging after a negative biopsy of that bone, the
 * permeative and infant rules, the unifocal message after a biopsy, implausible values, and the flags
 * that could not be assessed. Each working shows the reading that decides it.
 */

const on = "2024-03-01";
const at = (extra: Omit<PresentationInput, "assessedOn">): PresentationInput => ({
  assessedOn: on,
  ...extra,
});
type LesionInput = NonNullable<PresentationInput["lesions"]>[number];

const destroyedTibia: LesionInput = {
  site: "tibia",
  side: "left",
  modality: "mri-stir",
  findings: ["bone-marrow-edema", "cortical-destruction"],
};
const inflammatoryBiopsy = {
  performed: true,
  date: "2024-02-01",
  site: { site: "tibia", side: "left" as const },
  findings: ["plasma-cells" as const, "lymphocytes" as const],
  culture: "negative" as const,
  onAntibioticsAtBiopsy: false,
};
const negativeBiopsyOfTibia = (extra: Partial<PresentationInput> = {}) =>
  at({
    lesions: [destroyedTibia],
    biopsy: inflammatoryBiopsy,
    mimicWorkup: { malignancy: "excluded" },
    ...extra,
  });

const BLASTS: RedFlagVector[] = [
  {
    name: "blasts reported as an interpretation",
    working: "blood-smear-blasts interpretation high = present (D11) → rf-mal-blasts high",
    presentation: at({ labs: [{ test: "blood-smear-blasts", interpretation: "high" }] }),
    fires: { "rf-mal-blasts": "high" },
  },
  {
    name: "blasts interpretation normal",
    working: "interpretation normal = absent → silent",
    presentation: at({ labs: [{ test: "blood-smear-blasts", interpretation: "normal" }] }),
    silent: ["rf-mal-blasts"],
    exactly: [],
  },
  {
    name: "blasts true beside an interpretation normal",
    working: "a value true wins over an interpretation normal (D11) → rf-mal-blasts high",
    presentation: at({
      labs: [{ test: "blood-smear-blasts", value: true, unit: "{presence}", interpretation: "normal" }],
    }),
    fires: { "rf-mal-blasts": "high" },
  },
];

const AGGRESSIVE: RedFlagVector[] = [
  {
    name: "aggressive features after a negative biopsy of that bone",
    working:
      "malignancy excluded + biopsy performed, inflammatory (plasma cells, lymphocytes), site = tibia left = the bone with cortical destruction → moderate; the message says the features persist despite the biopsy",
    presentation: negativeBiopsyOfTibia(),
    fires: { "rf-mal-img-aggressive": "moderate" },
    messageMatch: { "rf-mal-img-aggressive": /persist despite a biopsy/ },
    evidenceMatch: { "rf-mal-img-aggressive": /biopsy of tibia left on 2024-02-01/ },
  },
  {
    name: "aggressive features, biopsy without a site, one bone",
    working: "no biopsy site, exactly one bone with a lesion → the biopsy is of that bone (D11) → moderate",
    presentation: negativeBiopsyOfTibia({ biopsy: { ...inflammatoryBiopsy, site: undefined } }),
    fires: { "rf-mal-img-aggressive": "moderate" },
  },
  {
    name: "aggressive features, biopsy without a site, two bones",
    working: "no biopsy site and two bones → which bone was sampled is unknown → stays high",
    presentation: negativeBiopsyOfTibia({
      lesions: [destroyedTibia, { site: "T7", modality: "mri-stir", findings: ["bone-marrow-edema"] }],
      biopsy: { ...inflammatoryBiopsy, site: undefined },
    }),
    fires: { "rf-mal-img-aggressive": "high" },
  },
  {
    name: "aggressive features, biopsy of another bone",
    working: "biopsy site femur right ≠ tibia left → high",
    presentation: negativeBiopsyOfTibia({
      biopsy: { ...inflammatoryBiopsy, site: { site: "femur", side: "right" } },
    }),
    fires: { "rf-mal-img-aggressive": "high" },
  },
  {
    name: "aggressive features, malignancy not yet excluded",
    working: "mimicWorkup.malignancy not-assessed → high, whatever the biopsy",
    presentation: negativeBiopsyOfTibia({ mimicWorkup: { malignancy: "not-assessed" } }),
    fires: { "rf-mal-img-aggressive": "high" },
    messageMatch: { "rf-mal-img-aggressive": /not seen in CNO/ },
  },
  {
    name: "aggressive features, biopsy histology not inflammatory",
    working: "plasma cells + granuloma: granuloma rules inflammatory histology out (D3) → high",
    presentation: negativeBiopsyOfTibia({
      biopsy: { ...inflammatoryBiopsy, findings: ["plasma-cells", "granuloma"] },
    }),
    fires: { "rf-mal-img-aggressive": "high" },
  },
  {
    name: "aggressive features seen after the biopsy",
    working:
      "the lesion was observed 2024-02-20, after the 2024-02-01 biopsy: the biopsy cannot have sampled it → high",
    presentation: negativeBiopsyOfTibia({ lesions: [{ ...destroyedTibia, observedOn: "2024-02-20" }] }),
    fires: { "rf-mal-img-aggressive": "high" },
  },
];

const NEW_RULES: RedFlagVector[] = [
  {
    name: "permeative destruction",
    working: "permeative-or-moth-eaten on a lesion → rf-mal-img-permeative moderate (D11) [CONV]",
    presentation: at({
      lesions: [{ site: "femur", side: "right", modality: "x-ray", findings: ["permeative-or-moth-eaten"] }],
    }),
    fires: { "rf-mal-img-permeative": "moderate" },
    silent: ["rf-mal-img-aggressive"],
  },
  {
    name: "lytic lesion without a permeative pattern",
    working: "lytic alone is not permeative → silent",
    presentation: at({ lesions: [{ site: "femur", side: "right", modality: "x-ray", findings: ["lytic"] }] }),
    silent: ["rf-mal-img-permeative"],
  },
  {
    name: "an infant one day before the first birthday",
    working:
      "born 2023-03-02, assessed 2024-03-01: 0 completed years + 365/366 = 0.997 < 1 → rf-other-infant moderate; 0.997 ≥ 0.5 → Kingella too",
    presentation: at({ patient: { birthDate: "2023-03-02" } }),
    fires: { "rf-other-infant": "moderate", "rf-inf-kingella-age": "moderate" },
  },
  {
    name: "on the first birthday",
    working: "born 2023-03-01, assessed 2024-03-01 = exactly 1.0 (calendar age, D11) → not < 1 → silent",
    presentation: at({ patient: { birthDate: "2023-03-01" } }),
    silent: ["rf-other-infant"],
    fires: { "rf-inf-kingella-age": "moderate" },
  },
  {
    name: "single tibia after whole-body MRI, already biopsied",
    working:
      "1 bone, not a clavicle, whole-body imaging performed → moderate as before; biopsy performed → the message no longer asks for one (D11)",
    presentation: at({
      lesions: [{ site: "tibia", side: "left", modality: "whole-body-mri", findings: ["bone-marrow-edema"] }],
      wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
      biopsy: { performed: true, findings: ["plasma-cells"], culture: "negative" },
    }),
    fires: { "rf-unifocal-nonclavicle": "moderate" },
    noMessageMatch: { "rf-unifocal-nonclavicle": /biopsy is needed|if still single, biopsy/ },
    evidenceMatch: { "rf-unifocal-nonclavicle": /biopsy performed/ },
  },
];

const INPUTS: RedFlagVector[] = [
  {
    name: "platelets 80 /µL (a unit slip)",
    working:
      "80 /µL ÷ 1000 = 0.08 ×10⁹/L: outside the plausible 5–2,000 → kept and read: 0.08 < 100 → thrombocytopenia high, carrying 'implausible value — check the unit'",
    presentation: at({ labs: [{ test: "platelets", value: 80, unit: "/uL" }] }),
    fires: { "rf-mal-thrombocytopenia": "high", "rf-mal-plt-lt300": "info" },
    warningMatch: {
      "rf-mal-thrombocytopenia": /implausible value — check the unit/i,
      "rf-mal-plt-lt300": /implausible value — check the unit/i,
    },
  },
  {
    name: "LDH 2,500 U/L without a range",
    working:
      "LDH above the lab's upper limit needs referenceHigh or an interpretation; neither given → rf-mal-lysis-labs cannot be assessed: missing ldh.referenceHigh",
    presentation: at({ labs: [{ test: "ldh", value: 2500, unit: "U/L" }] }),
    silent: ["rf-mal-lysis-labs"],
    exactly: [],
    undecided: { "rf-mal-lysis-labs": ["ldh.referenceHigh"] },
  },
  {
    name: "LDH with its range, uric acid without",
    working:
      "LDH 900 > 600 fires lysis-labs: a fired rule is never listed as undecided, whatever uric acid lacks",
    presentation: at({
      labs: [
        { test: "ldh", value: 900, unit: "U/L", referenceHigh: 600 },
        { test: "uric-acid", value: 5, unit: "mg/dL" },
      ],
    }),
    fires: { "rf-mal-lysis-labs": "high" },
    undecided: {},
  },
  {
    name: "platelets reported only as low, no range",
    working:
      "interpretation low without a range: < 100 and < 300 cannot be decided (missing platelets.value); low → not normal → abnormal-cbc fires",
    presentation: at({ labs: [{ test: "platelets", interpretation: "low" }] }),
    fires: { "rf-mal-abnormal-cbc": "moderate" },
    undecided: {
      "rf-mal-plt-lt300": ["platelets.value"],
      "rf-mal-thrombocytopenia": ["platelets.value"],
    },
  },
  {
    name: "a qualified CRP whose bound cannot decide 55",
    working: "CRP '< 100' lies in [0, 100): > 55 undecidable → rf-inf-crp-gt55 missing crp.value",
    presentation: at({ labs: [{ test: "crp", value: 100, unit: "mg/L", qualifier: "<" }] }),
    undecided: { "rf-inf-crp-gt55": ["crp.value"] },
  },
  {
    name: "WBC without a range",
    working:
      "WBC 6 ×10⁹/L, no range, no interpretation → 'normal' cannot be read → abnormal-cbc missing both limits",
    presentation: at({ labs: [{ test: "wbc", value: 6, unit: "10*9/L" }] }),
    exactly: [],
    undecided: { "rf-mal-abnormal-cbc": ["wbc.referenceHigh", "wbc.referenceLow"] },
  },
  {
    name: "scurvy signs with a vitamin C result that has no range",
    working:
      "petechiae → rf-met-scurvy moderate; the vitamin C value has no referenceLow, so the flag warns that a low result would make it high",
    presentation: at({
      clinicalSigns: ["petechiae"],
      labs: [{ test: "vitamin-c", value: 0.1, unit: "mg/dL" }],
    }),
    fires: { "rf-met-scurvy": "moderate" },
    warningMatch: { "rf-met-scurvy": /vitamin-c\.referenceLow.*would make this high/ },
    undecided: {},
  },
  {
    name: "an absent test is never listed",
    working: "no labs at all → nothing undecided",
    presentation: at({}),
    exactly: [],
    undecided: {},
  },
];

export const RED_FLAG_REVIEW_VECTORS: RedFlagVector[] = [...BLASTS, ...AGGRESSIVE, ...NEW_RULES, ...INPUTS];
