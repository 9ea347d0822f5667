import { describe, expect, it } from "vitest";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { lesionHistories, worstStatus } from "./lesion-history.ts";

const course = (imagingStudies: CourseInput["imagingStudies"]) =>
  courseSchema.parse({ patient: {}, visits: [], imagingStudies, treatments: [] });

/** Hand-worked course: three whole-body MRIs and a focal MRI in between. */
const COURSE = course([
  {
    date: "2024-01-10",
    modality: "whole-body-mri",
    wholeBody: true,
    lesions: [
      { site: "tibia", side: "left", findings: ["bone-marrow-edema"] },
      { site: "femur", side: "right", findings: ["bone-marrow-edema"] },
    ],
  },
  {
    date: "2024-03-01",
    modality: "mri-stir",
    wholeBody: false,
    lesions: [
      { site: "tibia", side: "left" },
      { site: "clavicle", side: "right", findings: ["hyperostosis"] },
    ],
  },
  {
    date: "2024-07-01",
    modality: "whole-body-mri",
    wholeBody: true,
    lesions: [
      { site: "tibia", side: "left", status: "persistent-improved" },
      { site: "T5", part: "body" },
    ],
  },
  {
    date: "2025-01-15",
    modality: "whole-body-mri",
    wholeBody: true,
    lesions: [
      { site: "femur", side: "right" },
      { site: "T5", status: "persistent-worsened" },
    ],
  },
]);

const statuses = (on: string) =>
  Object.fromEntries(
    lesionHistories(COURSE, on).map((h) => [
      `${h.site}${h.side ? ` ${h.side}` : ""}`,
      h.entries.map((e) => `${e.date} ${e.status}`),
    ]),
  );

describe("lesionHistories (D3)", () => {
  it("derives new, persistent-stable and resolved; an entered status wins", () => {
    expect(statuses("2025-06-01")).toEqual({
      // 01-10 first record → new; 03-01 seen before → persistent-stable; 07-01 entered improved wins;
      // 2025-01-15 absent from that whole-body study → resolved.
      "tibia left": [
        "2024-01-10 new",
        "2024-03-01 persistent-stable",
        "2024-07-01 persistent-improved",
        "2025-01-15 resolved",
      ],
      // In the 01-10 whole-body study, absent from the 07-01 one → resolved; back on 2025-01-15 → new (a recurrence).
      "femur right": ["2024-01-10 new", "2024-07-01 resolved", "2025-01-15 new"],
      // First seen on the focal study; absent from the next whole-body study → resolved once (not again in 2025).
      "clavicle right": ["2024-03-01 new", "2024-07-01 resolved"],
      // new on 07-01; entered worsened on 2025-01-15.
      T5: ["2024-07-01 new", "2025-01-15 persistent-worsened"],
    });
  });

  it("stops at the date: no resolution before the later whole-body study exists", () => {
    expect(statuses("2024-06-30")).toEqual({
      "tibia left": ["2024-01-10 new", "2024-03-01 persistent-stable"],
      "femur right": ["2024-01-10 new"],
      "clavicle right": ["2024-03-01 new"],
    });
  });

  it("a resolved entry records the whole-body study's modality and no findings", () => {
    const femur = lesionHistories(COURSE, "2024-08-01").find((h) => h.site === "femur");
    expect(femur?.entries[1]).toEqual({
      date: "2024-07-01",
      studyModality: "whole-body-mri",
      findings: [],
      status: "resolved",
    });
    expect(femur?.entries[0]?.findings).toEqual(["bone-marrow-edema"]);
  });

  it("a focal study never resolves anything; two lesions at one bone in one study are one entry (D11)", () => {
    const c = course([
      {
        date: "2024-01-01",
        modality: "mri-stir",
        wholeBody: false,
        lesions: [
          { site: "femur", side: "left", segment: "metaphysis" },
          { site: "femur", side: "left", segment: "diaphysis" },
        ],
      },
      { date: "2024-02-01", modality: "mri-stir", wholeBody: false, lesions: [] },
      {
        date: "2024-03-01",
        modality: "x-ray",
        wholeBody: false,
        lesions: [{ site: "femur", side: "left", status: "persistent-stable" }],
      },
    ]);
    expect(lesionHistories(c, "2024-12-31")[0]?.entries.map((e) => e.status)).toEqual([
      "new",
      "persistent-stable",
    ]);
  });

  it("a recurrence at a resolved bone is new, with its evidence (D11)", () => {
    const c = course([
      {
        date: "2024-01-01",
        modality: "whole-body-mri",
        wholeBody: true,
        lesions: [{ site: "T7", findings: ["bone-marrow-edema"] }],
      },
      { date: "2024-06-01", modality: "whole-body-mri", wholeBody: true, lesions: [] },
      {
        date: "2025-01-10",
        modality: "mri-stir",
        wholeBody: false,
        lesions: [{ site: "T7", side: "midline", findings: ["bone-marrow-edema"] }],
      },
    ]);
    const [t7] = lesionHistories(c, "2025-02-01");
    expect(t7?.entries.map((e) => [e.date, e.status, e.evidence])).toEqual([
      ["2024-01-01", "new", undefined],
      ["2024-06-01", "resolved", undefined],
      // T7 midline is T7: an unpaired site is one bone whatever side is given (D2, D11).
      ["2025-01-10", "new", "recurrence at a site resolved on 2024-06-01"],
    ]);
  });

  it("T7 and T7 midline are one bone; a sided femur takes over a sideless femur's history (D11)", () => {
    const c = course([
      {
        date: "2024-01-01",
        modality: "mri-stir",
        wholeBody: false,
        lesions: [{ site: "T7" }, { site: "femur" }],
      },
      {
        date: "2024-03-01",
        modality: "mri-stir",
        wholeBody: false,
        lesions: [
          { site: "T7", side: "midline" },
          { site: "femur", side: "left" },
        ],
      },
    ]);
    const histories = lesionHistories(c, "2024-04-01");
    expect(histories.map((h) => [h.site, h.side, h.entries.map((e) => e.status)])).toEqual([
      ["T7", undefined, ["new", "persistent-stable"]],
      ["femur", "left", ["new", "persistent-stable"]],
    ]);
  });

  it("a skeletal survey (whole-body x-ray) never resolves a lesion (D11)", () => {
    const c = course([
      {
        date: "2024-01-01",
        modality: "whole-body-mri",
        wholeBody: true,
        lesions: [{ site: "tibia", side: "left" }],
      },
      { date: "2024-05-01", modality: "x-ray", wholeBody: true, lesions: [] },
    ]);
    expect(lesionHistories(c, "2024-06-01")[0]?.entries.map((e) => e.status)).toEqual(["new"]);
  });

  it("an entered status wins on a first record too", () => {
    const c = course([
      {
        date: "2024-01-01",
        modality: "whole-body-mri",
        wholeBody: true,
        lesions: [{ site: "sternum", status: "persistent-stable" }],
      },
    ]);
    expect(lesionHistories(c, "2024-01-01")).toEqual([
      {
        site: "sternum",
        entries: [
          { date: "2024-01-01", studyModality: "whole-body-mri", findings: [], status: "persistent-stable" },
        ],
      },
    ]);
  });
});

describe("worstStatus (D3 map order: new > worsened > stable > improved > resolved)", () => {
  it.each([
    [["resolved", "persistent-improved", "new"], "new"],
    [["persistent-stable", "persistent-worsened", "resolved"], "persistent-worsened"],
    [["persistent-improved", "persistent-stable"], "persistent-stable"],
    [["resolved", "persistent-improved"], "persistent-improved"],
    [["resolved"], "resolved"],
    [[], undefined],
  ] as const)("%j → %s", (list, worst) => {
    expect(worstStatus(list)).toBe(worst);
  });
});
