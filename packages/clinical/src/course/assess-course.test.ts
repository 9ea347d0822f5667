import { describe, expect, it } from "vitest";
import { CARRA_CTP_2018_BUILTIN } from "../rules/builtin.ts";
import { BUILTIN_RULE_SET, type RuleSet } from "../rules/rule-set.ts";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { assessCourse } from "./assess-course.ts";
import { lesionHistories } from "./lesion-history.ts";
import { presentationAsOf } from "./presentation-as-of.ts";

/** A 12-year-old with multifocal CNO: naproxen from 2024-01-01, still active on 2024-06-01. */
const INPUT: CourseInput = {
  patient: { birthDate: "2012-03-15", sex: "female" },
  symptomOnset: "2023-10-01",
  diagnosisDate: "2024-01-05",
  visits: [
    { date: "2024-01-05", kind: "baseline", painNrs: 6, physicianGlobal: 6, fever: { present: false } },
    {
      date: "2024-06-01",
      kind: "scheduled",
      painNrs: 4,
      physicianGlobal: 3,
      patientGlobal: 4,
      fever: { present: false },
      tenderSites: [{ site: "tibia", side: "left" }],
      labs: [{ test: "crp", value: 8, unit: "mg/L" }],
    },
  ],
  imagingStudies: [
    {
      date: "2024-04-01",
      modality: "whole-body-mri",
      wholeBody: true,
      lesions: [
        {
          site: "tibia",
          side: "left",
          segment: "metaphysis",
          findings: ["bone-marrow-edema"],
          symptomatic: true,
        },
        { site: "clavicle", side: "right", findings: ["bone-marrow-edema", "hyperostosis"] },
      ],
    },
  ],
  treatments: [{ drugClass: "nsaid", drug: "naproxen", start: "2024-01-01" }],
  mimicWorkup: { malignancy: "excluded", infection: "excluded" },
};
const COURSE = courseSchema.parse(INPUT);
const ON = "2024-06-01";

describe("assessCourse (D1)", () => {
  it("evaluates the projection and records the projection's reasoning in derived", () => {
    const assessment = assessCourse(COURSE, ON);
    const projection = presentationAsOf(COURSE, ON);
    expect(assessment.on).toBe(ON);
    expect(assessment.presentation).toEqual(projection.presentation);
    expect(assessment.evaluation.assessedOn).toBe(ON);
    expect(assessment.evaluation.derived.projection?.value).toEqual(projection.reasoning);
    expect(assessment.evaluation.derived.lesionCount.value).toBe(2);
    expect(assessment.evaluation.instruments.map((i) => i.id)).toEqual([
      "jansson-2009",
      "jansson-2007",
      "japan-2014",
      "bristol-2016",
      "eular-acr-2025",
      "kostik-nbods-2023",
    ]);
  });

  it("adds lesion histories, the five course instruments in D5 order, and the reminders", () => {
    const assessment = assessCourse(COURSE, ON);
    expect(assessment.lesions).toEqual(lesionHistories(COURSE, ON));
    expect(assessment.instruments.map((i) => [i.id, i.outcome])).toEqual([
      // 12 y; MRI 61 d; WB-MRI; 152 d naproxen + pain 4 with a tender tibia; clavicle = typical distribution.
      ["carra-ctp-2018", "eligible"],
      ["chaq", "incomplete"], // no CHAQ recorded
      ["pedcno", "rule-unverified"],
      ["cno-cdas", "rule-unverified"],
      ["rai-cromris", "rule-unverified"],
    ]);
    // Physician global 3 → active → visit 3 months after 2024-06-01.
    expect(assessment.reminders.map((r) => [r.kind, r.due])).toEqual([
      ["follow-up-visit", "2024-09-01"],
      ["whole-body-mri", "2025-04-01"],
      ["spine-review", "2025-04-01"],
    ]);
  });

  it("passes the rule set through to the evaluation and the course instruments", () => {
    const rules: RuleSet = {
      ...BUILTIN_RULE_SET,
      id: "site-review",
      carraCtp2018: { ...CARRA_CTP_2018_BUILTIN, nsaidTrialWeeks: 26 },
    };
    const assessment = assessCourse(COURSE, ON, rules);
    expect(assessment.evaluation.ruleSet).toEqual({ id: "site-review" });
    // 152 days = 21.7 weeks < 26 and no spinal lesion → not eligible under the reviewed table.
    expect(assessment.instruments[0]?.outcome).toBe("not-eligible");
  });

  it("is pure: same result twice, the course untouched", () => {
    const before = structuredClone(COURSE);
    expect(assessCourse(COURSE, ON)).toEqual(assessCourse(COURSE, ON));
    expect(COURSE).toEqual(before);
  });
});
