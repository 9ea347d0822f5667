/**
 * Replaying the map: each lesion's status on a chosen date, from the chart's lesion histories (the
 * core's D3 derivation, as of today). A history's entries up to a date are exactly its history as
 * of that date (each entry depends only on earlier studies), so no second request is needed.
 */
import type { LesionHistory, LesionStatus } from "@cno-atlas/clinical";
import type { Chart } from "../api/registry-types.ts";
import { byDate, onOrBefore } from "../app/dates.ts";
import { statusMapFromHistories } from "./site-status.ts";

export function historiesAsOf(histories: readonly LesionHistory[], on: string): LesionHistory[] {
  return histories
    .map((h) => ({ ...h, entries: h.entries.filter((e) => onOrBefore(e.date, on)) }))
    .filter((h) => h.entries.length > 0);
}

/** The map's input on a date: each bone's status, the worst where several lesions share it (D3). */
export function statusesOn(histories: readonly LesionHistory[], on: string): Map<string, LesionStatus> {
  return statusMapFromHistories(historiesAsOf(histories, on));
}

export interface ReplayStop {
  date: string;
  /** What happened that day: "baseline visit · whole-body MRI". */
  text: string;
}

const MODALITY_TEXT: Record<string, string> = {
  "whole-body-mri": "whole-body MRI",
  "mri-stir": "MRI",
  "x-ray": "X-ray",
  ct: "CT",
  "bone-scan": "bone scan",
  clinical: "clinical lesion record",
};

/** The dates the replay steps through: every visit and imaging study, and the chart's date (today). */
export function replayStops(chart: Chart): ReplayStop[] {
  const byDay = new Map<string, string[]>();
  const add = (date: string, text: string) => byDay.set(date, [...(byDay.get(date) ?? []), text]);
  for (const v of chart.timeline.visits) add(v.date, `${v.kind} visit`);
  for (const s of chart.course.imagingStudies) add(s.date, MODALITY_TEXT[s.modality] ?? s.modality);
  if (!byDay.has(chart.on)) add(chart.on, "today");
  return [...byDay.keys()]
    .sort(byDate)
    .map((date) => ({ date, text: [...new Set(byDay.get(date))].join(" · ") }));
}

/** The stop shown for a date: the last one on or before it (a date typed in the URL snaps back). */
export function stopIndexFor(stops: readonly ReplayStop[], on: string): number {
  let found = 0;
  stops.forEach((stop, i) => {
    if (onOrBefore(stop.date, on)) found = i;
  });
  return found;
}
