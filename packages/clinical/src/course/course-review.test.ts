import { describe, expect, it } from "vitest";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { assessCourse } from "./assess-course.ts";

/**
 * Time and identity in a course, as decided after the clinical review (D11 (docs/clinical/conventions.md#appendix-for-maintainers)). Each case
 * gives its arithmetic; the assessment is the same one the API and the chart serve.
 */
const parse = (input: Partial<CourseInput>) =>
  courseSchema.parse({ patient: {}, visits: [], imagingStudies: [], treatments: [], ...input });
const flagIds = (a: ReturnType<typeof assessCourse>) => a.evaluation.redFlags.map((f) => f.id);
const instrument = (a: ReturnType<typeof assessCourse>, id: string) =>
  a.evaluation.instruments.find((i) => i.id === id);

describe("ages without a birth date are anchored (D11)", () => {
  // A 3.5-year-old at diagnosis (2020-07-01), symptoms since 2020-01-01: onset = 3.5 − 182/365.25 = 3.0017.
  const toddler = parse({
    patient: { ageAtPresentationYears: 3.5 },
    symptomOnset: "2020-01-01",
    diagnosisDate: "2020-07-01",
    visits: [
      { date: "2020-07-01", kind: "baseline", painNrs: 5 },
      { date: "2023-07-01", kind: "scheduled", painNrs: 2 },
    ],
  });

  it("a 3.5-year-old course assessed three years later keeps its onset at the first value", () => {
    const atDiagnosis = assessCourse(toddler, "2020-07-01");
    const later = assessCourse(toddler, "2023-07-01");
    const onset = 3.5 - 182 / 365.25;
    expect(atDiagnosis.evaluation.derived.ageAtOnsetYears.value).toBeCloseTo(onset, 9);
    expect(later.evaluation.derived.ageAtOnsetYears.value).toBeCloseTo(onset, 9);
    // Age on 2023-07-01 = 3.5 + 1095/365.25 = 6.498.
    expect(later.evaluation.derived.ageAtAssessmentYears.value).toBeCloseTo(3.5 + 1095 / 365.25, 9);
    // Onset 3.0 is not < 3 and not < 2: no monogenic flag at either date (the old drift gave onset 0.5).
    for (const a of [atDiagnosis, later]) {
      expect(flagIds(a)).not.toContain("rf-age-lt3");
      expect(flagIds(a)).not.toContain("rf-mono-syndromic");
    }
    expect(later.presentation.patient).toMatchObject({ ageAtPresentationYears: 3.5 + 1095 / 365.25 });
  });

  it("without a diagnosis date the baseline visit anchors the age, else the first visit", () => {
    const byBaseline = parse({
      patient: { ageAtPresentationYears: 10 },
      visits: [
        { date: "2021-01-01", kind: "unscheduled" },
        { date: "2021-07-02", kind: "baseline" },
      ],
    });
    // 10 on 2021-07-02; 2022-07-02 is 365 days later → 10.999.
    expect(assessCourse(byBaseline, "2022-07-02").evaluation.derived.ageAtAssessmentYears.value).toBeCloseTo(
      10 + 365 / 365.25,
      9,
    );
    const byFirst = parse({
      patient: { ageAtPresentationYears: 10 },
      visits: [{ date: "2021-01-01", kind: "scheduled" }],
    });
    expect(assessCourse(byFirst, "2021-01-01").evaluation.derived.ageAtAssessmentYears.value).toBe(10);
  });

  it("no anchor: a warning, and age-based flags say their age is approximate", () => {
    const infant = parse({ patient: { ageAtPresentationYears: 0.7 } });
    const a = assessCourse(infant, "2024-01-01");
    expect(a.evaluation.derived.warnings.join(" ")).toMatch(/No date anchors the reported age/);
    const kingella = a.evaluation.redFlags.find((f) => f.id === "rf-inf-kingella-age");
    expect(kingella?.evidence.join(" ")).toMatch(/approximate/);
  });
});

describe("whole-body imaging and lesions per bone (D11)", () => {
  it("a skeletal survey is a focal study: it sets no whole-body imaging and resets nothing", () => {
    const a = assessCourse(
      parse({
        imagingStudies: [
          {
            date: "2024-01-01",
            modality: "mri-stir",
            wholeBody: false,
            lesions: [{ site: "femur", side: "left", findings: ["bone-marrow-edema"] }],
          },
          {
            date: "2024-02-01",
            modality: "x-ray",
            wholeBody: true,
            lesions: [{ site: "tibia", side: "right", findings: ["lytic"] }],
          },
        ],
      }),
      "2024-03-01",
    );
    expect(a.presentation.wholeBodyImaging).toBeUndefined();
    expect(a.presentation.lesions?.map((l) => `${l.site} ${l.side}`)).toEqual(["femur left", "tibia right"]);
    expect(a.evaluation.derived.projection?.value.join(" ")).toMatch(/skeletal survey/);
    // Bristol reads "whole-body imaging not performed", so a lone bone would stay open (rf-unifocal info).
  });

  it("a later study replaces a bone's lesions even when milder; the x-ray's marginal sclerosis still counts", () => {
    const a = assessCourse(
      parse({
        imagingStudies: [
          {
            date: "2024-01-01",
            modality: "x-ray",
            wholeBody: false,
            lesions: [
              { site: "clavicle", side: "right", findings: ["lytic", "marginal-sclerosis", "hyperostosis"] },
            ],
          },
          {
            date: "2024-03-01",
            modality: "mri-stir",
            wholeBody: false,
            lesions: [{ site: "clavicle", side: "right", findings: ["bone-marrow-edema"] }],
          },
        ],
      }),
      "2024-04-01",
    );
    // The MRI replaced the x-ray lesion for everything else…
    expect(a.presentation.lesions).toEqual([
      { site: "clavicle", side: "right", modality: "mri-stir", findings: ["bone-marrow-edema"] },
    ]);
    // …but radiographic readings come from the latest x-ray at that bone.
    const sclerosis = instrument(a, "jansson-2009")?.items.find((i) => i.id === "marginal-sclerosis");
    expect(sclerosis?.met).toBe(true);
    expect(sclerosis?.evidence).toMatch(/clavicle \(x-ray\)/);
  });

  it("aggressive features biopsied after they appeared are moderate; a biopsy before them stays high", () => {
    const course = (biopsyDate: string | undefined) =>
      parse({
        visits: [{ date: "2024-01-05", kind: "baseline" }],
        imagingStudies: [
          {
            date: "2024-01-10",
            modality: "mri-stir",
            wholeBody: false,
            lesions: [{ site: "tibia", side: "left", findings: ["cortical-destruction"] }],
          },
          {
            date: "2024-04-01",
            modality: "mri-stir",
            wholeBody: false,
            lesions: [
              { site: "tibia", side: "left", findings: ["cortical-destruction", "bone-marrow-edema"] },
            ],
          },
        ],
        biopsy: {
          performed: true,
          ...(biopsyDate ? { date: biopsyDate } : {}),
          site: { site: "tibia", side: "left" },
          findings: ["plasma-cells"],
          culture: "negative",
        },
        mimicWorkup: { malignancy: "excluded" },
      });
    const severity = (date: string | undefined) =>
      assessCourse(course(date), "2024-05-01").evaluation.redFlags.find(
        (f) => f.id === "rf-mal-img-aggressive",
      )?.severity;
    // First seen 2024-01-10; a biopsy on 2024-02-01 came after it → moderate.
    expect(severity("2024-02-01")).toBe("moderate");
    // A biopsy on 2024-01-08 predates the first study showing the feature → high.
    expect(severity("2024-01-08")).toBe("high");
    // In a course an undated biopsy cannot be placed after the feature → high.
    expect(severity(undefined)).toBe("high");
  });
});

describe("status and reminders: who is not CNO (D11)", () => {
  it("a mimic confirmed in the work-up: status says so, and there are no CNO reminders", () => {
    const a = assessCourse(
      parse({
        visits: [{ date: "2024-01-05", kind: "baseline", physicianGlobal: 5 }],
        mimicWorkup: { malignancy: "confirmed" },
      }),
      "2026-01-01",
    );
    expect(a.status.mimic).toMatchObject({ state: "confirmed", groups: ["malignancy"] });
    expect(a.reminders).toEqual([]);
  });

  it("a positive blood culture alone is a suspected mimic: reminders stay", () => {
    const a = assessCourse(
      parse({
        visits: [{ date: "2024-01-05", kind: "baseline", physicianGlobal: 5 }],
        bloodCultures: [{ date: "2024-01-05", result: "positive" }],
      }),
      "2024-02-01",
    );
    expect(a.status.mimic).toMatchObject({ state: "suspected", groups: ["infection"] });
    expect(a.reminders.map((r) => r.kind)).toContain("follow-up-visit");
    expect(a.status.activity).toBe("active");
  });
});
