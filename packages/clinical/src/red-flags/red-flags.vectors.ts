import type { Severity } from "../evaluation/types.ts";
import type { LabResultInput } from "../schema/lab-result.ts";
import type { PresentationInput } from "../schema/presentation.ts";

/**
 * A hand-worked presentation and the red flags it must (and must not) raise under the built-in
 * thresholds (platelets 100/300, neutrophils 2, CRP 55, bands 220, Kingella 0.5–4.0 y, onset 2 and 3 y).
 */
export interface RedFlagVector {
  name: string;
  working: string;
  presentation: PresentationInput;
  /** Flags that must fire, with their severity. */
  fires?: Record<string, Severity>;
  /** Flags that must not fire (near-misses). */
  silent?: string[];
  /** The complete output, in order. */
  exactly?: string[];
  /** A flag's evidence must contain a line matching the pattern. */
  evidenceMatch?: Record<string, RegExp>;
  /** A flag's source citation must match the pattern. */
  sourceMatch?: Record<string, RegExp>;
  /** A flag's message must (or must not) match the pattern. */
  messageMatch?: Record<string, RegExp>;
  noMessageMatch?: Record<string, RegExp>;
  /** A flag must carry a warning matching the pattern (D11 implausible values, unreadable inputs). */
  warningMatch?: Record<string, RegExp>;
  /** The complete `redFlagsUndecided` (D11): rule id → missing paths, exactly. */
  undecided?: Record<string, string[]>;
}

const on = "2024-03-01";
const at = (extra: Omit<PresentationInput, "assessedOn">): PresentationInput => ({
  assessedOn: on,
  ...extra,
});
const labs = (...results: LabResultInput[]) => at({ labs: results });
const platelets = (value: number, extra: Partial<LabResultInput> = {}): LabResultInput => ({
  test: "platelets",
  value,
  unit: "10*9/L",
  ...extra,
});
type LesionInput = NonNullable<PresentationInput["lesions"]>[number];
const tibia: LesionInput = {
  site: "tibia",
  side: "left",
  modality: "mri-stir",
  findings: ["bone-marrow-edema"],
};
const femur: LesionInput = {
  site: "femur",
  side: "right",
  modality: "mri-stir",
  findings: ["bone-marrow-edema"],
};

const MALIGNANCY: RedFlagVector[] = [
  {
    name: "malignancy confirmed in the work-up",
    working: "mimicWorkup.malignancy = confirmed → rf-mal-confirmed high",
    presentation: at({ mimicWorkup: { malignancy: "confirmed" } }),
    fires: { "rf-mal-confirmed": "high" },
  },
  {
    name: "malignancy excluded or not assessed",
    working: "excluded / not-assessed is not confirmed → silent",
    presentation: at({ mimicWorkup: { malignancy: "not-assessed", infection: "excluded" } }),
    silent: ["rf-mal-confirmed", "rf-inf-confirmed"],
    exactly: [],
  },
  {
    name: "blasts on the smear",
    working: "blood-smear-blasts true → rf-mal-blasts high (D7 exception)",
    presentation: labs({ test: "blood-smear-blasts", value: true, unit: "{presence}" }),
    fires: { "rf-mal-blasts": "high" },
    evidenceMatch: { "rf-mal-blasts": /blasts on the blood smear present/ },
  },
  {
    name: "no blasts on the smear",
    working: "blood-smear-blasts false → silent",
    presentation: labs({ test: "blood-smear-blasts", value: false, unit: "{presence}" }),
    silent: ["rf-mal-blasts"],
    exactly: [],
  },
  {
    name: "malignant cells and Langerhans cells on biopsy",
    working:
      "biopsy performed with malignant-cells and langerhans-cells → rf-mal-histology high, both in evidence",
    presentation: at({ biopsy: { performed: true, findings: ["malignant-cells", "langerhans-cells"] } }),
    fires: { "rf-mal-histology": "high" },
    evidenceMatch: { "rf-mal-histology": /langerhans-cells/ },
  },
  {
    name: "inflammatory biopsy",
    working: "plasma cells, lymphocytes, fibrosis: none of malignant/Langerhans/granuloma → silent",
    presentation: at({
      biopsy: { performed: true, findings: ["plasma-cells", "lymphocytes", "fibrosis"], culture: "negative" },
    }),
    silent: ["rf-mal-histology", "rf-inf-histology", "rf-inf-positive-micro"],
    exactly: [],
  },
  {
    name: "platelets 99.9 ×10⁹/L",
    working:
      "99.9 < 100 → thrombocytopenia high; 99.9 < 300 → plt-lt300 info; no range → abnormal-cbc null (silent)",
    presentation: labs(platelets(99.9)),
    fires: { "rf-mal-thrombocytopenia": "high", "rf-mal-plt-lt300": "info" },
    silent: ["rf-mal-abnormal-cbc"],
    exactly: ["rf-mal-thrombocytopenia", "rf-mal-plt-lt300"],
  },
  {
    name: "platelets exactly 100 ×10⁹/L",
    working: "100 is not < 100 → no thrombocytopenia; 100 < 300 → plt-lt300 info",
    presentation: labs(platelets(100)),
    fires: { "rf-mal-plt-lt300": "info" },
    silent: ["rf-mal-thrombocytopenia"],
  },
  {
    name: "platelets 99900 /uL",
    working: "99900 /uL ÷ 1000 = 99.9 ×10⁹/L < 100 → thrombocytopenia; evidence shows the reported value",
    presentation: labs(platelets(99_900, { unit: "/uL" })),
    fires: { "rf-mal-thrombocytopenia": "high" },
    evidenceMatch: { "rf-mal-thrombocytopenia": /platelets 99\.9 ×10⁹\/L \(reported 99900 \/µL\)/ },
  },
  {
    name: "platelets 100000 /uL",
    working: "100000 /uL = 100 ×10⁹/L, not < 100 → silent",
    presentation: labs(platelets(100_000, { unit: "/uL" })),
    silent: ["rf-mal-thrombocytopenia"],
  },
  {
    name: "platelets reported as < 150",
    working:
      "true value in [0, 150): cannot decide < 100 → silent; every value < 150 is < 300 → plt-lt300 info",
    presentation: labs(platelets(150, { qualifier: "<" })),
    fires: { "rf-mal-plt-lt300": "info" },
    silent: ["rf-mal-thrombocytopenia"],
  },
  {
    name: "platelets reported as < 100",
    working: "true value in [0, 100): the bound decides < 100 → thrombocytopenia high",
    presentation: labs(platelets(100, { qualifier: "<" })),
    fires: { "rf-mal-thrombocytopenia": "high" },
  },
  {
    name: "platelets reported as > 50",
    working: "true value in (50, ∞): cannot decide < 100 or < 300 → silent",
    presentation: labs(platelets(50, { qualifier: ">" })),
    silent: ["rf-mal-thrombocytopenia", "rf-mal-plt-lt300"],
    exactly: [],
  },
  {
    name: "platelets 299 ×10⁹/L",
    working: "299 < 300 → plt-lt300 info; 299 ≥ 100 → no thrombocytopenia",
    presentation: labs(platelets(299)),
    fires: { "rf-mal-plt-lt300": "info" },
    silent: ["rf-mal-thrombocytopenia"],
  },
  {
    name: "platelets exactly 300",
    working: "300 is not < 300 → silent",
    presentation: labs(platelets(300)),
    silent: ["rf-mal-plt-lt300"],
    exactly: [],
  },
  {
    name: "LDH above the lab's upper limit",
    working: "LDH 900 U/L > referenceHigh 600 → rf-mal-lysis-labs high, cited to Healio 2022",
    presentation: labs({ test: "ldh", value: 900, unit: "U/L", referenceLow: 120, referenceHigh: 600 }),
    fires: { "rf-mal-lysis-labs": "high" },
    sourceMatch: { "rf-mal-lysis-labs": /Healio/ },
  },
  {
    name: "LDH reported high without a range",
    working: "no range, interpretation high → above the upper limit (D4) → high",
    presentation: labs({ test: "ldh", interpretation: "high" }),
    fires: { "rf-mal-lysis-labs": "high" },
  },
  {
    name: "uric acid above the lab's upper limit, in µmol/L",
    working:
      "500 µmol/L > 400 µmol/L (both ÷ 59.48 to mg/dL) → lysis-labs high, cited to UpToDate (uric acid alone)",
    presentation: labs({
      test: "uric-acid",
      value: 500,
      unit: "umol/L",
      referenceLow: 150,
      referenceHigh: 400,
    }),
    fires: { "rf-mal-lysis-labs": "high" },
    sourceMatch: { "rf-mal-lysis-labs": /UpToDate/ },
    evidenceMatch: { "rf-mal-lysis-labs": /uric acid .*reported 500 µmol\/L/ },
  },
  {
    name: "LDH at the upper limit, uric acid without range, qualified uric acid",
    working:
      "LDH 600 = ULN is not above → false; uric acid > 5 mg/dL with ULN 7 cannot decide → null; neither fires",
    presentation: labs(
      { test: "ldh", value: 600, unit: "U/L", referenceHigh: 600 },
      { test: "uric-acid", value: 5, qualifier: ">", unit: "mg/dL", referenceHigh: 7 },
    ),
    silent: ["rf-mal-lysis-labs"],
    exactly: [],
  },
  {
    name: "hepatomegaly",
    working: "hepatomegaly in clinicalSigns → rf-mal-organomegaly-lan high",
    presentation: at({ clinicalSigns: ["hepatomegaly"] }),
    fires: { "rf-mal-organomegaly-lan": "high" },
  },
  {
    name: "lymphadenopathy and splenomegaly recorded as absent",
    working: "absentSigns are pertinent negatives; pallor is not an organomegaly sign → silent",
    presentation: at({
      clinicalSigns: ["pallor"],
      absentSigns: ["lymphadenopathy", "splenomegaly", "hepatomegaly"],
    }),
    silent: ["rf-mal-organomegaly-lan"],
    exactly: [],
  },
  {
    name: "neutrophils 1999 /uL",
    working: "1999 /uL = 1.999 ×10⁹/L < 2 → rf-mal-neutropenia high",
    presentation: labs({ test: "neutrophils", value: 1999, unit: "/uL" }),
    fires: { "rf-mal-neutropenia": "high" },
    evidenceMatch: { "rf-mal-neutropenia": /reported 1999 \/µL/ },
  },
  {
    name: "neutrophils exactly 2 ×10⁹/L",
    working: "2 is not < 2 → silent",
    presentation: labs({ test: "neutrophils", value: 2, unit: "10*9/L" }),
    silent: ["rf-mal-neutropenia"],
    exactly: [],
  },
  {
    name: "neutrophils 2000 /uL",
    working: "2000 /uL = 2 ×10⁹/L → not < 2 → silent",
    presentation: labs({ test: "neutrophils", value: 2000, unit: "/uL" }),
    silent: ["rf-mal-neutropenia"],
  },
  {
    name: "neutrophils reported as < 2.5",
    working: "true value in [0, 2.5): cannot decide < 2 → silent",
    presentation: labs({ test: "neutrophils", value: 2.5, qualifier: "<", unit: "10*9/L" }),
    silent: ["rf-mal-neutropenia"],
  },
  {
    name: "every aggressive imaging finding",
    working: "five lesions, one finding each → rf-mal-img-aggressive high with five evidence lines",
    presentation: at({
      lesions: [
        { site: "femur", side: "left", modality: "x-ray", findings: ["cortical-destruction"] },
        { site: "tibia", side: "left", modality: "mri-stir", findings: ["soft-tissue-mass"] },
        { site: "ilium", side: "left", modality: "mri-stir", findings: ["marrow-infiltration"] },
        { site: "humerus", side: "left", modality: "x-ray", findings: ["geographic-lesion"] },
        { site: "radius", side: "left", modality: "x-ray", findings: ["disorganized-bone-formation"] },
      ],
    }),
    fires: { "rf-mal-img-aggressive": "high" },
    evidenceMatch: { "rf-mal-img-aggressive": /disorganized-bone-formation at left radius/ },
  },
  {
    name: "non-aggressive imaging findings",
    working:
      "lytic, sclerosis, hyperostosis, permeative are not aggressive-imaging findings → silent; permeative fires its own rule (D11)",
    presentation: at({
      lesions: [
        {
          site: "femur",
          side: "left",
          modality: "x-ray",
          findings: ["lytic", "sclerosis", "permeative-or-moth-eaten"],
        },
        { site: "femur", side: "right", modality: "x-ray", findings: ["hyperostosis"] },
      ],
    }),
    silent: ["rf-mal-img-aggressive", "rf-mal-img-lch", "rf-mal-img-leukemia"],
    fires: { "rf-mal-img-permeative": "moderate" },
  },
  {
    name: "weight loss and night sweats",
    working: "constitutional signs → rf-mal-constitutional moderate",
    presentation: at({ clinicalSigns: ["weight-loss", "night-sweats"] }),
    fires: { "rf-mal-constitutional": "moderate" },
  },
  {
    name: "bone pain alone",
    working: "bone pain never fires the constitutional flag (D7) → silent",
    presentation: at({ bonePain: true, symptomDurationWeeks: 10 }),
    silent: ["rf-mal-constitutional"],
    exactly: [],
  },
  {
    name: "haemoglobin below the lab's range",
    working: "Hb 9.8 g/dL < 11.5 → abnormal (D4) → rf-mal-abnormal-cbc moderate",
    presentation: labs({ test: "hemoglobin", value: 98, unit: "g/L", referenceLow: 115, referenceHigh: 155 }),
    fires: { "rf-mal-abnormal-cbc": "moderate" },
    evidenceMatch: { "rf-mal-abnormal-cbc": /haemoglobin 9\.8 g\/dL \(reported 98 g\/L\)/ },
  },
  {
    name: "WBC reported high without a range",
    working: "interpretation high → not normal (D4) → abnormal-cbc moderate",
    presentation: labs({ test: "wbc", interpretation: "high" }),
    fires: { "rf-mal-abnormal-cbc": "moderate" },
  },
  {
    name: "normal blood count",
    working: "WBC, Hb, platelets inside their ranges; platelets 310 ≥ 300 → silent",
    presentation: labs(
      { test: "wbc", value: 7.2, unit: "10*9/L", referenceLow: 4.5, referenceHigh: 13.5 },
      { test: "hemoglobin", value: 12.8, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 },
      platelets(310, { referenceLow: 150, referenceHigh: 450 }),
    ),
    silent: ["rf-mal-abnormal-cbc", "rf-mal-plt-lt300"],
    exactly: [],
  },
  {
    name: "metaphyseal lucent bands with periosteal reaction",
    working:
      "band on the femur, periosteal reaction on the tibia (anywhere in the presentation) → img-leukemia moderate",
    presentation: at({
      lesions: [
        {
          site: "femur",
          side: "left",
          segment: "metaphysis",
          modality: "x-ray",
          findings: ["metaphyseal-lucent-band"],
        },
        { site: "tibia", side: "left", modality: "x-ray", findings: ["periosteal-reaction"] },
      ],
    }),
    fires: { "rf-mal-img-leukemia": "moderate" },
  },
  {
    name: "metaphyseal lucent band alone",
    working: "no periosteal reaction → silent",
    presentation: at({
      lesions: [
        { site: "femur", side: "left", modality: "x-ray", findings: ["metaphyseal-lucent-band", "lytic"] },
      ],
    }),
    silent: ["rf-mal-img-leukemia"],
  },
  {
    name: "punched-out lytic skull lesion",
    working: "punched-out-lytic → rf-mal-img-lch moderate",
    presentation: at({ lesions: [{ site: "skull", modality: "x-ray", findings: ["punched-out-lytic"] }] }),
    fires: { "rf-mal-img-lch": "moderate" },
  },
];

const INFECTION: RedFlagVector[] = [
  {
    name: "infection confirmed in the work-up",
    working: "mimicWorkup.infection = confirmed → rf-inf-confirmed high",
    presentation: at({ mimicWorkup: { infection: "confirmed" } }),
    fires: { "rf-inf-confirmed": "high" },
  },
  {
    name: "positive biopsy culture",
    working: "biopsy performed, culture positive → rf-inf-positive-micro high",
    presentation: at({ biopsy: { performed: true, culture: "positive" } }),
    fires: { "rf-inf-positive-micro": "high" },
  },
  {
    name: "positive blood culture",
    working: "bloodCulture positive → rf-inf-positive-micro high",
    presentation: at({ bloodCulture: "positive" }),
    fires: { "rf-inf-positive-micro": "high" },
  },
  {
    name: "culture not done, blood culture negative",
    working: "neither culture positive → silent",
    presentation: at({ biopsy: { performed: true, culture: "not-done" }, bloodCulture: "negative" }),
    silent: ["rf-inf-positive-micro"],
    exactly: [],
  },
  {
    name: "complete sustained antibiotic response",
    working: "antibioticResponse complete-sustained → rf-inf-antibiotic-response high",
    presentation: at({ antibioticResponse: "complete-sustained" }),
    fires: { "rf-inf-antibiotic-response": "high" },
  },
  {
    name: "partial antibiotic response",
    working: "partial → silent",
    presentation: at({ antibioticResponse: "partial" }),
    silent: ["rf-inf-antibiotic-response"],
    exactly: [],
  },
  {
    name: "abscess and sequestrum",
    working: "abscess-or-sinus on one lesion, sequestrum on another → rf-inf-abscess-sinus high",
    presentation: at({
      lesions: [
        { site: "femur", side: "left", modality: "mri-stir", findings: ["abscess-or-sinus"] },
        { site: "femur", side: "right", modality: "ct", findings: ["sequestrum"] },
      ],
    }),
    fires: { "rf-inf-abscess-sinus": "high" },
    evidenceMatch: { "rf-inf-abscess-sinus": /sequestrum at right femur \(ct\)/ },
  },
  {
    name: "soft-tissue inflammation only",
    working: "soft-tissue-inflammation is not an abscess → silent",
    presentation: at({
      lesions: [{ ...tibia, findings: ["bone-marrow-edema", "soft-tissue-inflammation"] }],
    }),
    silent: ["rf-inf-abscess-sinus"],
  },
  {
    name: "granuloma on biopsy",
    working: "granuloma → rf-inf-histology moderate",
    presentation: at({ biopsy: { performed: true, findings: ["granuloma", "necrosis"] } }),
    fires: { "rf-inf-histology": "moderate" },
  },
  {
    name: "fever and a single tibia lesion, no whole-body imaging",
    working:
      "fever + 1 bone on the imaging given → fever-unifocal moderate; rf-fever moderate; non-clavicle, no WBI → info",
    presentation: at({ fever: { present: true, maxTemperatureC: 38.9 }, lesions: [tibia] }),
    fires: { "rf-inf-fever-unifocal": "moderate", "rf-fever": "moderate", "rf-unifocal-nonclavicle": "info" },
    exactly: ["rf-inf-fever-unifocal", "rf-fever", "rf-unifocal-nonclavicle"],
    evidenceMatch: { "rf-inf-fever-unifocal": /tibia:left/ },
  },
  {
    name: "fever and a lone clavicle",
    working:
      "fever + 1 bone (clavicle counts here) → fever-unifocal; clavicle alone → no unifocal-nonclavicle",
    presentation: at({
      fever: { present: true },
      lesions: [{ site: "clavicle", side: "right", modality: "mri-stir" }],
    }),
    fires: { "rf-inf-fever-unifocal": "moderate", "rf-fever": "moderate" },
    silent: ["rf-unifocal-nonclavicle"],
  },
  {
    name: "fever with two bones",
    working: "2 bones → multifocal → fever-unifocal silent; rf-fever still fires",
    presentation: at({ fever: { present: true }, lesions: [tibia, femur] }),
    fires: { "rf-fever": "moderate" },
    silent: ["rf-inf-fever-unifocal", "rf-unifocal-nonclavicle"],
    exactly: ["rf-fever"],
  },
  {
    name: "fever without a lesion list",
    working: "bone count unknown → fever-unifocal silent (unknown never fires)",
    presentation: at({ fever: { present: true } }),
    silent: ["rf-inf-fever-unifocal"],
    exactly: ["rf-fever"],
  },
  {
    name: "afebrile single lesion",
    working: "fever.present false → neither fever flag",
    presentation: at({ fever: { present: false, maxTemperatureC: 37.2 }, lesions: [tibia] }),
    silent: ["rf-inf-fever-unifocal", "rf-fever"],
    exactly: ["rf-unifocal-nonclavicle"],
  },
  {
    name: "CRP exactly 55 mg/L",
    working: "55 is not > 55 → silent",
    presentation: labs({ test: "crp", value: 55, unit: "mg/L" }),
    silent: ["rf-inf-crp-gt55"],
    exactly: [],
  },
  {
    name: "CRP 55.1 mg/L",
    working: "55.1 > 55 → rf-inf-crp-gt55 moderate",
    presentation: labs({ test: "crp", value: 55.1, unit: "mg/L" }),
    fires: { "rf-inf-crp-gt55": "moderate" },
  },
  {
    name: "CRP 5.51 mg/dL",
    working: "5.51 mg/dL × 10 = 55.1 mg/L > 55 → fires; evidence shows the reported unit",
    presentation: labs({ test: "crp", value: 5.51, unit: "mg/dL" }),
    fires: { "rf-inf-crp-gt55": "moderate" },
    evidenceMatch: { "rf-inf-crp-gt55": /reported 5\.51 mg\/dL/ },
  },
  {
    name: "CRP 5.5 mg/dL",
    working: "5.5 mg/dL = 55 mg/L, not > 55 → silent",
    presentation: labs({ test: "crp", value: 5.5, unit: "mg/dL" }),
    silent: ["rf-inf-crp-gt55"],
  },
  {
    name: "CRP reported as > 50 mg/L",
    working: "true value in (50, ∞): cannot decide > 55 → silent",
    presentation: labs({ test: "crp", value: 50, qualifier: ">", unit: "mg/L" }),
    silent: ["rf-inf-crp-gt55"],
  },
  {
    name: "CRP reported as > 55 mg/L",
    working: "true value in (55, ∞): the bound decides > 55 → fires",
    presentation: labs({ test: "crp", value: 55, qualifier: ">", unit: "mg/L" }),
    fires: { "rf-inf-crp-gt55": "moderate" },
  },
  {
    name: "band neutrophils 221 /uL",
    working: "221 > 220 → rf-inf-bands-gt220 moderate",
    presentation: labs({ test: "band-neutrophils", value: 221, unit: "/uL" }),
    fires: { "rf-inf-bands-gt220": "moderate" },
  },
  {
    name: "band neutrophils 220 /uL",
    working: "220 is not > 220 → silent",
    presentation: labs({ test: "band-neutrophils", value: 220, unit: "/uL" }),
    silent: ["rf-inf-bands-gt220"],
    exactly: [],
  },
  {
    name: "Kingella: reported age 0.49 years",
    working: "0.49 < 0.5 → Kingella silent; 0.49 < 1 → rf-other-infant (D11) is the only flag",
    presentation: at({ patient: { ageAtPresentationYears: 0.49 } }),
    silent: ["rf-inf-kingella-age"],
    exactly: ["rf-other-infant"],
  },
  {
    name: "Kingella: reported age 0.5 years",
    working: "0.5 ≥ 0.5 and < 4.0 → rf-inf-kingella-age moderate",
    presentation: at({ patient: { ageAtPresentationYears: 0.5 } }),
    fires: { "rf-inf-kingella-age": "moderate" },
  },
  {
    name: "Kingella: reported age 3.99 years",
    working: "3.99 < 4.0 → fires",
    presentation: at({ patient: { ageAtPresentationYears: 3.99 } }),
    fires: { "rf-inf-kingella-age": "moderate" },
    evidenceMatch: { "rf-inf-kingella-age": /age at assessment 3\.99 years/ },
  },
  {
    name: "Kingella: reported age 4.0 years",
    working: "4.0 is not < 4.0 → silent",
    presentation: at({ patient: { ageAtPresentationYears: 4 } }),
    silent: ["rf-inf-kingella-age"],
    exactly: [],
  },
  {
    name: "Kingella: birth date 4.0 years before assessment",
    working: "2020-03-01 → 2024-03-01 is the 4th birthday: calendar age exactly 4.0 (D11) → silent",
    presentation: at({ patient: { birthDate: "2020-03-01" } }),
    silent: ["rf-inf-kingella-age"],
    exactly: [],
  },
  {
    name: "Kingella: birth date one day short of 4 years",
    working:
      "2020-03-02 → 2024-03-01: 3 completed years + 365/366 days (2023-03-02 → 2024-03-02) = 3.997 < 4.0 → fires; evidence truncates to 3.99, not 4",
    presentation: at({ patient: { birthDate: "2020-03-02" } }),
    fires: { "rf-inf-kingella-age": "moderate" },
    evidenceMatch: { "rf-inf-kingella-age": /3\.99 years/ },
  },
  {
    name: "Kingella: birth date 182 days before assessment",
    working:
      "2023-09-01 → 2024-03-01: 182 of the 366 days to the 1st birthday = 0.497 < 0.5 → Kingella silent; < 1 → rf-other-infant",
    presentation: at({ patient: { birthDate: "2023-09-01" } }),
    silent: ["rf-inf-kingella-age"],
    exactly: ["rf-other-infant"],
  },
  {
    name: "Kingella: birth date 183 days before assessment",
    working: "2023-08-31 → 2024-03-01: 183 of the 366 days to the 1st birthday = exactly 0.5 ≥ 0.5 → fires",
    presentation: at({ patient: { birthDate: "2023-08-31" } }),
    fires: { "rf-inf-kingella-age": "moderate" },
  },
  {
    name: "local redness and warmth",
    working: "local-redness-warmth → rf-inf-local-signs info",
    presentation: at({ clinicalSigns: ["local-redness-warmth"] }),
    fires: { "rf-inf-local-signs": "info" },
    exactly: ["rf-inf-local-signs"],
  },
  {
    name: "local redness recorded as absent",
    working: "absentSigns only → silent",
    presentation: at({ absentSigns: ["local-redness-warmth"] }),
    silent: ["rf-inf-local-signs"],
    exactly: [],
  },
];

const leftMetaphysis: LesionInput = {
  site: "femur",
  side: "left",
  segment: "metaphysis",
  end: "distal",
  modality: "mri-stir",
};
const symmetricMetaphyses: LesionInput[] = [leftMetaphysis, { ...leftMetaphysis, side: "right" }];

const METABOLIC: RedFlagVector[] = [
  {
    name: "vitamin C deficiency confirmed",
    working: "mimicWorkup.vitaminCDeficiency confirmed → rf-met-scurvy-confirmed high",
    presentation: at({ mimicWorkup: { vitaminCDeficiency: "confirmed" } }),
    fires: { "rf-met-scurvy-confirmed": "high" },
  },
  {
    name: "vitamin C below the lab's range, in µmol/L, with gum bleeding",
    working:
      "5 µmol/L < 11 µmol/L → rf-met-scurvy high (the lab decides severity; the sign joins the evidence)",
    presentation: at({
      labs: [{ test: "vitamin-c", value: 5, unit: "umol/L", referenceLow: 11, referenceHigh: 85 }],
      clinicalSigns: ["gum-bleeding"],
    }),
    fires: { "rf-met-scurvy": "high" },
    evidenceMatch: { "rf-met-scurvy": /gum-bleeding/ },
  },
  {
    name: "petechiae and a restrictive diet, no vitamin C result",
    working: "scurvy signs without a low level → rf-met-scurvy moderate",
    presentation: at({ clinicalSigns: ["petechiae", "neurodevelopmental-or-restrictive-diet"] }),
    fires: { "rf-met-scurvy": "moderate" },
  },
  {
    name: "vitamin C at the lower limit",
    working: "0.2 mg/dL = referenceLow 0.2 → not below → silent",
    presentation: labs({
      test: "vitamin-c",
      value: 0.2,
      unit: "mg/dL",
      referenceLow: 0.2,
      referenceHigh: 1.5,
    }),
    silent: ["rf-met-scurvy", "rf-met-scurvy-not-excluded"],
    exactly: [],
  },
  {
    name: "vitamin C reported as < 0.3 mg/dL",
    working: "true value in [0, 0.3) against a lower limit of 0.2: cannot decide → silent",
    presentation: labs({ test: "vitamin-c", value: 0.3, qualifier: "<", unit: "mg/dL", referenceLow: 0.2 }),
    silent: ["rf-met-scurvy"],
    exactly: [],
  },
  {
    name: "symmetric metaphyseal lesions, vitamin C not assessed",
    working: "left and right distal femoral metaphyses; no vitamin C result; work-up not-assessed → info",
    presentation: at({
      lesions: [...symmetricMetaphyses],
      mimicWorkup: { vitaminCDeficiency: "not-assessed" },
    }),
    fires: { "rf-met-scurvy-not-excluded": "info" },
    exactly: ["rf-met-scurvy-not-excluded"],
  },
  {
    name: "symmetric metaphyseal lesions, vitamin C measured",
    working: "a vitamin C result exists (normal) → status assessed (D4) → silent",
    presentation: at({
      lesions: [...symmetricMetaphyses],
      labs: [{ test: "vitamin-c", value: 0.8, unit: "mg/dL", referenceLow: 0.2, referenceHigh: 1.5 }],
    }),
    silent: ["rf-met-scurvy-not-excluded", "rf-met-scurvy"],
    exactly: [],
  },
  {
    name: "symmetric metaphyseal lesions, scurvy excluded",
    working: "vitaminCDeficiency excluded → assessed → silent",
    presentation: at({ lesions: [...symmetricMetaphyses], mimicWorkup: { vitaminCDeficiency: "excluded" } }),
    silent: ["rf-met-scurvy-not-excluded"],
    exactly: [],
  },
  {
    name: "metaphyseal lesion on one side only",
    working: "not symmetric → silent (and one bone without WBI → unifocal info)",
    presentation: at({ lesions: [leftMetaphysis] }),
    silent: ["rf-met-scurvy-not-excluded"],
    exactly: ["rf-unifocal-nonclavicle"],
  },
  {
    name: "hypophosphatasia confirmed",
    working: "mimicWorkup.hypophosphatasia confirmed → rf-met-hpp-confirmed high",
    presentation: at({ mimicWorkup: { hypophosphatasia: "confirmed" } }),
    fires: { "rf-met-hpp-confirmed": "high" },
  },
  {
    name: "hypophosphatasia excluded",
    working: "excluded → silent",
    presentation: at({ mimicWorkup: { hypophosphatasia: "excluded", vitaminCDeficiency: "excluded" } }),
    silent: ["rf-met-hpp-confirmed", "rf-met-scurvy-confirmed"],
    exactly: [],
  },
  {
    name: "alkaline phosphatase below the lab's range",
    working: "ALP 80 U/L < 150 → rf-met-hpp high",
    presentation: labs({
      test: "alkaline-phosphatase",
      value: 80,
      unit: "U/L",
      referenceLow: 150,
      referenceHigh: 420,
    }),
    fires: { "rf-met-hpp": "high" },
  },
  {
    name: "premature tooth loss, ALP normal",
    working: "sign only → rf-met-hpp moderate",
    presentation: at({
      clinicalSigns: ["premature-tooth-loss"],
      labs: [
        { test: "alkaline-phosphatase", value: 250, unit: "U/L", referenceLow: 150, referenceHigh: 420 },
      ],
    }),
    fires: { "rf-met-hpp": "moderate" },
  },
  {
    name: "alkaline phosphatase at the lower limit",
    working: "ALP 150 = referenceLow → not below → silent",
    presentation: labs({ test: "alkaline-phosphatase", value: 150, unit: "U/L", referenceLow: 150 }),
    silent: ["rf-met-hpp"],
    exactly: [],
  },
];

const MONOGENIC: RedFlagVector[] = [
  {
    name: "onset at 1.99 years",
    working: "onset 1.99 < 2 → mono-syndromic moderate (Ferguson); < 3 → age-lt3 moderate",
    presentation: at({ patient: { ageAtOnsetYears: 1.99 } }),
    fires: { "rf-mono-syndromic": "moderate", "rf-age-lt3": "moderate" },
    sourceMatch: { "rf-mono-syndromic": /LPIN2/ },
    evidenceMatch: { "rf-mono-syndromic": /age at onset 1\.99 years/ },
  },
  {
    name: "onset at exactly 2 years",
    working: "2 is not < 2 → mono silent; 2 < 3 → age-lt3",
    presentation: at({ patient: { ageAtOnsetYears: 2 } }),
    fires: { "rf-age-lt3": "moderate" },
    silent: ["rf-mono-syndromic"],
    exactly: ["rf-age-lt3"],
  },
  {
    name: "onset at 2.99 years",
    working: "2.99 < 3 → age-lt3 moderate",
    presentation: at({ patient: { ageAtOnsetYears: 2.99 } }),
    fires: { "rf-age-lt3": "moderate" },
    evidenceMatch: { "rf-age-lt3": /2\.99 years/ },
  },
  {
    name: "onset at exactly 3 years",
    working: "3 is not < 3 → silent",
    presentation: at({ patient: { ageAtOnsetYears: 3 } }),
    silent: ["rf-age-lt3", "rf-mono-syndromic"],
    exactly: [],
  },
  {
    name: "onset from birth date and symptom onset",
    working:
      "onset 2024-02-29: 2 completed years + 365/366 = 2.997 < 3 → age-lt3; assessed 2024-03-01, the 3rd birthday: 3.0 → Kingella",
    presentation: at({ patient: { birthDate: "2021-03-01" }, symptomOnset: "2024-02-29" }),
    fires: { "rf-age-lt3": "moderate", "rf-inf-kingella-age": "moderate" },
    silent: ["rf-mono-syndromic"],
  },
  {
    name: "pustular rash in infancy",
    working: "sign → mono-syndromic moderate, cited to Aksentijevich (DIRA)",
    presentation: at({ clinicalSigns: ["pustular-rash-in-infancy"] }),
    fires: { "rf-mono-syndromic": "moderate" },
    sourceMatch: { "rf-mono-syndromic": /interleukin-1-receptor antagonist/ },
  },
  {
    name: "pyoderma gangrenosum",
    working: "coexisting condition → mono-syndromic moderate, cited to Lindor (PAPA)",
    presentation: at({ coexistingConditions: ["pyoderma-gangrenosum"] }),
    fires: { "rf-mono-syndromic": "moderate" },
    sourceMatch: { "rf-mono-syndromic": /PAPA/ },
  },
  {
    name: "consanguinity",
    working: "sign → mono-syndromic moderate",
    presentation: at({ clinicalSigns: ["consanguinity"] }),
    fires: { "rf-mono-syndromic": "moderate" },
  },
  {
    name: "psoriasis, acne and a rash after infancy",
    working: "common CNO associations are not syndromic triggers → silent",
    presentation: at({ coexistingConditions: ["psoriasis", "severe-acne"], clinicalSigns: ["rash"] }),
    silent: ["rf-mono-syndromic"],
    exactly: [],
  },
];

const OTHER: RedFlagVector[] = [
  {
    name: "fever with a low maximum temperature",
    working: "fever.present true decides; no temperature threshold (D4) → rf-fever moderate",
    presentation: at({ fever: { present: true, maxTemperatureC: 37.6 } }),
    fires: { "rf-fever": "moderate" },
    evidenceMatch: { "rf-fever": /37\.6 °C/ },
  },
  {
    name: "single tibia after whole-body MRI",
    working: "1 bone, not a clavicle, wholeBodyImaging.performed true → unifocal-nonclavicle moderate",
    presentation: at({ lesions: [tibia], wholeBodyImaging: { performed: true, modality: "whole-body-mri" } }),
    fires: { "rf-unifocal-nonclavicle": "moderate" },
    exactly: ["rf-unifocal-nonclavicle"],
  },
  {
    name: "single tibia, whole-body imaging not performed",
    working: "performed false → info",
    presentation: at({ lesions: [tibia], wholeBodyImaging: { performed: false } }),
    fires: { "rf-unifocal-nonclavicle": "info" },
  },
  {
    name: "two level-unknown thoracic vertebra entries",
    working: "two thoracic-vertebra entries are one bone (D3) → unifocal, not a clavicle → info",
    presentation: at({
      lesions: [
        { site: "thoracic-vertebra", modality: "mri-stir" },
        { site: "thoracic-vertebra", modality: "x-ray" },
      ],
    }),
    fires: { "rf-unifocal-nonclavicle": "info" },
  },
  {
    name: "lone clavicle after whole-body MRI",
    working: "the one bone is a clavicle → silent",
    presentation: at({
      lesions: [{ site: "clavicle", side: "left", modality: "whole-body-mri" }],
      wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
    }),
    silent: ["rf-unifocal-nonclavicle"],
    exactly: [],
  },
  {
    name: "whole-body imaging with no lesion",
    working: "0 bones → not unifocal → silent",
    presentation: at({ lesions: [], wholeBodyImaging: { performed: true } }),
    silent: ["rf-unifocal-nonclavicle", "rf-inf-fever-unifocal"],
    exactly: [],
  },
];

const WHOLE_OUTPUT: RedFlagVector[] = [
  {
    name: "empty presentation",
    working: "nothing recorded: unknown data never fires a flag",
    presentation: at({}),
    exactly: [],
  },
  {
    name: "values without reference ranges",
    working:
      "WBC, Hb, LDH, uric acid, ALP, vitamin C have no range or interpretation → null, never fire; platelets 350, neutrophils 3, CRP 20, bands 100 clear the absolute cut-offs",
    presentation: labs(
      { test: "wbc", value: 25, unit: "10*9/L" },
      { test: "hemoglobin", value: 7, unit: "g/dL" },
      { test: "ldh", value: 2000, unit: "U/L" },
      { test: "uric-acid", value: 12, unit: "mg/dL" },
      { test: "alkaline-phosphatase", value: 40, unit: "U/L" },
      { test: "vitamin-c", value: 0.05, unit: "mg/dL" },
      platelets(350),
      { test: "neutrophils", value: 3, unit: "10*9/L" },
      { test: "crp", value: 20, unit: "mg/L" },
      { test: "band-neutrophils", value: 100, unit: "/uL" },
    ),
    exactly: [],
  },
  {
    name: "typical multifocal CRMO, everything recorded",
    working:
      "10-year-old, afebrile, multifocal (clavicle, T7, both tibiae), normal CBC, platelets 310, CRP 12, vitamin C excluded → no flag at all",
    presentation: at({
      patient: { birthDate: "2013-05-10" },
      symptomOnset: "2023-11-01",
      bonePain: true,
      fever: { present: false },
      lesions: [
        {
          site: "clavicle",
          side: "right",
          part: "medial",
          modality: "whole-body-mri",
          findings: ["bone-marrow-edema", "hyperostosis"],
        },
        { site: "T7", modality: "whole-body-mri", findings: ["bone-marrow-edema"] },
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
      ],
      wholeBodyImaging: { performed: true, modality: "whole-body-mri", on: "2024-02-20" },
      labs: [
        { test: "wbc", value: 7.2, unit: "10*9/L", referenceLow: 4.5, referenceHigh: 13.5 },
        { test: "hemoglobin", value: 12.8, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 },
        platelets(310, { referenceLow: 150, referenceHigh: 450 }),
        { test: "neutrophils", value: 4.1, unit: "10*9/L", referenceLow: 1.5, referenceHigh: 8 },
        { test: "crp", value: 12, unit: "mg/L", referenceHigh: 5 },
        { test: "ldh", value: 240, unit: "U/L", referenceLow: 120, referenceHigh: 300 },
        { test: "alkaline-phosphatase", value: 260, unit: "U/L", referenceLow: 150, referenceHigh: 420 },
      ],
      coexistingConditions: ["palmoplantar-pustulosis"],
      absentSigns: ["hepatomegaly", "splenomegaly", "lymphadenopathy", "local-redness-warmth"],
      mimicWorkup: {
        malignancy: "excluded",
        infection: "excluded",
        vitaminCDeficiency: "excluded",
        hypophosphatasia: "excluded",
      },
      biopsy: { performed: false },
      bloodCulture: "not-done",
    }),
    exactly: [],
  },
  {
    name: "many flags: sort order",
    working:
      "high (malignancy: organomegaly, thrombocytopenia; infection: positive-micro; metabolic: scurvy) → moderate (malignancy: abnormal-cbc, constitutional; infection: crp, fever-unifocal, kingella; metabolic: hpp; monogenic: age-lt3; other: fever, unifocal) → info (malignancy: plt-lt300; infection: local-signs). Onset 2.5 y + 10 weeks → assessment 2.69 y.",
    presentation: at({
      patient: { ageAtOnsetYears: 2.5 },
      symptomDurationWeeks: 10,
      fever: { present: true },
      lesions: [tibia],
      wholeBodyImaging: { performed: true, modality: "bone-scan" },
      labs: [
        platelets(85, { referenceLow: 150, referenceHigh: 450 }),
        { test: "crp", value: 80, unit: "mg/L" },
        { test: "vitamin-c", value: 0.1, unit: "mg/dL", referenceLow: 0.2, referenceHigh: 1.5 },
      ],
      clinicalSigns: ["hepatomegaly", "night-sweats", "local-redness-warmth", "premature-tooth-loss"],
      bloodCulture: "positive",
    }),
    fires: { "rf-met-scurvy": "high", "rf-met-hpp": "moderate", "rf-unifocal-nonclavicle": "moderate" },
    exactly: [
      "rf-mal-organomegaly-lan",
      "rf-mal-thrombocytopenia",
      "rf-inf-positive-micro",
      "rf-met-scurvy",
      "rf-mal-abnormal-cbc",
      "rf-mal-constitutional",
      "rf-inf-crp-gt55",
      "rf-inf-fever-unifocal",
      "rf-inf-kingella-age",
      "rf-met-hpp",
      "rf-age-lt3",
      "rf-fever",
      "rf-unifocal-nonclavicle",
      "rf-mal-plt-lt300",
      "rf-inf-local-signs",
    ],
  },
];

export const RED_FLAG_VECTORS: RedFlagVector[] = [
  ...MALIGNANCY,
  ...INFECTION,
  ...METABOLIC,
  ...MONOGENIC,
  ...OTHER,
  ...WHOLE_OUTPUT,
];
