import type { InstrumentVector } from "../../test/instrument-vectors.ts";

const DISABLED = { status: "disabled", outcome: "rule-unverified" } as const;
const normalCbc = [
  { test: "wbc", value: 7.2, unit: "10*9/L", referenceLow: 4.5, referenceHigh: 13.5 },
  { test: "hemoglobin", value: 12.8, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 },
  { test: "platelets", value: 310, unit: "10*9/L", referenceLow: 150, referenceHigh: 450 },
] as const;

/** Hand-worked Jansson 2007 presentations: always disabled [U]; the items are still evaluated (D5). */
export const JANSSON_2007_VECTORS: InstrumentVector[] = [
  {
    name: "typical CRMO with PPP and a sterile inflammatory biopsy",
    arithmetic:
      "x-ray lytic clavicle → radiological true; clavicle + T9 = 2 bones → multifocal true; PPP → true; plasma cells + culture negative → biopsy true; hyperostosis recorded → true; IBD → other autoimmune true; family history always null; still disabled",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "clavicle", side: "left", modality: "x-ray", findings: ["lytic", "hyperostosis"] },
        { site: "T9", modality: "mri-stir", findings: ["bone-marrow-edema"] },
      ],
      coexistingConditions: ["palmoplantar-pustulosis", "ibd"],
      biopsy: { performed: true, findings: ["plasma-cells"], culture: "negative" },
    },
    expect: {
      ...DISABLED,
      items: {
        "major-radiological-lesion": true,
        "major-multifocal": true,
        "major-ppp-or-psoriasis": true,
        "major-sterile-biopsy-inflammation": true,
        "minor-hyperostosis": true,
        "minor-other-autoimmune-disease": true,
        "minor-family-history": null,
      },
      warningsMatch: [/unverified recollection.*2 major, or 1 major \+ 3 minor/],
    },
  },
  {
    name: "nothing recorded: every item undecided, nothing computed",
    arithmetic:
      "no lesions, conditions, biopsy, labs or duration → all 10 items null; no score, still disabled",
    presentation: { assessedOn: "2024-03-01" },
    expect: {
      ...DISABLED,
      items: {
        "major-radiological-lesion": null,
        "major-multifocal": null,
        "major-ppp-or-psoriasis": null,
        "major-sterile-biopsy-inflammation": null,
        "minor-normal-blood-count": null,
        "minor-crp-esr-mildly-elevated": null,
        "minor-observation-over-6-months": null,
        "minor-hyperostosis": null,
        "minor-other-autoimmune-disease": null,
        "minor-family-history": null,
      },
    },
  },
  {
    name: "a negative study, no skin disease, no biopsy",
    arithmetic:
      "lesions [] → radiological, multifocal and hyperostosis false; conditions [] → PPP false, other autoimmune null (no field for the rest); biopsy not performed → false",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [],
      coexistingConditions: [],
      biopsy: { performed: false },
    },
    expect: {
      ...DISABLED,
      items: {
        "major-radiological-lesion": false,
        "major-multifocal": false,
        "major-ppp-or-psoriasis": false,
        "major-sterile-biopsy-inflammation": false,
        "minor-hyperostosis": false,
        "minor-other-autoimmune-disease": null,
      },
    },
  },
  {
    name: "findings absent from a listed lesion stay open; clinical lesions prove nothing radiologically",
    arithmetic:
      "MRI oedema only + a clinical lesion marked lytic → no imaged lysis/sclerosis recorded → null; hyperostosis null; 2 bones → multifocal true (D4 counts clinical bones)",
    presentation: {
      assessedOn: "2024-03-01",
      lesions: [
        { site: "tibia", side: "left", modality: "mri-stir", findings: ["bone-marrow-edema"] },
        { site: "sternum", modality: "clinical", findings: ["lytic"] },
      ],
    },
    expect: {
      ...DISABLED,
      items: { "major-radiological-lesion": null, "minor-hyperostosis": null, "major-multifocal": true },
    },
  },
  {
    name: "normal CBC but fever: not in good general health",
    arithmetic:
      "WBC, Hb, platelets in range → count normal; fever present → good general health false [CONV] → item false",
    presentation: {
      assessedOn: "2024-03-01",
      fever: { present: true, maxTemperatureC: 38.6 },
      labs: [...normalCbc],
    },
    expect: { ...DISABLED, items: { "minor-normal-blood-count": false } },
  },
  {
    name: "normal CBC, afebrile: general health still a clinician's judgement",
    arithmetic: "count normal, no fever, no constitutional sign → good general health unknown → item null",
    presentation: { assessedOn: "2024-03-01", fever: { present: false }, labs: [...normalCbc] },
    expect: { ...DISABLED, items: { "minor-normal-blood-count": null } },
  },
  {
    name: "a low haemoglobin fails the blood-count item",
    arithmetic: "Hb 9.8 < 11.5 → count not normal → false, whatever the general health",
    presentation: {
      assessedOn: "2024-03-01",
      labs: [{ test: "hemoglobin", value: 9.8, unit: "g/dL", referenceLow: 11.5, referenceHigh: 15.5 }],
    },
    expect: { ...DISABLED, items: { "minor-normal-blood-count": false } },
  },
  {
    name: "CRP and ESR both normal: not elevated at all",
    arithmetic: "CRP 3 ≤ ULN 5, ESR 8 ≤ ULN 20 → neither elevated → false",
    presentation: {
      assessedOn: "2024-03-01",
      labs: [
        { test: "crp", value: 3, unit: "mg/L", referenceHigh: 5 },
        { test: "esr", value: 8, unit: "mm/h", referenceHigh: 20 },
      ],
    },
    expect: { ...DISABLED, items: { "minor-crp-esr-mildly-elevated": false } },
  },
  {
    name: "an elevated CRP cannot be called 'mild-to-moderate' without a bound",
    arithmetic: "CRP 25 > ULN 5, ESR 40 > ULN 20 → elevated, but the upper bound is NOT FOUND → null",
    presentation: {
      assessedOn: "2024-03-01",
      labs: [
        { test: "crp", value: 25, unit: "mg/L", referenceHigh: 5 },
        { test: "esr", value: 40, unit: "mm/h", referenceHigh: 20 },
      ],
    },
    expect: { ...DISABLED, items: { "minor-crp-esr-mildly-elevated": null } },
  },
  {
    name: "symptoms for exactly 26 weeks: observation cannot exceed 6 months",
    arithmetic: "onset 2023-08-31 → 2024-02-29 = 182 days = 26.0 weeks ≤ 182.625 days (365.25 / 2) → false",
    presentation: { assessedOn: "2024-02-29", symptomOnset: "2023-08-31" },
    expect: { ...DISABLED, items: { "minor-observation-over-6-months": false } },
  },
  {
    name: "symptoms for 183 days: observation may or may not exceed 6 months",
    arithmetic: "onset 2023-08-30 → 2024-02-29 = 183 days > 182.625 → observation start unknown → null",
    presentation: { assessedOn: "2024-02-29", symptomOnset: "2023-08-30" },
    expect: { ...DISABLED, items: { "minor-observation-over-6-months": null } },
  },
  {
    name: "malignant cells on biopsy fail the sterile-biopsy item",
    arithmetic:
      "plasma cells + malignant cells → not inflammatory per D3 → biopsy false; psoriasis → PPP item true",
    presentation: {
      assessedOn: "2024-03-01",
      coexistingConditions: ["psoriasis"],
      biopsy: { performed: true, findings: ["plasma-cells", "malignant-cells"], culture: "negative" },
    },
    expect: {
      ...DISABLED,
      items: {
        "major-sterile-biopsy-inflammation": false,
        "major-ppp-or-psoriasis": true,
        "minor-other-autoimmune-disease": null,
      },
    },
  },
];
