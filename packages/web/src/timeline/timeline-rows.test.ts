import { describe, expect, it } from "vitest";
import type { Chart } from "../api/registry-types.ts";
import { timeOf } from "../app/dates.ts";
import { lanesOf, timelineRows, treatmentBars, windowOf } from "./timeline-rows.ts";

const visit = (date: string, kind: "baseline" | "flare" | "scheduled", lesionCount: number | null) => ({
  visitId: date,
  date,
  kind,
  painNrs: 5,
  physicianGlobal: 4,
  patientGlobal: 3,
  esr: null,
  crp: 12,
  lesionCount,
});

const chart = {
  on: "2024-06-01",
  course: { imagingStudies: [{ date: "2024-01-05" }] },
  timeline: {
    units: { esr: "mm/h", crp: "mg/L" },
    visits: [visit("2024-01-10", "baseline", 2), visit("2024-03-01", "flare", 3)],
    treatments: [
      { treatmentId: "a", drugClass: "nsaid", drug: "naproxen", start: "2024-01-10", stop: "2024-03-01" },
      { treatmentId: "b", drugClass: "il1-inhibitor", drug: "anakinra", start: "2024-03-01", stop: null },
    ],
    flares: [{ visitId: "2024-03-01", date: "2024-03-01" }],
  },
} as unknown as Chart;

describe("the timeline's rows", () => {
  const rows = timelineRows(chart);

  it("spans the whole history: visits, imaging and treatment dates, oldest first, one row per date", () => {
    expect(rows.map((r) => r.date)).toEqual(["2024-01-05", "2024-01-10", "2024-03-01", "2024-06-01"]);
    expect(rows.map((r) => r.t)).toEqual(rows.map((r) => timeOf(r.date)));
  });

  it("marks visits and flares apart (a different marker each)", () => {
    expect(rows.map((r) => [r.visitMark, r.flareMark])).toEqual([
      [null, null],
      [0, null],
      [null, 0],
      [null, null],
    ]);
    expect(rows[2]).toMatchObject({ crp: 12, lesionCount: 3 });
  });

  it("always shows the five classes the clinic follows, then any other class in use", () => {
    const lanes = lanesOf(chart);
    expect(lanes.map((l) => l.label)).toEqual([
      "NSAIDs",
      "Glucocorticoids",
      "DMARDs",
      "TNF inhibitors",
      "Bisphosphonates",
      "IL-1 inhibitors",
    ]);
    const bars = treatmentBars(chart, lanes);
    expect(bars.map((b) => [b.drug, b.lane])).toEqual([
      ["naproxen", 0],
      ["anakinra", 5],
    ]);
    // Still running: the bar reaches the chart's date.
    expect(bars[1]?.to).toBe(timeOf("2024-06-01"));
  });

  it("zooms to the brushed rows, and widens a single day to a month either side", () => {
    expect(windowOf(rows, 1, 2)).toEqual([timeOf("2024-01-10"), timeOf("2024-03-01")]);
    expect(windowOf(rows, 1, 1)).toEqual([timeOf("2023-12-10"), timeOf("2024-02-10")]);
  });
});
