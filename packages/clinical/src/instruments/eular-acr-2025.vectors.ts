import type { InstrumentVector } from "../../test/instrument-vectors.ts";
import type { PresentationInput } from "../schema/presentation.ts";

/**
 * Hand-worked EULAR/ACR 2025 presentations (D5 (docs/clinical/conventions.md#instrument-results) order, D9 readings).
 * Order: mimic-present → entry-not-met → entry-undecided → exclusions-not-assessed → weights-missing
 * (no table) → classified / not-classified / undecided (a loaded table, threshold ≥ 55).
 */

type Lesions = NonNullable<PresentationInput["lesions"]>;
type Labs = NonNullable<PresentationInput["labs"]>;

const ALL_EXCLUDED = {
  malignancy: "excluded",
  infection: "excluded",
  vitaminCDeficiency: "excluded",
  hypophosphatasia: "excluded",
} as const;

const CLAVICLES: Lesions = [
  { site: "clavicle", side: "left", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
  { site: "clavicle", side: "right", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
];

/** Entry met (onset 10 y, pain 12 weeks, MRI oedema) and every mimic ruled out. */
function eligible(overrides: Partial<PresentationInput> = {}): PresentationInput {
  return {
    assessedOn: "2024-03-01",
    patient: { ageAtOnsetYears: 10 },
    symptomDurationWeeks: 12,
    bonePain: true,
    fever: { present: false },
    lesions: CLAVICLES,
    wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
    coexistingConditions: [],
    mimicWorkup: ALL_EXCLUDED,
    ...overrides,
  };
}

/** Hb 12.5 g/dL, CRP 4 mg/L, ESR 12 mm/h. */
const GOOD_LABS: Labs = [
  { test: "hemoglobin", value: 12.5, unit: "g/dL" },
  { test: "crp", value: 4, unit: "mg/L" },
  { test: "esr", value: 12, unit: "mm/h" },
];
/** Hb 10 g/dL (< 11), CRP 4 mg/L, ESR 30 mm/h (≥ 20). */
const WEAKER_LABS: Labs = [
  { test: "hemoglobin", value: 10, unit: "g/dL" },
  { test: "crp", value: 4, unit: "mg/L" },
  { test: "esr", value: 30, unit: "mm/h" },
];

/** Entry met, and every mimic excluded: D11 reads an exclusion item true when the mimic is ruled out. */
const ENTRY_AND_EXCLUSIONS_MET = {
  "entry-age-under-18": true,
  "entry-bone-pain-6-weeks": true,
  "entry-imaging": true,
  "exclusion-malignancy": true,
  "exclusion-infection": true,
  "exclusion-vitamin-c-deficiency": true,
  "exclusion-hypophosphatasia": true,
} as const;

/** Built-in rule set: no weight table. */
export const EULAR_ACR_2025_VECTORS: InstrumentVector[] = [
  {
    name: "mimic present beats a failed entry",
    arithmetic:
      "onset 19 y → entry-age false, but malignancy confirmed → exclusion-malignancy false (D11: confirmed); a present mimic is checked first → mimic-present, not-applicable",
    presentation: eligible({
      patient: { ageAtOnsetYears: 19 },
      mimicWorkup: { ...ALL_EXCLUDED, malignancy: "confirmed" },
    }),
    expect: {
      status: "not-applicable",
      outcome: "mimic-present",
      items: { "entry-age-under-18": false, "exclusion-malignancy": false },
    },
  },
  {
    name: "a positive blood culture is a present infection",
    arithmetic:
      "bloodCulture positive → D7 mimicPresent infection; a present mimic outranks the work-up's 'excluded' → exclusion-infection false → mimic-present",
    presentation: eligible({ bloodCulture: "positive" }),
    expect: { status: "not-applicable", outcome: "mimic-present", items: { "exclusion-infection": false } },
  },
  {
    name: "vitamin C below the lab's range is a present deficiency",
    arithmetic:
      "vitamin C 0.1 mg/dL < lower limit 0.4 → deficiency present → exclusion-vitamin-c-deficiency false → mimic-present",
    presentation: eligible({
      labs: [{ test: "vitamin-c", value: 0.1, unit: "mg/dL", referenceLow: 0.4, referenceHigh: 2 }],
      mimicWorkup: { ...ALL_EXCLUDED, vitaminCDeficiency: "not-assessed" },
    }),
    expect: {
      status: "not-applicable",
      outcome: "mimic-present",
      items: { "exclusion-vitamin-c-deficiency": false },
    },
  },
  {
    name: "an entry item false beats another entry item unknown",
    arithmetic:
      "onset 18.0 → not < 18 → false; bone pain not recorded → null; a false entry item comes before undecided → entry-not-met",
    presentation: eligible({ patient: { ageAtOnsetYears: 18 }, bonePain: undefined }),
    expect: {
      status: "not-applicable",
      outcome: "entry-not-met",
      items: { "entry-age-under-18": false, "entry-bone-pain-6-weeks": null },
    },
  },
  {
    name: "age at onset 17.9 years is under 18",
    arithmetic:
      "17.9 < 18 → entry-age true; pain 12 weeks, MRI oedema; all mimics excluded; no table → weights-missing",
    presentation: eligible({ patient: { ageAtOnsetYears: 17.9 } }),
    expect: { status: "disabled", outcome: "weights-missing", items: { "entry-age-under-18": true } },
  },
  {
    name: "symptoms for 41 days are short of six weeks",
    arithmetic:
      "onset 2024-01-20 to 2024-03-01 = 41 days = 5.86 weeks < 6 → entry-bone-pain false → entry-not-met",
    presentation: eligible({ symptomOnset: "2024-01-20", symptomDurationWeeks: undefined }),
    expect: {
      status: "not-applicable",
      outcome: "entry-not-met",
      items: { "entry-bone-pain-6-weeks": false },
    },
  },
  {
    name: "symptoms for 42 days are six weeks",
    arithmetic:
      "onset 2024-01-19 to 2024-03-01 = 42 days = 6 weeks ≥ 6 → entry-bone-pain true → weights-missing",
    presentation: eligible({ symptomOnset: "2024-01-19", symptomDurationWeeks: undefined }),
    expect: { status: "disabled", outcome: "weights-missing", items: { "entry-bone-pain-6-weeks": true } },
  },
  {
    name: "bone pain not recorded but symptoms too short",
    arithmetic:
      "bonePain missing → null, duration 3 weeks < 6 → false; null ∧ false = false (Kleene: no symptom has lasted 6 weeks) → entry-not-met",
    presentation: eligible({ bonePain: undefined, symptomDurationWeeks: 3 }),
    expect: {
      status: "not-applicable",
      outcome: "entry-not-met",
      items: { "entry-bone-pain-6-weeks": false },
    },
  },
  {
    name: "no bone pain",
    arithmetic: "bonePain false → entry-bone-pain false → entry-not-met",
    presentation: eligible({ bonePain: false }),
    expect: {
      status: "not-applicable",
      outcome: "entry-not-met",
      items: { "entry-bone-pain-6-weeks": false },
    },
  },
  {
    name: "whole-body imaging found no lesion",
    arithmetic: "whole-body MRI performed, lesions [] → entry-imaging false (D9) → entry-not-met",
    presentation: eligible({ lesions: [] }),
    expect: { status: "not-applicable", outcome: "entry-not-met", items: { "entry-imaging": false } },
  },
  {
    name: "only a clinical lesion and no whole-body imaging",
    arithmetic:
      "lesion of modality clinical → not imaging; no whole-body imaging → entry-imaging null; the rest met → entry-undecided",
    presentation: eligible({
      lesions: [{ site: "tibia", side: "left", modality: "clinical" }],
      wholeBodyImaging: undefined,
    }),
    expect: {
      status: "insufficient-data",
      outcome: "entry-undecided",
      items: { "entry-imaging": null },
      missingToDecide: ["entry-imaging"],
    },
  },
  {
    name: "a finding without a recorded modality",
    arithmetic:
      "tibia lesion with bone-marrow-edema but no modality: imaging not shown (could be clinical) → entry-imaging null; no whole-body imaging → entry-undecided",
    presentation: eligible({
      lesions: [{ site: "tibia", side: "left", findings: ["bone-marrow-edema"] }],
      wholeBodyImaging: undefined,
    }),
    expect: {
      status: "insufficient-data",
      outcome: "entry-undecided",
      items: { "entry-imaging": null },
      missingToDecide: ["entry-imaging"],
    },
  },
  {
    name: "symptom duration unknown",
    arithmetic:
      "no onset date, no reported duration → entry-bone-pain = true ∧ null = null → entry-undecided",
    presentation: eligible({ symptomDurationWeeks: undefined }),
    expect: {
      status: "insufficient-data",
      outcome: "entry-undecided",
      items: { "entry-bone-pain-6-weeks": null },
      missingToDecide: ["entry-bone-pain-6-weeks"],
    },
  },
  {
    name: "entry undecided lists unassessed exclusions too",
    arithmetic:
      "age at onset unknown → entry-age null → entry-undecided; hypophosphatasia not in the work-up → null, and true would give mimic-present, so it decides as well",
    presentation: eligible({
      patient: {},
      mimicWorkup: { malignancy: "excluded", infection: "excluded", vitaminCDeficiency: "excluded" },
    }),
    expect: {
      status: "insufficient-data",
      outcome: "entry-undecided",
      missingToDecide: ["entry-age-under-18", "exclusion-hypophosphatasia"],
    },
  },
  {
    name: "exclusions not assessed",
    arithmetic:
      "entry all true; vitamin C deficiency not-assessed, hypophosphatasia missing → null → exclusions-not-assessed",
    presentation: eligible({
      mimicWorkup: { malignancy: "excluded", infection: "excluded", vitaminCDeficiency: "not-assessed" },
    }),
    expect: {
      status: "insufficient-data",
      outcome: "exclusions-not-assessed",
      items: {
        "exclusion-vitamin-c-deficiency": null,
        "exclusion-hypophosphatasia": null,
        "exclusion-malignancy": true,
      },
      missingToDecide: ["exclusion-vitamin-c-deficiency", "exclusion-hypophosphatasia"],
    },
  },
  {
    name: "vitamin C and ALP results stand in for the work-up",
    arithmetic:
      "work-up: malignancy and infection excluded, the metabolic groups not recorded; vitamin C 0.8 mg/dL in 0.4–2 → normal → excluded (D11); ALP 250 U/L in 150–420 → normal → excluded; all four true → weights-missing",
    presentation: eligible({
      mimicWorkup: { malignancy: "excluded", infection: "excluded" },
      labs: [
        { test: "vitamin-c", value: 0.8, unit: "mg/dL", referenceLow: 0.4, referenceHigh: 2 },
        { test: "alkaline-phosphatase", value: 250, unit: "U/L", referenceLow: 150, referenceHigh: 420 },
      ],
    }),
    expect: {
      status: "disabled",
      outcome: "weights-missing",
      items: { "exclusion-vitamin-c-deficiency": true, "exclusion-hypophosphatasia": true },
    },
  },
  {
    name: "a high ALP excludes hypophosphatasia; an unreadable vitamin C does not exclude scurvy",
    arithmetic:
      "ALP 600 > upper limit 420 → high → excluded (D11: normal or high); vitamin C 0.8 mg/dL with no range or interpretation → cannot be read → null → exclusions-not-assessed",
    presentation: eligible({
      mimicWorkup: { malignancy: "excluded", infection: "excluded" },
      labs: [
        { test: "vitamin-c", value: 0.8, unit: "mg/dL" },
        { test: "alkaline-phosphatase", value: 600, unit: "U/L", referenceHigh: 420 },
      ],
    }),
    expect: {
      status: "insufficient-data",
      outcome: "exclusions-not-assessed",
      items: { "exclusion-vitamin-c-deficiency": null, "exclusion-hypophosphatasia": true },
      missingToDecide: ["exclusion-vitamin-c-deficiency"],
    },
  },
  {
    name: "a mimic confirmed in the work-up",
    arithmetic: "hypophosphatasia confirmed → D7 mimicPresent → mimic-present; its item false (confirmed)",
    presentation: eligible({ mimicWorkup: { ...ALL_EXCLUDED, hypophosphatasia: "confirmed" } }),
    expect: {
      status: "not-applicable",
      outcome: "mimic-present",
      items: { "exclusion-hypophosphatasia": false, "exclusion-malignancy": true },
    },
  },
  {
    name: "everything assessed, no weight table",
    arithmetic:
      "entry true ×3, exclusions ruled out ×4, no table loaded → weights-missing (disabled), no score",
    presentation: eligible({ labs: GOOD_LABS }),
    expect: {
      status: "disabled",
      outcome: "weights-missing",
      items: ENTRY_AND_EXCLUSIONS_MET,
      warningsMatch: [/NOT FOUND/, /tables\["eular-acr-2025"\]/, /not diagnostic/, /project convention/],
      noWarningMatches: [/3 years/],
    },
  },
  {
    name: "onset before 3 years",
    arithmetic: "onset 2.5 y < 3 → the extreme-caution warning; entry met → weights-missing",
    presentation: eligible({ patient: { ageAtOnsetYears: 2.5 } }),
    expect: { status: "disabled", outcome: "weights-missing", warningsMatch: [/before 3 years/] },
  },
];

/** Synthetic table (test/fixtures), highest-only: a domain scores its best met item. */
export const EULAR_ACR_2025_HIGHEST_ONLY_VECTORS: InstrumentVector[] = [
  {
    name: "symmetric clavicles with good labs",
    arithmetic:
      "site: clavicle 18 · pattern: max(multifocal 14, symmetric 9) = 14 · onset 10 y: 6 · conditions [] 0 · afebrile: fever-present false 0 · no biopsy 0 · Hb 12.5 ≥ 11: 5 · CRP 4: max(<10: 10, <50: 6) = 10 · ESR 12 < 20: 4 → 57 ≥ 55 → classified",
    presentation: eligible({ labs: GOOD_LABS }),
    expect: {
      status: "computed",
      outcome: "classified",
      score: 57,
      items: {
        ...ENTRY_AND_EXCLUSIONS_MET,
        "site-clavicle-or-mandible": true,
        "pattern-symmetric": true,
        "biopsy-inflammatory": false,
      },
    },
  },
  {
    name: "weaker labs fall short",
    arithmetic: "57 − Hb 10 (< 11: 5 lost) − ESR 30 (≥ 20: 4 lost) = 48 < 55 → not-classified",
    presentation: eligible({ labs: WEAKER_LABS }),
    expect: {
      status: "computed",
      outcome: "not-classified",
      score: 48,
      items: { "hemoglobin-at-least-11": false },
    },
  },
  {
    name: "fever carries negative points",
    arithmetic: "57 + fever-present −12 = 45 < 55 → not-classified",
    presentation: eligible({ labs: GOOD_LABS, fever: { present: true, maxTemperatureC: 38.5 } }),
    expect: { status: "computed", outcome: "not-classified", score: 45, items: { "fever-present": true } },
  },
  {
    name: "a negative site item does not lower a domain that has a better item",
    arithmetic: "skull lesion (−6) beside the clavicles: site domain = max(18, −6) = 18 → 57 → classified",
    presentation: eligible({
      labs: GOOD_LABS,
      lesions: [
        ...CLAVICLES,
        { site: "skull", side: "midline", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
      ],
    }),
    expect: { status: "computed", outcome: "classified", score: 57, items: { "site-skull-or-hand": true } },
  },
  {
    name: "labs missing: the range straddles 55",
    arithmetic:
      "known 18 + 14 + 6 = 38; Hb [0, 5], CRP domain max of {none 0, 10, 6} = [0, 10], ESR [0, 4] → [38, 57] → undecided. Hb decides (38 + 10 + 4 = 52 → 57); crp-below-10 decides (38 + 5 + 4 + 6 = 53 → 57); ESR decides (38 + 5 + 10 = 53 → 57); crp-below-50 cannot: with crp-below-10 false it adds 6 to at most 38 + 5 + 4 = 47 (53 < 55), with it true the domain stays 10",
    presentation: eligible(),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      scoreRange: [38, 57],
      missingToDecide: ["hemoglobin-at-least-11", "crp-below-10", "esr-below-20"],
    },
  },
  {
    name: "fever not recorded: a negative item widens the range downwards",
    arithmetic: "57 with fever-present null ∈ {0, −12} → [45, 57] → undecided; only fever-present decides",
    presentation: eligible({ labs: GOOD_LABS, fever: undefined }),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      scoreRange: [45, 57],
      items: { "fever-present": null },
      missingToDecide: ["fever-present"],
    },
  },
  {
    name: "inflammatory biopsy beside a granuloma",
    arithmetic: "bone-biopsy domain = max(17, −10) = 17: 48 (weaker labs) + 17 = 65 ≥ 55 → classified",
    presentation: eligible({
      labs: WEAKER_LABS,
      biopsy: {
        performed: true,
        findings: ["plasma-cells", "granuloma"],
        culture: "negative",
        onAntibioticsAtBiopsy: false,
      },
    }),
    expect: {
      status: "computed",
      outcome: "classified",
      score: 65,
      items: { "biopsy-inflammatory": true, "biopsy-granuloma": true },
    },
  },
  {
    name: "onset band: 18.0 fails entry even with a table",
    arithmetic:
      "onset 18.0 → entry-age false → entry-not-met (not-applicable); the score is still shown: onset band [3, 18) false → 57 − 6 = 51",
    presentation: eligible({ labs: GOOD_LABS, patient: { ageAtOnsetYears: 18 } }),
    expect: {
      status: "not-applicable",
      outcome: "entry-not-met",
      score: 51,
      items: { "onset-3-to-18": false },
    },
  },
  {
    name: "a table does not bypass the exclusions",
    arithmetic:
      "hypophosphatasia not assessed → exclusions-not-assessed before the score (57); only that exclusion decides",
    presentation: eligible({
      labs: GOOD_LABS,
      mimicWorkup: { ...ALL_EXCLUDED, hypophosphatasia: "not-assessed" },
    }),
    expect: {
      status: "insufficient-data",
      outcome: "exclusions-not-assessed",
      score: 57,
      missingToDecide: ["exclusion-hypophosphatasia"],
    },
  },
];

/** The same synthetic table with domainCombination additive: every met item counts. */
export const EULAR_ACR_2025_ADDITIVE_VECTORS: InstrumentVector[] = [
  {
    name: "symmetric clavicles with good labs (additive)",
    arithmetic: "18 + (14 + 9) + 6 + 5 + (10 + 6) + 4 = 72 ≥ 55 → classified",
    presentation: eligible({ labs: GOOD_LABS }),
    expect: { status: "computed", outcome: "classified", score: 72 },
  },
  {
    name: "weaker labs still classify when domains add up",
    arithmetic: "72 − 5 (Hb 10) − 4 (ESR 30) = 63 ≥ 55 → classified (highest-only gave 48)",
    presentation: eligible({ labs: WEAKER_LABS }),
    expect: { status: "computed", outcome: "classified", score: 63 },
  },
  {
    name: "a negative site item subtracts",
    arithmetic: "skull (−6) beside the clavicles: site = 18 − 6 = 12 → 72 − 6 = 66 → classified",
    presentation: eligible({
      labs: GOOD_LABS,
      lesions: [
        ...CLAVICLES,
        { site: "skull", side: "midline", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
      ],
    }),
    expect: { status: "computed", outcome: "classified", score: 66 },
  },
  {
    name: "granuloma subtracts from the biopsy domain",
    arithmetic: "weaker labs 63 + biopsy 17 − 10 = 70 → classified",
    presentation: eligible({
      labs: WEAKER_LABS,
      biopsy: {
        performed: true,
        findings: ["plasma-cells", "granuloma"],
        culture: "negative",
        onAntibioticsAtBiopsy: false,
      },
    }),
    expect: { status: "computed", outcome: "classified", score: 70 },
  },
  {
    name: "fever and weaker labs: not classified",
    arithmetic: "63 − 12 (fever) = 51 < 55 → not-classified",
    presentation: eligible({ labs: WEAKER_LABS, fever: { present: true } }),
    expect: { status: "computed", outcome: "not-classified", score: 51 },
  },
  {
    name: "fever unknown but the minimum already reaches 55",
    arithmetic:
      "72 with fever-present null ∈ {0, −12} → [60, 72]; min 60 ≥ 55 → classified (computed, range shown)",
    presentation: eligible({ labs: GOOD_LABS, fever: undefined }),
    expect: { status: "computed", outcome: "classified", scoreRange: [60, 72] },
  },
  {
    name: "labs missing (additive)",
    arithmetic:
      "known 18 + 23 + 6 = 47; Hb [0, 5], CRP [0, 16], ESR [0, 4] → [47, 72] → undecided; each lab item can cross: Hb 47 + 4 = 51 → 56; crp-below-10 47 → 57; crp-below-50 47 + 4 = 51 → 57; ESR 47 + 5 = 52 → 56",
    presentation: eligible(),
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      scoreRange: [47, 72],
      missingToDecide: ["hemoglobin-at-least-11", "crp-below-10", "crp-below-50", "esr-below-20"],
    },
  },
];
