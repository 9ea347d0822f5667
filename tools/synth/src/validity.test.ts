import { assessCourse, type Course, courseSchema, diseaseStatusOn } from "@cno-atlas/clinical";
import { describe, expect, it } from "vitest";
import { generateCohort, type SyntheticRecord } from "./index.ts";
import { addMonths } from "./synthetic-dates.ts";

const RECORDS: SyntheticRecord[] = [...generateCohort({ patients: 300, seed: 20150101, sites: 4 })];
const PARSED: Course[] = RECORDS.map((r) => courseSchema.parse(r.course));

describe("every generated course is valid (schema + assessCourse)", () => {
  it("parses with courseSchema", () => {
    const failures = RECORDS.map((r, i) => ({ i, result: courseSchema.safeParse(r.course) }))
      .filter(({ result }) => !result.success)
      .map(({ i, result }) => `${i}: ${JSON.stringify(result.error?.issues.slice(0, 2))}`);
    expect(failures).toEqual([]);
  });

  it("is assessed without throwing at the first and the last visit", () => {
    for (const [i, course] of PARSED.entries()) {
      const record = RECORDS[i] as SyntheticRecord;
      expect(() => assessCourse(course, record.truth.lastVisit), `record ${i}`).not.toThrow();
      expect(() => assessCourse(course, record.truth.firstVisit), `record ${i}`).not.toThrow();
    }
  });

  it("keeps visits in date order, starting with one baseline visit, none after the data cut-off", () => {
    for (const record of RECORDS) {
      const dates = record.course.visits.map((v) => v.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      expect(record.course.visits.filter((v) => v.kind === "baseline").map((v) => v.date)).toEqual([
        record.truth.firstVisit,
      ]);
      expect(dates.at(-1)).toBe(record.truth.lastVisit);
      expect(record.truth.lastVisit <= "2025-01-01").toBe(true);
      expect(record.course.symptomOnset && record.course.symptomOnset < record.truth.firstVisit).toBe(true);
    }
  });

  it("schedules visits 6-monthly while the core's registry activity says inactive, 3-monthly otherwise (D11)", () => {
    let scheduled = 0;
    for (const course of PARSED) {
      for (let i = 1; i < course.visits.length; i++) {
        const visit = course.visits[i];
        const previous = course.visits[i - 1];
        if (visit?.kind !== "scheduled" || !previous) continue;
        const months = diseaseStatusOn(course, previous.date).activity === "inactive" ? 6 : 3;
        expect(visit.date, `after ${previous.date}`).toBe(addMonths(previous.date, months));
        scheduled++;
      }
    }
    expect(scheduled).toBeGreaterThan(1000);
  });

  it("never leaves the follow-up reminder overdue at the last visit; a confirmed mimic has none (D11)", () => {
    let confirmed = 0;
    for (const [i, course] of PARSED.entries()) {
      const on = (RECORDS[i] as SyntheticRecord).truth.lastVisit;
      const assessment = assessCourse(course, on);
      if (assessment.status.mimic?.state === "confirmed") {
        expect(assessment.reminders).toEqual([]);
        confirmed++;
        continue;
      }
      const followUp = assessment.reminders.find((r) => r.kind === "follow-up-visit");
      expect(followUp?.overdue).toBe(false);
    }
    expect(confirmed).toBeGreaterThan(0);
  });

  it("agrees with the core on multifocality, symmetry and spine at a whole-body baseline (D4)", () => {
    let compared = 0;
    for (const [i, course] of PARSED.entries()) {
      const { truth } = RECORDS[i] as SyntheticRecord;
      if (truth.kind !== "cno" || !truth.wholeBodyImagingAtBaseline) continue;
      const derived = assessCourse(course, truth.firstVisit).evaluation.derived;
      expect(derived.multifocal.value, `record ${i}`).toBe(truth.multifocal);
      expect(derived.symmetric.value, `record ${i}`).toBe(truth.symmetric);
      expect(derived.spineInvolved.value, `record ${i}`).toBe(truth.spine);
      expect(derived.clavicleInvolved.value, `record ${i}`).toBe(truth.clavicle);
      expect(derived.lesionCount.value, `record ${i}`).toBe(truth.boneCount);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("covers the course vocabulary: every visit kind, lesion status, drug class in use and a vertebral collapse", () => {
    const kinds = new Set(PARSED.flatMap((c) => c.visits.map((v) => v.kind)));
    const statuses = new Set(
      PARSED.flatMap((c) => c.imagingStudies.flatMap((s) => s.lesions.map((l) => l.status))),
    );
    const classes = new Set(PARSED.flatMap((c) => c.treatments.map((t) => t.drugClass)));
    const findings = new Set(
      PARSED.flatMap((c) => c.imagingStudies.flatMap((s) => s.lesions.flatMap((l) => l.findings ?? []))),
    );
    const units = new Set(
      PARSED.flatMap((c) => c.visits.flatMap((v) => (v.labs ?? []).map((l) => `${l.test} ${l.unit}`))),
    );
    expect([...kinds].sort()).toEqual(["baseline", "flare", "scheduled", "unscheduled"]);
    for (const status of [
      "new",
      "persistent-improved",
      "persistent-stable",
      "persistent-worsened",
      "resolved",
    ]) {
      expect(statuses).toContain(status);
    }
    for (const drugClass of [
      "nsaid",
      "glucocorticoid",
      "dmard",
      "tnf-inhibitor",
      "bisphosphonate",
      "other",
    ]) {
      expect(classes).toContain(drugClass);
    }
    expect(findings).toContain("vertebral-collapse");
    for (const unit of [
      "crp mg/dL",
      "hemoglobin g/L",
      "hemoglobin mmol/L",
      "platelets /uL",
      "uric-acid umol/L",
    ]) {
      expect(units).toContain(unit);
    }
    expect(PARSED.some((c) => c.visits.some((v) => v.chaq))).toBe(true);
    expect(PARSED.some((c) => c.imagingStudies.some((s) => s.wholeBody && s.lesions.length === 0))).toBe(
      true,
    );
  });
});
