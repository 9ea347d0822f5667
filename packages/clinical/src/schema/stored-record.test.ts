import { describe, expect, it } from "vitest";
import { type Course, courseSchema } from "./course.ts";
import { courseInput, storedCourseIssues } from "./stored-record.ts";

const valid = courseSchema.parse({
  patient: { ageAtOnsetYears: 6, ageAtPresentationYears: 7 },
  visits: [{ date: "2024-01-10", kind: "baseline", labs: [{ test: "crp", value: 1.2, unit: "mg/dL" }] }],
  imagingStudies: [],
  treatments: [],
  biopsy: { performed: true, findings: ["plasma-cells"] },
});

describe("stored records under the D11 schema", () => {
  it("a parsed course goes back to input and parses to the same course", () => {
    expect(courseSchema.parse(courseInput(valid))).toEqual(valid);
    expect(storedCourseIssues(valid)).toEqual([]);
  });

  it("names each field a stored record would now be refused for", () => {
    // As stored before D11: rows are read back without re-parsing, so such a course can exist.
    const stored: Course = {
      ...valid,
      patient: { ageAtOnsetYears: 9, ageAtPresentationYears: 7 },
      biopsy: { performed: false, findings: ["malignant-cells"], culture: "negative" },
      visits: [
        {
          date: "2024-01-10",
          kind: "baseline",
          labs: [
            {
              test: "blood-smear-blasts",
              interpretation: "low",
              canonical: { unit: "{presence}" },
            },
          ],
        },
      ],
    };
    expect(storedCourseIssues(stored).map((e) => e.path)).toEqual([
      "patient.ageAtOnsetYears",
      "visits[0].labs[0].interpretation",
      "biopsy.findings",
      "biopsy.culture",
    ]);
  });
});
