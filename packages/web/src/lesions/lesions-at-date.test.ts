import { type CourseInput, courseSchema, lesionHistories } from "@cno-atlas/clinical";
import { describe, expect, it } from "vitest";
import type { Chart } from "../api/registry-types.ts";
import { historiesAsOf, replayStops, statusesOn, stopIndexFor } from "./lesions-at-date.ts";

const study = (
  date: string,
  wholeBody: boolean,
  lesions: CourseInput["imagingStudies"][number]["lesions"],
) => ({
  date,
  modality: wholeBody ? ("whole-body-mri" as const) : ("mri-stir" as const),
  wholeBody,
  lesions,
});

const course = courseSchema.parse({
  patient: {},
  visits: [],
  treatments: [],
  imagingStudies: [
    study("2023-01-10", true, [{ site: "tibia", side: "left" }, { site: "T7" }]),
    study("2023-03-01", false, [{ site: "clavicle", side: "right" }]),
    study("2023-07-01", true, [
      { site: "tibia", side: "left", status: "persistent-improved" },
      { site: "clavicle", side: "right" },
    ]),
  ],
});
const today = "2024-01-01";
const histories = lesionHistories(course, today);

describe("replaying the map from the chart's lesion histories", () => {
  it("a history cut at a date is the core's history as of that date", () => {
    for (const on of ["2023-01-10", "2023-02-01", "2023-03-01", "2023-07-01", today]) {
      expect(historiesAsOf(histories, on), on).toEqual(lesionHistories(course, on));
    }
  });

  it("shows lesions coming and going: new, then stable/improved, then resolved", () => {
    expect(Object.fromEntries(statusesOn(histories, "2023-01-10"))).toEqual({
      "tibia:left": "new",
      "T7:": "new",
    });
    expect(Object.fromEntries(statusesOn(histories, "2023-03-01"))).toEqual({
      "tibia:left": "new",
      "T7:": "new",
      "clavicle:right": "new",
    });
    expect(Object.fromEntries(statusesOn(histories, today))).toEqual({
      "tibia:left": "persistent-improved",
      "T7:": "resolved",
      "clavicle:right": "persistent-stable",
    });
    expect(statusesOn(histories, "2022-12-31").size).toBe(0);
  });

  it("steps through every visit and study date, then today, and snaps a date between them back", () => {
    const chart = {
      on: today,
      timeline: {
        visits: [
          { date: "2023-01-10", kind: "baseline" },
          { date: "2023-05-05", kind: "flare" },
        ],
      },
      course: { imagingStudies: course.imagingStudies },
    } as unknown as Chart;
    const stops = replayStops(chart);
    expect(stops).toEqual([
      { date: "2023-01-10", text: "baseline visit · whole-body MRI" },
      { date: "2023-03-01", text: "MRI" },
      { date: "2023-05-05", text: "flare visit" },
      { date: "2023-07-01", text: "whole-body MRI" },
      { date: today, text: "today" },
    ]);
    expect(stopIndexFor(stops, "2023-06-30")).toBe(2);
    expect(stopIndexFor(stops, "2020-01-01")).toBe(0);
  });
});
