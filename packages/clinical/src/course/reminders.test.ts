import { describe, expect, it } from "vitest";
import { SURVEILLANCE_BUILTIN } from "../rules/builtin.ts";
import { BUILTIN_RULE_SET } from "../rules/rule-set.ts";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { diseaseStatusOn } from "./assess-course.ts";
import { addMonths, reminders } from "./reminders.ts";

type Study = CourseInput["imagingStudies"][number];
const LAST_WB: Study = {
  date: "2024-03-20",
  modality: "whole-body-mri",
  wholeBody: true,
  // Oedema on a resolved lesion does not count as active (D10: a non-resolved lesion).
  lesions: [{ site: "tibia", side: "left", status: "resolved", findings: ["bone-marrow-edema"] }],
};
const course = (physicianGlobal: number, over: Partial<CourseInput> = {}) =>
  courseSchema.parse({
    patient: {},
    visits: [
      { date: "2024-01-10", kind: "baseline", physicianGlobal: 6 },
      { date: "2024-04-01", kind: "scheduled", physicianGlobal },
    ],
    imagingStudies: [LAST_WB],
    treatments: [],
    ...over,
  });
const byKind = (c: ReturnType<typeof course>, on: string) =>
  Object.fromEntries(reminders(c, on).map((r) => [r.kind, r]));

describe("registry disease activity (D11)", () => {
  const activity = (c: ReturnType<typeof course>, on: string) => diseaseStatusOn(c, on).activity;
  it("physician global ≥ 1 at the latest visit, or a non-resolved oedema lesion in a study within 182 days", () => {
    expect(activity(course(1), "2024-06-01")).toBe("active");
    // Global 0, and the only oedema is on a lesion marked resolved → inactive.
    expect(activity(course(0), "2024-06-01")).toBe("inactive");
    const spinal: Study = { ...LAST_WB, lesions: [{ site: "T5", findings: ["bone-marrow-edema"] }] };
    expect(activity(course(0, { imagingStudies: [spinal] }), "2024-06-01")).toBe("active");
    // 2024-03-20 + 182 days = 2024-09-18: still active on that day, no longer the day after.
    expect(activity(course(0, { imagingStudies: [spinal] }), "2024-09-18")).toBe("active");
    expect(activity(course(0, { imagingStudies: [spinal] }), "2024-09-19")).toBe("inactive");
    // Only the latest visit counts: the baseline's global 6 does not make a global-0 visit active.
    expect(activity(course(0), "2024-02-01")).toBe("active");
  });

  it("no physician global and no study within 182 days is 'not recorded', never remission", () => {
    const unscored = courseSchema.parse({
      patient: {},
      visits: [{ date: "2024-04-01", kind: "scheduled", painNrs: 2 }],
      imagingStudies: [{ ...LAST_WB, date: "2023-01-10" }],
      treatments: [],
    });
    const status = diseaseStatusOn(unscored, "2024-06-01");
    expect(status.activity).toBe("not-recorded");
    expect(status.reason).toMatch(/not recorded/);
    expect(status.reason).not.toMatch(/remission/);
    // The follow-up reminder uses the active interval: 2024-04-01 + 3 months.
    expect(reminders(unscored, "2024-06-01").find((r) => r.kind === "follow-up-visit")?.due).toBe(
      "2024-07-01",
    );
  });

  it("a mimic confirmed in the work-up leaves the CNO reminders; one suspected from a result keeps them", () => {
    const confirmed = course(2, { mimicWorkup: { malignancy: "confirmed" } });
    expect(reminders(confirmed, "2024-06-01")).toEqual([]);
    expect(diseaseStatusOn(confirmed, "2024-06-01").mimic).toMatchObject({
      state: "confirmed",
      groups: ["malignancy"],
    });
    const suspected = course(2, {
      visits: [
        { date: "2024-01-10", kind: "baseline", physicianGlobal: 6 },
        {
          date: "2024-04-01",
          kind: "scheduled",
          physicianGlobal: 2,
          labs: [{ test: "vitamin-c", value: 0.1, unit: "mg/dL", referenceLow: 0.4 }],
        },
      ],
    });
    const status = diseaseStatusOn(suspected, "2024-06-01");
    expect(status.mimic).toMatchObject({ state: "suspected", groups: ["vitaminCDeficiency"] });
    expect(reminders(suspected, "2024-06-01").map((r) => r.kind)).toEqual([
      "follow-up-visit",
      "whole-body-mri",
      "spine-review",
    ]);
  });
});

describe("reminders (local template, docs/clinical/monitoring.md#local-surveillance-template)", () => {
  it("active: a visit 3 months after the latest visit; remission: 6 months", () => {
    // Active (global 2): 2024-04-01 + 3 months = 2024-07-01. Remission (global 0): + 6 = 2024-10-01.
    expect(byKind(course(2), "2024-06-01")["follow-up-visit"]).toMatchObject({
      due: "2024-07-01",
      overdue: false,
    });
    expect(byKind(course(0), "2024-06-01")["follow-up-visit"]).toMatchObject({
      due: "2024-10-01",
      overdue: false,
    });
  });

  it("is overdue only once the due date has passed", () => {
    expect(byKind(course(2), "2024-07-01")["follow-up-visit"]?.overdue).toBe(false);
    expect(byKind(course(2), "2024-07-02")["follow-up-visit"]?.overdue).toBe(true);
  });

  it("WB-MRI: 12 months routinely, 3 months after a treatment change, at once on a flare; the earliest wins", () => {
    // Routine: 2024-03-20 + 12 = 2025-03-20.
    expect(byKind(course(0), "2024-06-01")["whole-body-mri"]).toMatchObject({
      due: "2025-03-20",
      overdue: false,
    });
    // TNF inhibitor started 2024-05-01 (after the last WB-MRI): + 3 = 2024-08-01.
    const tnf = {
      treatments: [{ drugClass: "tnf-inhibitor" as const, drug: "adalimumab", start: "2024-05-01" }],
    };
    expect(byKind(course(0, tnf), "2024-06-01")["whole-body-mri"]?.due).toBe("2024-08-01");
    // A flare visit 2024-06-15 asks for one now: due 2024-06-15, overdue on 2024-07-01.
    const flare = course(0, {
      ...tnf,
      visits: [{ date: "2024-06-15", kind: "flare", physicianGlobal: 5 }],
    });
    const reminder = byKind(flare, "2024-07-01");
    expect(reminder["whole-body-mri"]).toMatchObject({ due: "2024-06-15", overdue: true });
    expect(reminder["spine-review"]).toMatchObject({ due: "2024-06-15", overdue: true });
  });

  it("with no WB-MRI (a bone scan is not one) asks for one at diagnosis", () => {
    const scan: Study = { date: "2024-01-05", modality: "bone-scan", wholeBody: true, lesions: [] };
    const c = course(0, { diagnosisDate: "2024-01-02", imagingStudies: [scan] });
    expect(byKind(c, "2024-02-01")["whole-body-mri"]).toMatchObject({ due: "2024-01-02", overdue: true });
  });

  it("every reminder is from the local template, and intervals come from rules.surveillance", () => {
    const all = reminders(course(2), "2024-06-01");
    expect(all.map((r) => [r.kind, r.source])).toEqual([
      ["follow-up-visit", "local-template"],
      ["whole-body-mri", "local-template"],
      ["spine-review", "local-template"],
    ]);
    const rules = {
      ...BUILTIN_RULE_SET,
      surveillance: { ...SURVEILLANCE_BUILTIN, visitMonthsWhileActive: 2 },
    };
    expect(reminders(course(2), "2024-06-01", rules)[0]?.due).toBe("2024-06-01");
  });

  it("no visit yet: the visit is due on the date", () => {
    const c = courseSchema.parse({ patient: {}, visits: [], imagingStudies: [], treatments: [] });
    expect(reminders(c, "2024-06-01")[0]).toMatchObject({ due: "2024-06-01", overdue: false });
  });
});

describe("addMonths", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // clamps to the end of a leap February
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-08-31", 6, "2025-02-28"],
    ["2024-04-01", 12, "2025-04-01"],
    ["2024-01-01", 1.5, "2024-02-16"], // fractional: 1.5 × 30.4375 = 45.66 → 46 days
  ] as const)("%s + %s months = %s", (date, months, due) => {
    expect(addMonths(date, months)).toBe(due);
  });
});
