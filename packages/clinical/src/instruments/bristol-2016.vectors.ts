import type { InstrumentVector } from "../../test/instrument-vectors.ts";
import type { PresentationInput } from "../schema/presentation.ts";

/**
 * Hand-worked Bristol 2016 presentations (items and null rules D6 (docs/clinical/instruments/bristol-2016.md#our-readings); outcome order D11;
 * built-in CRP cut-off 30 mg/L [S]). Outcome, first that applies: (1) a mimic present (D7 mimicPresent
 * in any group, or a biopsy granuloma) → mimic-present; (2) a typical finding false → not met; (3) both
 * typical + criterion 1 true → met without biopsy; (4) both + criterion 2 true → met with biopsy;
 * (5) both, criterion 1 false, biopsy performed with criterion 2 false → not met; (6) both, criterion 1
 * false, no biopsy → biopsy required; (7) both, criterion 1 open only because one non-clavicular bone
 * lacks whole-body imaging (CRP < 30) → whole-body imaging required; (8) otherwise undecided.
 */

type Lesions = NonNullable<PresentationInput["lesions"]>;
type Labs = NonNullable<PresentationInput["labs"]>;

const MULTIFOCAL: Lesions = [
  {
    site: "tibia",
    side: "left",
    segment: "metaphysis",
    modality: "whole-body-mri",
    findings: ["bone-marrow-edema"],
  },
  { site: "T8", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
];
const LONE_TIBIA: Lesions = [
  { site: "tibia", side: "left", modality: "mri-stir", findings: ["bone-marrow-edema"] },
];
const LONE_CLAVICLE: Lesions = [
  { site: "clavicle", side: "right", modality: "mri-stir", findings: ["bone-marrow-edema"] },
];
const INFLAMMATORY_BIOPSY: NonNullable<PresentationInput["biopsy"]> = {
  performed: true,
  findings: ["plasma-cells", "lymphocytes", "fibrosis"],
  culture: "negative",
  onAntibioticsAtBiopsy: false,
};

const crp = (value: number, unit = "mg/L", qualifier?: "<" | ">"): Labs => [
  { test: "crp", value, unit, ...(qualifier ? { qualifier } : {}) },
];

/** A typical child (10.8 y at assessment): bone pain, afebrile, no local signs, multifocal MRI oedema, CRP 12 mg/L. */
function typical(overrides: Partial<PresentationInput> = {}): PresentationInput {
  return {
    assessedOn: "2024-03-01",
    patient: { birthDate: "2013-05-10" },
    bonePain: true,
    fever: { present: false },
    lesions: MULTIFOCAL,
    labs: crp(12),
    ...overrides,
  };
}

export const BRISTOL_2016_VECTORS: InstrumentVector[] = [
  // ── criteria-met-without-biopsy ────────────────────────────────────────────────────────────────
  {
    name: "typical multifocal CNO with a low CRP",
    arithmetic:
      "pain yes, fever no, no redness → clinical true; MRI oedema → radiological true; tibia + T8 = 2 bones → pattern true; CRP 12 < 30 → true; criterion 1 = true ∧ true → rule 1: criteria-met-without-biopsy",
    presentation: typical(),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: {
        "typical-clinical-findings": true,
        "typical-radiological-findings": true,
        "multifocal-or-clavicle-alone": true,
        "crp-below-30-mg-l": true,
        "criterion-1": true,
        "criterion-2": false,
      },
      warningsMatch: [/structure and CRP cut-off await the primary table/i, /atypical features such as age/i],
      noWarningMatches: [/Kingella/, /scurvy/i],
    },
  },
  {
    name: "CRP 29.9 mg/L is below the cut-off",
    arithmetic: "29.9 < 30 → crp true → criterion 1 true → criteria-met-without-biopsy",
    presentation: typical({ labs: crp(29.9) }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "crp-below-30-mg-l": true },
    },
  },
  {
    name: "CRP reported in mg/dL is converted first",
    arithmetic: "2.5 mg/dL × 10 = 25 mg/L < 30 → crp true → criteria-met-without-biopsy",
    presentation: typical({ labs: crp(2.5, "mg/dL") }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "crp-below-30-mg-l": true },
    },
  },
  {
    name: "a qualified CRP below a bound under the cut-off decides",
    arithmetic: "'<5 mg/L': every value it allows is < 30 → crp true → criteria-met-without-biopsy",
    presentation: typical({ labs: crp(5, "mg/L", "<") }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "crp-below-30-mg-l": true },
    },
  },
  {
    name: "a CRP reported only as normal for a range under the cut-off",
    arithmetic:
      "interpretation normal, lab range 0–5 mg/L → the value lies in [0, 5] < 30 → crp true → criteria-met-without-biopsy",
    presentation: typical({
      labs: [{ test: "crp", interpretation: "normal", unit: "mg/L", referenceLow: 0, referenceHigh: 5 }],
    }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "crp-below-30-mg-l": true },
    },
  },
  {
    name: "lone clavicle without whole-body imaging",
    arithmetic:
      '1 bone, a clavicle → pattern true either way ("or clavicle alone"); CRP 8 < 30 → criterion 1 true → rule 1 comes before rule 4: criteria-met-without-biopsy',
    presentation: typical({ lesions: LONE_CLAVICLE, labs: crp(8) }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "multifocal-or-clavicle-alone": true, "criterion-1": true },
    },
  },
  {
    name: "lone clavicle after whole-body imaging",
    arithmetic:
      "whole-body MRI performed, 1 bone = clavicle → pattern true; CRP 8 < 30 → criteria-met-without-biopsy",
    presentation: typical({
      lesions: LONE_CLAVICLE,
      wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
      labs: crp(8),
    }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "multifocal-or-clavicle-alone": true },
    },
  },
  // ── criteria-met-with-biopsy ───────────────────────────────────────────────────────────────────
  {
    name: "raised CRP, inflammatory biopsy off antibiotics with a negative culture",
    arithmetic:
      "CRP 45 ≥ 30 → crp false → criterion 1 false; biopsy plasma cells/lymphocytes/fibrosis, no excluding finding → inflammatory; culture negative; not on antibiotics → criterion 2 true → rule 2: criteria-met-with-biopsy",
    presentation: typical({ labs: crp(45), biopsy: INFLAMMATORY_BIOPSY }),
    expect: {
      status: "computed",
      outcome: "criteria-met-with-biopsy",
      items: { "crp-below-30-mg-l": false, "criterion-1": false, "criterion-2": true },
    },
  },
  {
    name: "single non-clavicle bone after whole-body imaging, biopsied",
    arithmetic:
      "whole-body MRI performed, 1 bone (tibia) → unifocal → pattern false → criterion 1 false; criterion 2 true → criteria-met-with-biopsy",
    presentation: typical({
      lesions: LONE_TIBIA,
      wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
      labs: crp(8),
      biopsy: INFLAMMATORY_BIOPSY,
    }),
    expect: {
      status: "computed",
      outcome: "criteria-met-with-biopsy",
      items: { "multifocal-or-clavicle-alone": false, "criterion-1": false, "criterion-2": true },
    },
  },
  // ── criteria-not-met ───────────────────────────────────────────────────────────────────────────
  {
    name: "no bone pain",
    arithmetic:
      "bonePain false → clinical = false ∧ … = false → rule 3: criteria-not-met (rules 1–2 need it true)",
    presentation: typical({ bonePain: false }),
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { "typical-clinical-findings": false },
    },
  },
  {
    name: "no bone pain outweighs fever",
    arithmetic: "bonePain false, fever present → false ∧ null = false (Kleene) → criteria-not-met",
    presentation: typical({ bonePain: false, fever: { present: true, maxTemperatureC: 38.9 } }),
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { "typical-clinical-findings": false },
    },
  },
  {
    name: "biopsy taken on antibiotics, CRP raised",
    arithmetic:
      "CRP 45 → criterion 1 false; onAntibioticsAtBiopsy true → criterion 2 false after a biopsy → rule 3: criteria-not-met",
    presentation: typical({ labs: crp(45), biopsy: { ...INFLAMMATORY_BIOPSY, onAntibioticsAtBiopsy: true } }),
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { "criterion-1": false, "criterion-2": false },
    },
  },
  {
    name: "granuloma on the biopsy is a mimic",
    arithmetic:
      "plasma cells + granuloma: the granuloma counts with the infection group (D11) → rule 1: mimic-present, not-applicable; criterion 2 is still false (granuloma rules out inflammatory histology, D3)",
    presentation: typical({
      labs: crp(45),
      biopsy: { ...INFLAMMATORY_BIOPSY, findings: ["plasma-cells", "granuloma"] },
    }),
    expect: {
      status: "not-applicable",
      outcome: "mimic-present",
      items: { "criterion-2": false },
      warningsMatch: [/^Mimic present: infection \(granuloma on biopsy/],
    },
  },
  {
    name: "positive biopsy culture is a mimic",
    arithmetic:
      "culture positive → D7 mimicPresent infection → rule 1: mimic-present (D11), whatever criterion 1",
    presentation: typical({ labs: crp(45), biopsy: { ...INFLAMMATORY_BIOPSY, culture: "positive" } }),
    expect: { status: "not-applicable", outcome: "mimic-present", items: { "criterion-2": false } },
  },
  {
    name: "histology not inflammatory after a biopsy, raised CRP",
    arithmetic:
      "biopsy shows only necrosis: no inflammatory finding (D3) → criterion 2 false; CRP 45 → criterion 1 false; biopsy performed → rule 5: criteria-not-met",
    presentation: typical({ labs: crp(45), biopsy: { ...INFLAMMATORY_BIOPSY, findings: ["necrosis"] } }),
    expect: {
      status: "computed",
      outcome: "criteria-not-met",
      items: { "criterion-1": false, "criterion-2": false },
    },
  },
  {
    name: "after a biopsy with both criteria false, the typical findings cannot rescue it",
    arithmetic:
      "bone pain not recorded → clinical null; CRP 45 → criterion 1 false; biopsy taken on antibiotics → criterion 2 false; rule 5 gives not met if the findings are typical, rule 2 if not: every completion is criteria-not-met, so it is decided",
    presentation: typical({
      bonePain: undefined,
      labs: crp(45),
      biopsy: { ...INFLAMMATORY_BIOPSY, onAntibioticsAtBiopsy: true },
    }),
    expect: { status: "computed", outcome: "criteria-not-met", items: { "typical-clinical-findings": null } },
  },
  // ── mimic-present (D11: a proven mimic outranks every "criteria met") ──────────────────────────
  ...(
    [
      [
        "malignant cells on the biopsy",
        { biopsy: { ...INFLAMMATORY_BIOPSY, findings: ["malignant-cells"] } },
        "malignancy",
      ],
      [
        "Langerhans cells on the biopsy",
        { biopsy: { ...INFLAMMATORY_BIOPSY, findings: ["langerhans-cells"] } },
        "malignancy",
      ],
      ["a positive blood culture", { bloodCulture: "positive" }, "infection"],
      [
        "vitamin C below the lab's range",
        { labs: [...crp(12), { test: "vitamin-c", value: 0.1, unit: "mg/dL", referenceLow: 0.4 }] },
        "vitamin C deficiency",
      ],
    ] as const
  ).map(
    ([what, extra, group]): InstrumentVector => ({
      name: `multifocal, CRP 12, ${what}`,
      arithmetic: `would be criteria-met-without-biopsy (2 bones, CRP 12 < 30), but ${what} makes D7 mimicPresent ${group} true → rule 1: mimic-present, not-applicable (D11)`,
      presentation: typical(extra as Partial<PresentationInput>),
      expect: {
        status: "not-applicable",
        outcome: "mimic-present",
        items: { "criterion-1": true },
        warningsMatch: [new RegExp(`^Mimic present: ${group}`)],
      },
    }),
  ),
  // ── whole-body-imaging-required ─────────────────────────────────────────────────────────────────
  {
    name: "single non-clavicle bone without whole-body imaging",
    arithmetic:
      "1 bone (tibia), whole-body imaging not recorded → pattern null → criterion 1 = null ∧ true = null; no biopsy → criterion 2 false; rule 4: whole-body-imaging-required; a multifocal finding would give rule 1, so the pattern decides",
    presentation: typical({ lesions: LONE_TIBIA, labs: crp(8) }),
    expect: {
      status: "insufficient-data",
      outcome: "whole-body-imaging-required",
      items: { "multifocal-or-clavicle-alone": null, "criterion-1": null, "criterion-2": false },
      missingToDecide: ["multifocal-or-clavicle-alone"],
    },
  },
  {
    name: "single bone, whole-body imaging recorded as not performed",
    arithmetic: "wholeBodyImaging.performed false → pattern null → rule 4: whole-body-imaging-required",
    presentation: typical({ lesions: LONE_TIBIA, wholeBodyImaging: { performed: false }, labs: crp(8) }),
    expect: {
      status: "insufficient-data",
      outcome: "whole-body-imaging-required",
      missingToDecide: ["multifocal-or-clavicle-alone"],
    },
  },
  // ── biopsy-required ────────────────────────────────────────────────────────────────────────────
  {
    name: "lone clavicle with bone pain, no fever, no redness, MRI oedema, CRP 45, no whole-body imaging, no biopsy",
    arithmetic:
      "clinical true (pain, afebrile, no redness); MRI bone-marrow oedema → radiological true; a clavicle alone → pattern true; CRP 45 > 30 → false; criterion 1 = true ∧ false = false; no biopsy → rule 6: biopsy-required (D11; the old order said whole-body imaging first)",
    presentation: typical({ lesions: LONE_CLAVICLE, labs: crp(45) }),
    expect: {
      status: "insufficient-data",
      outcome: "biopsy-required",
      items: { "multifocal-or-clavicle-alone": true, "criterion-1": false },
      missingToDecide: [],
    },
  },
  {
    name: "single tibia without whole-body imaging and a raised CRP",
    arithmetic:
      "pattern null (one non-clavicular bone, no whole-body imaging) ∧ CRP 45 false → criterion 1 false; no biopsy → rule 6: biopsy-required; whole-body imaging could not rescue criterion 1",
    presentation: typical({ lesions: LONE_TIBIA, labs: crp(45) }),
    expect: {
      status: "insufficient-data",
      outcome: "biopsy-required",
      items: { "multifocal-or-clavicle-alone": null, "criterion-1": false },
      missingToDecide: [],
    },
  },
  {
    name: "multifocal with a raised CRP and no biopsy",
    arithmetic: "pattern true, CRP 45 → criterion 1 false; no biopsy → rule 5: biopsy-required",
    presentation: typical({ labs: crp(45) }),
    expect: {
      status: "insufficient-data",
      outcome: "biopsy-required",
      items: { "criterion-1": false, "criterion-2": false },
      missingToDecide: [],
    },
  },
  {
    name: "a CRP above a bound over the cut-off decides",
    arithmetic:
      "'>30 mg/L': every value it allows is > 30 → crp false → criterion 1 false, no biopsy → biopsy-required",
    presentation: typical({ labs: crp(30, "mg/L", ">") }),
    expect: {
      status: "insufficient-data",
      outcome: "biopsy-required",
      items: { "crp-below-30-mg-l": false },
    },
  },
  {
    name: "single bone after whole-body imaging, no biopsy",
    arithmetic:
      "whole-body MRI performed, 1 tibia → pattern false → criterion 1 false; biopsy performed: false → biopsy-required",
    presentation: typical({
      lesions: LONE_TIBIA,
      wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
      labs: crp(8),
      biopsy: { performed: false },
    }),
    expect: {
      status: "insufficient-data",
      outcome: "biopsy-required",
      items: { "multifocal-or-clavicle-alone": false, "criterion-1": false, "criterion-2": false },
    },
  },
  // ── undecided ──────────────────────────────────────────────────────────────────────────────────
  {
    name: "lone clavicle without a CRP",
    arithmetic:
      "pattern true (clavicle alone) ∧ CRP missing (null) → criterion 1 null; no biopsy → criterion 2 false; rule 7 needs CRP < 30 → rule 8: undecided; the CRP decides (< 30 → met, > 30 → biopsy required)",
    presentation: typical({ lesions: LONE_CLAVICLE, labs: [] }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "multifocal-or-clavicle-alone": true, "crp-below-30-mg-l": null },
      missingToDecide: ["crp-below-30-mg-l"],
    },
  },
  {
    name: "everything typical and multifocal but no CRP",
    arithmetic:
      "crp null → criterion 1 null; no biopsy → criterion 2 false; rules 1–5 do not apply → undecided; a CRP < 30 would give rule 1",
    presentation: typical({ labs: [] }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "crp-below-30-mg-l": null, "criterion-1": null },
      missingToDecide: ["crp-below-30-mg-l"],
    },
  },
  {
    name: "CRP exactly 30 mg/L is left open",
    arithmetic: "30 is neither < 30 nor > 30 → crp null (D6) → criterion 1 null → undecided",
    presentation: typical({ labs: crp(30) }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "crp-below-30-mg-l": null, "criterion-1": null },
      missingToDecide: ["crp-below-30-mg-l"],
    },
  },
  {
    name: "CRP 3 mg/dL is exactly the cut-off",
    arithmetic: "3 mg/dL × 10 = 30 mg/L → crp null → undecided",
    presentation: typical({ labs: crp(3, "mg/dL") }),
    expect: { status: "insufficient-data", outcome: "undecided", items: { "crp-below-30-mg-l": null } },
  },
  {
    name: "a qualified CRP whose bound does not decide",
    arithmetic: "'>20 mg/L' allows 25 (< 30) and 40 (> 30) → crp null → undecided",
    presentation: typical({ labs: crp(20, "mg/L", ">") }),
    expect: { status: "insufficient-data", outcome: "undecided", items: { "crp-below-30-mg-l": null } },
  },
  {
    name: "a CRP reported only as high",
    arithmetic:
      "interpretation high, lab upper limit 5 mg/L → the value is > 5, which allows 20 (< 30) and 40 (> 30) → crp null → undecided",
    presentation: typical({
      labs: [{ test: "crp", interpretation: "high", unit: "mg/L", referenceHigh: 5 }],
    }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "crp-below-30-mg-l": null },
      missingToDecide: ["crp-below-30-mg-l"],
    },
  },
  {
    name: "fever present: typical clinical findings left to the clinician",
    arithmetic:
      "fever present → the no-inflammation part is null → clinical = true ∧ null ∧ true = null; criterion 1 true but rule 1 needs clinical true → undecided",
    presentation: typical({ fever: { present: true, maxTemperatureC: 38.4 } }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "typical-clinical-findings": null, "criterion-1": true },
      missingToDecide: ["typical-clinical-findings"],
    },
  },
  {
    name: "local redness and warmth: typical clinical findings left to the clinician",
    arithmetic: "local-redness-warmth among the signs → clinical null → undecided",
    presentation: typical({ clinicalSigns: ["local-redness-warmth"] }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "typical-clinical-findings": null },
    },
  },
  {
    name: "fever not recorded",
    arithmetic: "fever missing → clinical null → undecided",
    presentation: typical({ fever: undefined }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "typical-clinical-findings": null },
      missingToDecide: ["typical-clinical-findings"],
    },
  },
  {
    name: "biopsy culture not done",
    arithmetic:
      "CRP 45 → criterion 1 false; inflammatory biopsy, culture not-done → criterion 2 = true ∧ null ∧ true = null → rules 1–5 do not apply → undecided; a negative culture gives rule 2, a positive one rule 3",
    presentation: typical({ labs: crp(45), biopsy: { ...INFLAMMATORY_BIOPSY, culture: "not-done" } }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "criterion-2": null },
      missingToDecide: ["criterion-2"],
    },
  },
  {
    name: "antibiotic status at biopsy not recorded",
    arithmetic: "onAntibioticsAtBiopsy missing → criterion 2 null; CRP 45 → criterion 1 false → undecided",
    presentation: typical({
      labs: crp(45),
      biopsy: { performed: true, findings: ["osteoclasts"], culture: "negative" },
    }),
    expect: { status: "insufficient-data", outcome: "undecided", items: { "criterion-2": null } },
  },
  {
    name: "plain films with a single finding do not settle the radiology",
    arithmetic:
      "x-ray lytic only (1 of 3 groups), no MRI → radiological null, never false → rule 1 needs it true → undecided",
    presentation: typical({
      lesions: [
        { site: "femur", side: "left", modality: "x-ray", findings: ["lytic"] },
        { site: "femur", side: "right", modality: "x-ray", findings: ["lytic"] },
      ],
    }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "typical-radiological-findings": null },
      missingToDecide: ["typical-radiological-findings"],
    },
  },
  {
    name: "plain films with two finding groups are typical",
    arithmetic:
      "x-ray lytic + periosteal reaction (new bone) = 2 groups → radiological true; 2 femora → multifocal; CRP 12 → met",
    presentation: typical({
      lesions: [
        { site: "femur", side: "left", modality: "x-ray", findings: ["lytic", "periosteal-reaction"] },
        { site: "femur", side: "right", modality: "x-ray", findings: ["lytic"] },
      ],
      mimicWorkup: { vitaminCDeficiency: "excluded" },
    }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "typical-radiological-findings": true },
    },
  },
  {
    name: "marginal sclerosis counts as sclerosis on a CT",
    arithmetic:
      "CT lytic + marginal-sclerosis = 2 groups (lytic; sclerosis or marginal sclerosis) → radiological true; sternum + T4 = 2 bones; CRP 12 → criteria-met-without-biopsy",
    presentation: typical({
      lesions: [
        { site: "sternum", modality: "ct", findings: ["lytic", "marginal-sclerosis"] },
        { site: "T4", modality: "clinical" },
      ],
    }),
    expect: {
      status: "computed",
      outcome: "criteria-met-without-biopsy",
      items: { "typical-radiological-findings": true, "multifocal-or-clavicle-alone": true },
    },
  },
  {
    name: "no lesion list",
    arithmetic:
      "lesions missing → radiological null, pattern null → criterion 1 null → undecided; both would be needed",
    presentation: typical({ lesions: undefined }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "typical-radiological-findings": null, "multifocal-or-clavicle-alone": null },
      missingToDecide: ["typical-radiological-findings", "multifocal-or-clavicle-alone"],
    },
  },
  // ── warnings ───────────────────────────────────────────────────────────────────────────────────
  {
    name: "a toddler's absent fever and low CRP carry the Kingella warning",
    arithmetic:
      "birth 2021-06-01, assessed 2024-03-01 → 1004 days ÷ 365.25 = 2.75 y < 4 → Kingella warning on the clinical item (absent fever) and the CRP item (CRP 12 < 30); outcome unchanged: criteria-met-without-biopsy",
    presentation: typical({ patient: { birthDate: "2021-06-01" } }),
    expect: { status: "computed", outcome: "criteria-met-without-biopsy", warningsMatch: [/Kingella/] },
  },
  {
    name: "symmetric metaphyseal lesions without vitamin C status",
    arithmetic:
      "left and right distal femoral metaphyses on MRI, no vitamin C result or work-up → scurvy warning; 2 bones, CRP 12 → met",
    presentation: typical({
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
      ],
    }),
    expect: { status: "computed", outcome: "criteria-met-without-biopsy", warningsMatch: [/scurvy/i] },
  },
];
