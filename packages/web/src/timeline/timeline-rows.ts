/**
 * The API's timeline series (GET …/chart `timeline`) as rows for recharts: one row per visit, plus
 * empty rows at treatment and imaging dates so the brush spans the whole history. Pure.
 */
import type { Chart, TimelineVisit } from "../api/registry-types.ts";
import { byDate, monthAfter, monthBefore, timeOf } from "../app/dates.ts";
import { ALWAYS_SHOWN_LANES, DRUG_CLASS_LANES } from "./timeline-style.ts";

export interface TimelineRow extends Partial<Omit<TimelineVisit, "date">> {
  t: number;
  date: string;
  /** 0 where a marker is drawn (on the axis baseline), null elsewhere. */
  visitMark: number | null;
  flareMark: number | null;
}

export interface TreatmentBar {
  id: string;
  lane: number;
  drug: string;
  drugClass: string;
  from: number;
  to: number;
  start: string;
  stop: string | null;
}

export interface Lane {
  index: number;
  label: string;
  colour: string;
}

const emptyRow = (date: string): TimelineRow => ({ t: timeOf(date), date, visitMark: null, flareMark: null });

export function timelineRows(chart: Chart): TimelineRow[] {
  const { timeline } = chart;
  const rows: TimelineRow[] = timeline.visits.map((v) => ({
    ...v,
    t: timeOf(v.date),
    visitMark: v.kind === "flare" ? null : 0,
    flareMark: v.kind === "flare" ? 0 : null,
  }));
  const seen = new Set(rows.map((r) => r.date));
  const others = [
    ...chart.course.imagingStudies.map((s) => s.date),
    ...timeline.treatments.flatMap((t) => [t.start, t.stop ?? chart.on]),
  ];
  for (const date of others) {
    if (seen.has(date)) continue;
    seen.add(date);
    rows.push(emptyRow(date));
  }
  return rows.sort((a, b) => byDate(a.date, b.date));
}

/** The lanes drawn: the five classes the clinic follows, then any other class in use. */
export function lanesOf(chart: Chart): Lane[] {
  const used = new Set(chart.timeline.treatments.map((t) => t.drugClass));
  return DRUG_CLASS_LANES.filter((lane, i) => i < ALWAYS_SHOWN_LANES || used.has(lane.drugClass)).map(
    (lane, index) => ({ index, label: lane.label, colour: lane.colour }),
  );
}

/** Each treatment as a bar in its class's lane; one without a stop runs to the chart's date. */
export function treatmentBars(chart: Chart, lanes: readonly Lane[]): TreatmentBar[] {
  return chart.timeline.treatments.map((t) => {
    const laneLabel = DRUG_CLASS_LANES.find((l) => l.drugClass === t.drugClass)?.label;
    const lane = lanes.find((l) => l.label === laneLabel)?.index ?? lanes.length - 1;
    return {
      id: t.treatmentId,
      lane,
      drug: t.drug,
      drugClass: t.drugClass,
      from: timeOf(t.start),
      to: timeOf(t.stop ?? chart.on),
      start: t.start,
      stop: t.stop,
    };
  });
}

/** The x-axis window of rows[start..end]; a month either side when it is a single day. */
export function windowOf(rows: readonly TimelineRow[], start: number, end: number): [number, number] {
  const from = rows[start]?.t ?? rows[0]?.t ?? 0;
  const to = rows[end]?.t ?? rows.at(-1)?.t ?? from;
  return from === to ? [monthBefore(from), monthAfter(to)] : [from, to];
}
