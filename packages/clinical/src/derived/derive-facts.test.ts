import { describe, expect, it } from "vitest";
import { type PresentationInput, presentationSchema } from "../schema/presentation.ts";
import { deriveFacts } from "./derive-facts.ts";

const derive = (input: PresentationInput) => deriveFacts(presentationSchema.parse(input));

describe("ages and durations (D4, calendar ages from a birth date per D11)", () => {
  it("age at onset from birth date and onset by the calendar; duration in days ÷ 7", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      patient: { birthDate: "2014-01-01" },
      symptomOnset: "2023-01-01",
    });
    // 2014-01-01 → 2023-01-01: the 9th birthday itself → exactly 9.
    expect(d.ageAtOnsetYears.value).toBe(9);
    expect(d.symptomDurationWeeks.value).toBeCloseTo(425 / 7, 9);
    // 10th birthday 2024-01-01; 60 days of the 366-day year to 2025-01-01 → 10 + 60/366.
    expect(d.ageAtAssessmentYears.value).toBeCloseTo(10 + 60 / 366, 12);
  });

  it("the 18th birthday is exactly 18.0, the day before is not", () => {
    const on = (assessedOn: string) =>
      derive({ assessedOn, patient: { birthDate: "2006-05-10" } }).ageAtAssessmentYears.value;
    expect(on("2024-05-10")).toBe(18);
    // 2023-05-10 → 2024-05-10 is 366 days (2024 is leap); the day before the birthday is day 365.
    expect(on("2024-05-09")).toBeCloseTo(17 + 365 / 366, 12);
  });

  it("a 29 February birthday falls on 1 March in common years", () => {
    const age = (assessedOn: string) =>
      derive({ assessedOn, patient: { birthDate: "2020-02-29" } }).ageAtAssessmentYears.value;
    expect(age("2021-03-01")).toBe(1);
    // 2021-02-28 is the day before the (1 March) birthday: 365 of the 366 days 2020-02-29 → 2021-03-01.
    expect(age("2021-02-28")).toBeCloseTo(365 / 366, 12);
    expect(age("2024-02-29")).toBe(4);
  });

  it("thresholds at 0.5, 1, 3 and 4 years fall on the calendar day", () => {
    const age = (assessedOn: string) =>
      derive({ assessedOn, patient: { birthDate: "2020-01-01" } }).ageAtAssessmentYears.value ?? -1;
    expect(age("2021-01-01")).toBe(1);
    expect(age("2020-12-31")).toBeLessThan(1);
    expect(age("2023-01-01")).toBe(3);
    expect(age("2024-01-01")).toBe(4);
    expect(age("2023-12-31")).toBeLessThan(4);
    // 2020 is leap: 183 of 366 days → exactly 0.5 on 2020-07-02.
    expect(age("2020-07-02")).toBe(0.5);
  });

  it("falls back to reported age minus duration", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      patient: { ageAtPresentationYears: 10 },
      symptomDurationWeeks: 52.17857,
    });
    expect(d.ageAtOnsetYears.value).toBeCloseTo(10 - (52.17857 * 7) / 365.25, 9);
  });

  it("dates win over a conflicting reported age, with a warning naming the conflict", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      patient: { birthDate: "2014-03-01", ageAtPresentationYears: 8 },
    });
    expect(d.ageAtAssessmentYears.value).toBeCloseTo(10, 1);
    expect(d.warnings.join(" ")).toMatch(/Age at assessment.*disagree/);
  });

  it("a reported age within 0.5 years raises no warning", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      patient: { birthDate: "2014-03-01", ageAtPresentationYears: 10.3 },
    });
    expect(d.warnings).toEqual([]);
  });

  it("onset dates win over a reported duration more than 2 weeks off", () => {
    const d = derive({ assessedOn: "2024-03-01", symptomOnset: "2024-01-01", symptomDurationWeeks: 4 });
    expect(d.symptomDurationWeeks.value).toBeCloseTo(60 / 7, 9);
    expect(d.warnings.join(" ")).toMatch(/Symptom duration/);
  });
});

describe("bones, focality and symmetry (D4)", () => {
  it("unpaired sites are one bone whatever side; two level-unknown thoracic entries are one bone", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      lesions: [
        { site: "mandible", side: "left" },
        { site: "mandible", side: "right" },
        { site: "thoracic-vertebra" },
        { site: "thoracic-vertebra" },
      ],
    });
    expect(d.lesionCount.value).toBe(2);
    expect(d.symmetric.value).toBe(false);
    expect(d.spineInvolved.value).toBe(true);
  });

  it("paired sites count per side; a sideless one is its own bone and never pairs", () => {
    const d = derive({
      assessedOn: "2024-03-01",
      lesions: [{ site: "femur", side: "left" }, { site: "femur" }],
    });
    expect(d.lesionCount.value).toBe(2);
    expect(d.multifocal.value).toBe(true);
    expect(d.symmetric.value).toBe(false);
  });

  it("long bones pair only when recorded segments and ends match", () => {
    const pair = (left: object, right: object) =>
      derive({
        assessedOn: "2024-03-01",
        lesions: [
          { site: "tibia", side: "left", ...left },
          { site: "tibia", side: "right", ...right },
        ],
      }).symmetric.value;
    expect(pair({ segment: "metaphysis" }, { segment: "metaphysis" })).toBe(true);
    expect(pair({ segment: "metaphysis" }, { segment: "diaphysis" })).toBe(false);
    expect(pair({ end: "distal" }, { end: "proximal" })).toBe(false);
    expect(pair({ segment: "metaphysis" }, {})).toBe(true);
  });

  it("no lesion list leaves lesion facts unknown; an empty list is a known zero", () => {
    expect(derive({ assessedOn: "2024-03-01" }).multifocal.value).toBeNull();
    const none = derive({ assessedOn: "2024-03-01", lesions: [] });
    expect(none.lesionCount.value).toBe(0);
    expect(none.unifocal.value).toBe(false);
  });

  it("vitamin C status counts as assessed by a result or a decided work-up", () => {
    expect(derive({ assessedOn: "2024-03-01" }).vitaminCStatusAssessed.value).toBe(false);
    expect(
      derive({ assessedOn: "2024-03-01", mimicWorkup: { vitaminCDeficiency: "not-assessed" } })
        .vitaminCStatusAssessed.value,
    ).toBe(false);
    expect(
      derive({ assessedOn: "2024-03-01", mimicWorkup: { vitaminCDeficiency: "excluded" } })
        .vitaminCStatusAssessed.value,
    ).toBe(true);
  });
});
