import type { Tri } from "../logic/tri.ts";
import type { CourseInput } from "../schema/course.ts";

/** A hand-worked course, the date it is assessed on, and what the CTP instrument must make of it. */
export interface CtpVector {
  name: string;
  arithmetic: string;
  course: CourseInput;
  on: string;
  expect: {
    status: "computed" | "insufficient-data";
    outcome: "eligible" | "not-eligible" | "undecided";
    items?: Record<string, Tri>;
    missingToDecide?: string[];
    warningsMatch?: RegExp[];
    noWarningMatches?: RegExp[];
    evidenceMatch?: Record<string, RegExp>;
  };
}

const ON = "2024-06-01";
type Study = CourseInput["imagingStudies"][number];
type Lesion = Study["lesions"][number];

const wbMri = (date: string, lesions: Lesion[]): Study => ({
  date,
  modality: "whole-body-mri",
  wholeBody: true,
  lesions,
});
const BASE_LESIONS: Lesion[] = [
  { site: "tibia", side: "left", segment: "metaphysis", findings: ["bone-marrow-edema"] },
  { site: "femur", side: "right", segment: "diaphysis", findings: ["bone-marrow-edema"] },
];
const naproxen = (start: string) => ({ drugClass: "nsaid" as const, drug: "naproxen", start });

/**
 * Eligible baseline: 12 years old; WB-MRI 61 days ago with oedema; naproxen since 2024-01-01 (152 days =
 * 21.7 weeks); pain 4 with a tender tibia; biopsy done; no mimic. Not a typical distribution (no clavicle,
 * no symmetric pair), so the biopsy is what meets criterion 5.
 */
const base = (over: Partial<CourseInput> = {}): CourseInput => ({
  patient: { birthDate: "2012-03-15" },
  visits: [{ date: ON, kind: "scheduled", painNrs: 4, tenderSites: [{ site: "tibia", side: "left" }] }],
  imagingStudies: [wbMri("2024-04-01", BASE_LESIONS)],
  treatments: [naproxen("2024-01-01")],
  biopsy: { performed: true, findings: ["plasma-cells", "lymphocytes"], culture: "negative" },
  mimicWorkup: { malignancy: "excluded", infection: "excluded" },
  ...over,
});
const noBiopsy = { biopsy: { performed: false } };

export const CTP_VECTORS: CtpVector[] = [
  {
    name: "eligible after a failed NSAID trial",
    arithmetic:
      "age 12 ≤ 21; MRI 61 d ≤ 84 d with oedema; WB-MRI; 21.7 w NSAID ≥ 4 and pain 4 + tender tibia; biopsy; no exclusion",
    course: base(),
    on: ON,
    expect: {
      status: "computed",
      outcome: "eligible",
      items: {
        "active-spinal-lesion": false,
        "typical-distribution": false,
        "exclusion-contraindication-to-agent": null,
      },
    },
  },
  {
    name: "NSAID 27 days (3.9 weeks) is short of 4 weeks",
    arithmetic:
      "2024-05-06 → 2024-06-01, both ends counted (D11) = 27 d = 3.86 w < 4; no spinal lesion → criterion 4 false → not-eligible",
    course: base({ treatments: [naproxen("2024-05-06")] }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "nsaid-trial-at-least-4-weeks": false } },
  },
  {
    name: "NSAID 28 days (4.0 weeks) is enough",
    arithmetic: "2024-05-05 → 2024-06-01, both ends counted = 28 d = 4.0 w ≥ 4 → eligible",
    course: base({ treatments: [naproxen("2024-05-05")] }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "nsaid-trial-at-least-4-weeks": true } },
  },
  {
    name: "overlapping NSAID rows count once; a stopped row counts to its stop",
    arithmetic:
      "ibuprofen 05-01→05-20 and naproxen 05-10→05-25 → union 05-01→05-25, both ends counted = 25 d < 28 → not-eligible",
    course: base({
      treatments: [
        { drugClass: "nsaid", drug: "ibuprofen", start: "2024-05-01", stop: "2024-05-20" },
        { drugClass: "nsaid", drug: "naproxen", start: "2024-05-10", stop: "2024-05-25" },
      ],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      evidenceMatch: { "nsaid-trial-at-least-4-weeks": /25 days/ },
    },
  },
  {
    name: "a stop date is counted inclusively",
    arithmetic:
      "ibuprofen 05-01→05-14 and naproxen 05-15→05-28: 14 + 14 days, both ends counted (D11) = 28 d = 4.0 w → eligible",
    course: base({
      treatments: [
        { drugClass: "nsaid", drug: "ibuprofen", start: "2024-05-01", stop: "2024-05-14" },
        { drugClass: "nsaid", drug: "naproxen", start: "2024-05-15", stop: "2024-05-28" },
      ],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "eligible",
      evidenceMatch: { "nsaid-trial-at-least-4-weeks": /28 days = 4 weeks/ },
    },
  },
  {
    name: "a one-day NSAID row is one day",
    arithmetic: "naproxen 05-20→05-20 = 1 d (both ends are the same day) → 0.1 w < 4 → not-eligible",
    course: base({
      treatments: [{ drugClass: "nsaid", drug: "naproxen", start: "2024-05-20", stop: "2024-05-20" }],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      evidenceMatch: { "nsaid-trial-at-least-4-weeks": /1 days = 0.1 weeks/ },
    },
  },
  {
    name: "no NSAID rows is a 0-week trial, not an unknown one",
    arithmetic: "course treatments [] → 0 weeks (D5) → false, never null → not-eligible",
    course: base({ treatments: [] }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      items: { "nsaid-trial-at-least-4-weeks": false },
      evidenceMatch: { "nsaid-trial-at-least-4-weeks": /no NSAID rows: 0 weeks/ },
    },
  },
  {
    name: "an active spinal lesion qualifies without an NSAID trial",
    arithmetic: "no NSAID; T10 body with oedema → active spinal lesion → criterion 4 met → eligible",
    course: base({
      treatments: [],
      imagingStudies: [
        wbMri("2024-04-01", [
          ...BASE_LESIONS,
          { site: "T10", part: "body", findings: ["bone-marrow-edema"] },
        ]),
      ],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "eligible",
      items: { "active-spinal-lesion": true },
      noWarningMatches: [/part not recorded/],
    },
  },
  {
    name: "a spinal lesion without `part` counts, with a warning",
    arithmetic: "L2 oedema, part missing → counted as vertebral body (D5) + warning → eligible",
    course: base({
      treatments: [],
      imagingStudies: [wbMri("2024-04-01", [{ site: "L2", findings: ["bone-marrow-edema"] }])],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "eligible",
      items: { "active-spinal-lesion": true },
      warningsMatch: [/L2: vertebral part not recorded/],
    },
  },
  {
    name: "posterior elements are not a vertebral body",
    arithmetic: "T4 posterior elements with oedema → no vertebral-body lesion; no NSAID → not-eligible",
    course: base({
      treatments: [],
      imagingStudies: [
        wbMri("2024-04-01", [{ site: "T4", part: "posterior-elements", findings: ["bone-marrow-edema"] }]),
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "active-spinal-lesion": false } },
  },
  {
    name: "a focal spine MRI 84 days ago with vertebral oedema is an active spinal lesion",
    arithmetic:
      "no NSAID; spine MRI 2024-03-09 (84 d ≤ 12 weeks) with T7 body oedema → active spinal lesion true (D11: a study in the window) → eligible",
    course: base({
      treatments: [],
      imagingStudies: [
        wbMri("2024-04-01", BASE_LESIONS),
        {
          date: "2024-03-09",
          modality: "mri-stir",
          wholeBody: false,
          lesions: [{ site: "T7", part: "body", findings: ["bone-marrow-edema"] }],
        },
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "active-spinal-lesion": true } },
  },
  {
    name: "spinal oedema 85 days ago is outside the window",
    arithmetic:
      "spine MRI 2024-03-08 = 85 d > 84 → not counted; the WB-MRI of 2024-04-01 (in the window) shows no spinal lesion → false; no NSAID → not-eligible",
    course: base({
      treatments: [],
      imagingStudies: [
        wbMri("2024-04-01", BASE_LESIONS),
        {
          date: "2024-03-08",
          modality: "mri-stir",
          wholeBody: false,
          lesions: [{ site: "T7", part: "body", findings: ["bone-marrow-edema"] }],
        },
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "active-spinal-lesion": false } },
  },
  {
    name: "no spine imaging in the last 12 weeks leaves the spinal item open",
    arithmetic:
      "no NSAID; the only whole-body MRI is 2024-02-01 (121 d > 84) → no study in the window can show the spine → null (D11); criterion 4 = (false ∧ …) ∨ null = null; MRI item false anyway (no MRI in 12 weeks) → not-eligible",
    course: base({ treatments: [], imagingStudies: [wbMri("2024-02-01", BASE_LESIONS)] }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      items: { "active-spinal-lesion": null },
      evidenceMatch: { "active-spinal-lesion": /no spine imaging in the last 12 weeks/ },
    },
  },
  {
    name: "a whole-body bone scan cannot rule out spinal oedema",
    arithmetic:
      "NSAID 21.7 w; WB-MRI 2024-04-01 shows oedema, plus a whole-body bone scan 2024-05-01 without a spinal lesion; the MRI in the window has no spine lesion → false (the bone scan would not decide false on its own)",
    course: base({
      imagingStudies: [
        wbMri("2024-04-01", BASE_LESIONS),
        {
          date: "2024-05-01",
          modality: "bone-scan",
          wholeBody: true,
          lesions: [{ site: "tibia", side: "left", findings: ["increased-uptake"] }],
        },
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "active-spinal-lesion": false } },
  },
  {
    name: "a bone scan alone in the window leaves the spinal item open",
    arithmetic:
      "WB-MRI 2024-02-01 is outside the window; the whole-body bone scan of 2024-05-01 cannot show marrow oedema, so it does not decide false (conservative reading) → null",
    course: base({
      treatments: [],
      imagingStudies: [
        wbMri("2024-02-01", BASE_LESIONS),
        {
          date: "2024-05-01",
          modality: "bone-scan",
          wholeBody: true,
          lesions: [{ site: "tibia", side: "left", findings: ["increased-uptake"] }],
        },
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "active-spinal-lesion": null } },
  },
  {
    name: "MRI 84 days before enrolment is within 12 weeks",
    arithmetic: "2024-03-09 → 2024-06-01 = 84 d ≤ 12 × 7 → MRI item true → eligible",
    course: base({ imagingStudies: [wbMri("2024-03-09", BASE_LESIONS)] }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "mri-bone-oedema-within-12-weeks": true } },
  },
  {
    name: "MRI 85 days before enrolment is not",
    arithmetic:
      "2024-03-08 → 2024-06-01 = 85 d > 84 → MRI item false → not-eligible (whole-body item still true)",
    course: base({ imagingStudies: [wbMri("2024-03-08", BASE_LESIONS)] }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      items: { "mri-bone-oedema-within-12-weeks": false, "whole-body-imaging": true, "active-disease": true },
    },
  },
  {
    name: "age 21.9 is ≤ 21 in completed years",
    arithmetic:
      "born 2002-07-20 → 21 completed years (21.87 y) on 2024-06-01; ≤ 21 read as 'before turning 22' [D] → eligible",
    course: base({ patient: { birthDate: "2002-07-20" } }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "age-at-most-21-at-enrolment": true } },
  },
  {
    name: "the day before the 22nd birthday is still 21",
    arithmetic: "born 2002-06-02 → 21 completed years on 2024-06-01 (21.999 y) → eligible",
    course: base({ patient: { birthDate: "2002-06-02" } }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "age-at-most-21-at-enrolment": true } },
  },
  {
    name: "age 22.0 (the 22nd birthday) is not ≤ 21",
    arithmetic: "born 2002-06-01 → 22 completed years on 2024-06-01 → age item false → not-eligible",
    course: base({ patient: { birthDate: "2002-06-01" } }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "age-at-most-21-at-enrolment": false } },
  },
  {
    name: "unknown age leaves eligibility undecided",
    arithmetic:
      "no birth date or reported age → age null; everything else met → undecided; only age can decide",
    course: base({ patient: {} }),
    on: ON,
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      missingToDecide: ["age-at-most-21-at-enrolment"],
    },
  },
  {
    name: "malignancy ever excludes: blasts on an earlier smear",
    arithmetic:
      "blasts true on 2023-10-01, absent on the latest smear → D7 alone (latest) says no, 'ever' says yes → not-eligible",
    course: base({
      mimicWorkup: {},
      visits: [
        {
          date: "2023-10-01",
          kind: "baseline",
          labs: [{ test: "blood-smear-blasts", value: true, unit: "{presence}" }],
        },
        {
          date: ON,
          kind: "scheduled",
          painNrs: 4,
          tenderSites: [{ site: "tibia", side: "left" }],
          labs: [{ test: "blood-smear-blasts", value: false, unit: "{presence}" }],
        },
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "exclusion-malignancy-ever": true } },
  },
  {
    name: "a confirmed malignancy in the work-up excludes",
    arithmetic: "mimicWorkup.malignancy confirmed → D7 mimicPresent → not-eligible",
    course: base({ mimicWorkup: { malignancy: "confirmed" } }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "exclusion-malignancy-ever": true } },
  },
  {
    name: "current infectious osteomyelitis excludes",
    arithmetic: "latest blood culture positive → D7 infection present → not-eligible",
    course: base({ bloodCultures: [{ date: "2024-05-01", result: "positive" }] }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      items: { "exclusion-current-infectious-osteomyelitis": true },
    },
  },
  {
    name: "no biopsy, clavicle lesion: typical distribution waives the biopsy",
    arithmetic:
      "biopsy not performed; clavicle R on the WB-MRI → typical distribution → criterion 5 met → eligible",
    course: base({
      ...noBiopsy,
      imagingStudies: [
        wbMri("2024-04-01", [
          ...BASE_LESIONS,
          { site: "clavicle", side: "right", findings: ["bone-marrow-edema"] },
        ]),
      ],
    }),
    on: ON,
    expect: {
      status: "computed",
      outcome: "eligible",
      items: { biopsy: false, "typical-distribution": true },
    },
  },
  {
    name: "no biopsy, symmetric metaphyseal tibiae",
    arithmetic: "tibia L + R distal metaphysis → symmetric long-bone metaphyseal → typical → eligible",
    course: base({
      ...noBiopsy,
      imagingStudies: [
        wbMri("2024-04-01", [
          {
            site: "tibia",
            side: "left",
            segment: "metaphysis",
            end: "distal",
            findings: ["bone-marrow-edema"],
          },
          {
            site: "tibia",
            side: "right",
            segment: "metaphysis",
            end: "distal",
            findings: ["bone-marrow-edema"],
          },
        ]),
      ],
    }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "typical-distribution": true } },
  },
  {
    name: "no biopsy, symmetric tibiae without segment",
    arithmetic:
      "tibia L + R, segment unrecorded → typical null; no biopsy, no IBD/psoriasis/PPP → undecided; only the distribution decides",
    course: base({
      ...noBiopsy,
      imagingStudies: [
        wbMri("2024-04-01", [
          { site: "tibia", side: "left", findings: ["bone-marrow-edema"] },
          { site: "tibia", side: "right" },
        ]),
      ],
    }),
    on: ON,
    expect: { status: "insufficient-data", outcome: "undecided", missingToDecide: ["typical-distribution"] },
  },
  {
    name: "no biopsy, atypical distribution, psoriasis",
    arithmetic: "psoriasis noted 2023-01-01 → associated condition → criterion 5 met → eligible",
    course: base({ ...noBiopsy, coexistingConditions: [{ condition: "psoriasis", notedOn: "2023-01-01" }] }),
    on: ON,
    expect: { status: "computed", outcome: "eligible", items: { "ibd-psoriasis-or-ppp": true } },
  },
  {
    name: "no biopsy, atypical distribution, no associated condition",
    arithmetic: "biopsy false, typical false, IBD/psoriasis/PPP false → criterion 5 false → not-eligible",
    course: base(noBiopsy),
    on: ON,
    expect: {
      status: "computed",
      outcome: "not-eligible",
      items: { biopsy: false, "ibd-psoriasis-or-ppp": false },
    },
  },
  {
    name: "an MRI within 12 weeks counts even after an x-ray overlays its lesion; active disease then unknown",
    arithmetic:
      "WB-MRI 04-01 tibia L oedema → MRI item true (any MRI in the window); x-ray 05-01 replaces tibia L in the projection (sclerosis, no oedema) → oedema branch false; no pain score → active null → undecided",
    course: base({
      visits: [{ date: ON, kind: "scheduled" }],
      imagingStudies: [
        wbMri("2024-04-01", [BASE_LESIONS[0] as Lesion]),
        {
          date: "2024-05-01",
          modality: "x-ray",
          wholeBody: false,
          lesions: [{ site: "tibia", side: "left", findings: ["sclerosis"] }],
        },
      ],
    }),
    on: ON,
    expect: {
      status: "insufficient-data",
      outcome: "undecided",
      items: { "mri-bone-oedema-within-12-weeks": true, "active-disease": null },
      missingToDecide: ["active-disease"],
    },
  },
  {
    name: "only focal imaging: no whole-body imaging",
    arithmetic: "a focal MRI is not whole-body imaging → criterion 3 false → not-eligible",
    course: base({
      imagingStudies: [{ date: "2024-04-01", modality: "mri-stir", wholeBody: false, lesions: BASE_LESIONS }],
    }),
    on: ON,
    expect: { status: "computed", outcome: "not-eligible", items: { "whole-body-imaging": false } },
  },
];
