import { describe, expect, it } from "vitest";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { presentationAsOf } from "./presentation-as-of.ts";

const course = (input: Partial<CourseInput>) =>
  courseSchema.parse({ patient: {}, visits: [], imagingStudies: [], treatments: [], ...input });

const lesionSummary = (on: string, c: ReturnType<typeof course>) =>
  presentationAsOf(c, on).presentation.lesions?.map((l) => `${l.site} ${l.side ?? "-"} ${l.modality}`);

describe("presentationAsOf — lesions (D1)", () => {
  const studies: CourseInput["imagingStudies"] = [
    // Before the whole-body study: superseded by it, so the clavicle is gone.
    {
      date: "2023-06-01",
      modality: "mri-stir",
      wholeBody: false,
      lesions: [{ site: "clavicle", side: "left" }],
    },
    {
      date: "2024-01-10",
      modality: "whole-body-mri",
      wholeBody: true,
      lesions: [
        { site: "tibia", side: "left", findings: ["bone-marrow-edema"], status: "new" },
        { site: "femur", side: "right", findings: ["bone-marrow-edema"] },
        { site: "T7", modality: "mri-stir" },
      ],
    },
    {
      date: "2024-03-01",
      modality: "mri-stir",
      wholeBody: false,
      lesions: [
        { site: "tibia", side: "left", findings: ["sclerosis"], status: "persistent-improved" },
        { site: "tibia", side: "right", findings: ["bone-marrow-edema"] },
      ],
    },
    // After the date: ignored.
    { date: "2024-06-01", modality: "whole-body-mri", wholeBody: true, lesions: [] },
  ];

  it("starts from the latest whole-body study and overlays later focal studies by site + side", () => {
    // WB 2024-01-10 gives tibia L, femur R, T7 (own modality mri-stir); the 2024-03-01 focal study replaces
    // tibia L (same site + side) and adds tibia R. Untouched WB lesions stay first, overlay lesions follow.
    const { presentation, reasoning } = presentationAsOf(course({ imagingStudies: studies }), "2024-04-01");
    expect(presentation.lesions?.map((l) => `${l.site} ${l.side ?? "-"} ${l.modality}`)).toEqual([
      "femur right whole-body-mri",
      "T7 - mri-stir",
      "tibia left mri-stir",
      "tibia right mri-stir",
    ]);
    expect(presentation.lesions?.find((l) => l.site === "tibia" && l.side === "left")?.findings).toEqual([
      "sclerosis",
    ]);
    expect(presentation.lesions?.some((l) => "status" in l)).toBe(false);
    expect(presentation.wholeBodyImaging).toEqual({
      performed: true,
      modality: "whole-body-mri",
      on: "2024-01-10",
    });
    expect(reasoning.some((r) => /replaces.*tibia left/.test(r))).toBe(true);
  });

  it("overlays a focal study dated the same day as the whole-body study, whatever the listed order", () => {
    // Reading: "later" includes the same day (a dedicated focal MRI is at least as detailed as the WB-MRI).
    const sameDay = course({
      imagingStudies: [
        {
          date: "2024-01-10",
          modality: "x-ray",
          wholeBody: false,
          lesions: [{ site: "femur", side: "right", findings: ["lytic"] }],
        },
        studies[1] as CourseInput["imagingStudies"][number],
      ],
    });
    expect(lesionSummary("2024-01-10", sameDay)).toEqual([
      "tibia left whole-body-mri",
      "T7 - mri-stir",
      "femur right x-ray",
    ]);
  });

  it("a lesion without modality takes its study's (D3)", () => {
    // femur right has no modality in the whole-body-mri study → whole-body-mri.
    const lesions = presentationAsOf(course({ imagingStudies: studies }), "2024-02-01").presentation.lesions;
    expect(lesions?.find((l) => l.site === "femur")?.modality).toBe("whole-body-mri");
  });

  it("drops lesions whose status is resolved, also when a focal study resolves a whole-body lesion", () => {
    // The 2024-03-01 focal study marks femur R resolved: it replaces the WB femur R and is then dropped.
    const withResolved = [
      ...studies.slice(0, 2),
      {
        date: "2024-03-01",
        modality: "mri-stir",
        wholeBody: false,
        lesions: [{ site: "femur", side: "right", status: "resolved" }],
      },
    ] as CourseInput["imagingStudies"];
    expect(lesionSummary("2024-04-01", course({ imagingStudies: withResolved }))).toEqual([
      "tibia left whole-body-mri",
      "T7 - mri-stir",
    ]);
  });

  it("without a whole-body study overlays every study in date order and sets no wholeBodyImaging", () => {
    // Listed out of order on purpose: 2024-02 replaces femur L of 2024-01 (same bone) and, being sided,
    // also the side-less femur at that paired site (D11); femur R is another bone, so it stays.
    const c = course({
      imagingStudies: [
        {
          date: "2024-02-01",
          modality: "x-ray",
          wholeBody: false,
          lesions: [{ site: "femur", side: "left", findings: ["lytic"] }],
        },
        {
          date: "2024-01-01",
          modality: "mri-stir",
          wholeBody: false,
          lesions: [{ site: "femur", side: "left" }, { site: "femur", side: "right" }, { site: "femur" }],
        },
      ],
    });
    const { presentation } = presentationAsOf(c, "2024-03-01");
    expect(lesionSummary("2024-03-01", c)).toEqual(["femur right mri-stir", "femur left x-ray"]);
    expect(presentation.wholeBodyImaging).toBeUndefined();
  });

  it("a whole-body bone scan sets wholeBodyImaging.modality bone-scan; no study leaves lesions missing", () => {
    const scan = course({
      imagingStudies: [{ date: "2024-01-01", modality: "bone-scan", wholeBody: true, lesions: [] }],
    });
    expect(presentationAsOf(scan, "2024-02-01").presentation).toMatchObject({
      lesions: [],
      wholeBodyImaging: { performed: true, modality: "bone-scan", on: "2024-01-01" },
    });
    // The only study is after the date: nothing was imaged yet, so the list is unknown (undefined), not empty.
    expect(presentationAsOf(scan, "2023-12-31").presentation.lesions).toBeUndefined();
  });
});

describe("presentationAsOf — labs, visit, conditions, culture (D1)", () => {
  const crp = (value: number, takenOn?: string) => ({
    test: "crp" as const,
    value,
    unit: "mg/L",
    ...(takenOn ? { takenOn } : {}),
  });
  const labsCourse = course({
    visits: [
      { date: "2024-01-10", kind: "baseline", labs: [crp(40, "2024-01-02")] },
      // No takenOn: dated by the visit, 2024-02-01 — the latest CRP on or before 2024-03-15.
      { date: "2024-02-01", kind: "scheduled", labs: [crp(5)] },
      // Recorded at a later visit but taken 2024-01-20: older than the 2024-02-01 CRP, so not chosen.
      {
        date: "2024-03-01",
        kind: "scheduled",
        labs: [crp(99, "2024-01-20"), { test: "esr", value: 80, unit: "mm/h", takenOn: "2024-04-01" }],
      },
      // A visit after the date whose ESR was taken before it: takenOn decides, so it counts.
      {
        date: "2024-04-01",
        kind: "scheduled",
        labs: [{ test: "esr", value: 30, unit: "mm/h", takenOn: "2024-03-10" }],
      },
    ],
  });

  it("takes per test the latest result by takenOn, else the visit date, and fills takenOn", () => {
    const labs = presentationAsOf(labsCourse, "2024-03-15").presentation.labs;
    expect(labs?.map((l) => [l.test, l.value, l.takenOn])).toEqual([
      ["crp", 5, "2024-02-01"],
      ["esr", 30, "2024-03-10"],
    ]);
  });

  it("on the same date the result listed last wins (a repeat sample)", () => {
    const repeat = course({
      visits: [{ date: "2024-02-01", kind: "scheduled", labs: [crp(5), crp(7, "2024-02-01")] }],
    });
    expect(presentationAsOf(repeat, "2024-02-01").presentation.labs?.map((l) => l.value)).toEqual([7]);
  });

  it("before any later result, an earlier takenOn wins over its visit date", () => {
    // On 2024-01-25: CRP 40 (2024-01-02) and CRP 99 (taken 2024-01-20, visit 2024-03-01) → 99 is later.
    const labs = presentationAsOf(labsCourse, "2024-01-25").presentation.labs;
    expect(labs?.map((l) => [l.test, l.value])).toEqual([["crp", 99]]);
  });

  const visits = (painNrs: number | undefined, symptomatic?: boolean) =>
    course({
      visits: [
        {
          date: "2024-01-01",
          kind: "baseline",
          painNrs: 8,
          clinicalSigns: ["pallor"],
          fever: { present: true },
        },
        {
          date: "2024-02-01",
          kind: "scheduled",
          ...(painNrs === undefined ? {} : { painNrs }),
          absentSigns: ["pallor"],
        },
      ],
      imagingStudies: [
        {
          date: "2024-01-05",
          modality: "mri-stir",
          wholeBody: false,
          lesions: [{ site: "tibia", side: "left", symptomatic }],
        },
      ],
    });

  it("bonePain: pain > 0 → true; pain 0 and no symptomatic lesion → false; pain 0 with one → true", () => {
    expect(presentationAsOf(visits(3), "2024-03-01").presentation.bonePain).toBe(true);
    expect(presentationAsOf(visits(0), "2024-03-01").presentation.bonePain).toBe(false);
    expect(presentationAsOf(visits(0, false), "2024-03-01").presentation.bonePain).toBe(false);
    expect(presentationAsOf(visits(0, true), "2024-03-01").presentation.bonePain).toBe(true);
  });

  it("bonePain is missing when the latest visit has no pain score and no lesion is symptomatic", () => {
    // The earlier visit's pain 8 is not used: pain comes from the latest visit only.
    const p = presentationAsOf(visits(undefined), "2024-03-01").presentation;
    expect("bonePain" in p).toBe(false);
    expect(presentationAsOf(visits(undefined, true), "2024-03-01").presentation.bonePain).toBe(true);
  });

  it("fever and signs come from the latest visit only", () => {
    // The 2024-02-01 visit records no fever and only an absent sign; the baseline's fever/pallor are not carried.
    const p = presentationAsOf(visits(2), "2024-03-01").presentation;
    expect([p.fever, p.clinicalSigns, p.absentSigns]).toEqual([undefined, undefined, ["pallor"]]);
    const early = presentationAsOf(visits(2), "2024-01-15").presentation;
    expect([early.fever, early.clinicalSigns, early.bonePain]).toEqual([{ present: true }, ["pallor"], true]);
  });

  it("keeps conditions noted on or before the date or undated; blood culture is the latest", () => {
    const c = course({
      coexistingConditions: [
        { condition: "psoriasis", notedOn: "2024-05-01" },
        { condition: "ibd" },
        { condition: "palmoplantar-pustulosis", notedOn: "2024-04-01" },
      ],
      bloodCultures: [
        { date: "2024-02-01", result: "negative" },
        { date: "2024-01-01", result: "positive" },
      ],
    });
    const { presentation, reasoning } = presentationAsOf(c, "2024-04-01");
    expect(presentation.coexistingConditions).toEqual(["ibd", "palmoplantar-pustulosis"]);
    expect(reasoning.some((r) => /psoriasis \(2024-05-01\)/.test(r))).toBe(true);
    expect(presentation.bloodCulture).toBe("negative");
    expect(presentationAsOf(c, "2024-01-15").presentation.bloodCulture).toBe("positive");
    expect("bloodCulture" in presentationAsOf(c, "2023-12-01").presentation).toBe(false);
  });

  it("carries patient, symptom onset (not when after the date), biopsy, work-up and antibiotic response", () => {
    const c = course({
      patient: { birthDate: "2012-05-01", sex: "female" },
      symptomOnset: "2023-11-01",
      biopsy: { performed: true, findings: ["plasma-cells"] },
      mimicWorkup: { malignancy: "excluded" },
      antibioticResponse: "none",
    });
    expect(presentationAsOf(c, "2024-01-01").presentation).toEqual({
      assessedOn: "2024-01-01",
      patient: { birthDate: "2012-05-01", sex: "female" },
      symptomOnset: "2023-11-01",
      biopsy: { performed: true, findings: ["plasma-cells"] },
      mimicWorkup: { malignancy: "excluded" },
      antibioticResponse: "none",
    });
    expect(presentationAsOf(c, "2023-10-01").presentation.symptomOnset).toBeUndefined();
  });
});
