import {
  Brush,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { isoOf, showDate, showMonth, timeOf } from "../app/dates.ts";
import type { TimelineRow } from "./timeline-rows.ts";
import { LEFT_AXIS_WIDTH, RIGHT_AXIS_WIDTH, SERIES } from "./timeline-style.ts";

interface Props {
  rows: TimelineRow[];
  window: [number, number];
  range: { startIndex: number; endIndex: number };
  onZoom: (range: { startIndex: number; endIndex: number }) => void;
  mapDate: string;
  units: { esr: string; crp: string };
}

const dateLabel = (t: unknown) => (typeof t === "number" ? showDate(isoOf(t)) : String(t));

/**
 * Pain, the two globals and the lesion count on a 0–10 axis; ESR and CRP on their own axis in
 * canonical units (the API converts, D8). Visits and flares are markers on the baseline; the brush
 * under the chart zooms both panels; a vertical rule marks the skeleton map's date.
 */
export function MeasuresChart({ rows, window, range, onZoom, mapDate, units }: Props) {
  return (
    <ComposedChart
      responsive
      className="timeline-measures"
      style={{ width: "100%", height: 270 }}
      data={rows}
      margin={{ top: 8, right: 4, bottom: 4, left: 0 }}
      title="Pain, globals, ESR, CRP and lesion count over time"
    >
      <CartesianGrid stroke="#e4ded2" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={window}
        allowDataOverflow
        tickFormatter={showMonth}
        minTickGap={24}
      />
      <YAxis
        yAxisId="score"
        width={LEFT_AXIS_WIDTH}
        domain={[0, (max: number) => Math.max(10, max)]}
        allowDecimals={false}
        label={{ value: "Score 0–10 · bones", angle: -90, position: "insideLeft", offset: 12 }}
      />
      <YAxis
        yAxisId="lab"
        orientation="right"
        width={RIGHT_AXIS_WIDTH}
        label={{ value: `${units.esr} · ${units.crp}`, angle: 90, position: "insideRight", offset: 4 }}
      />
      <Tooltip labelFormatter={dateLabel} />
      <Legend verticalAlign="top" height={44} />
      {SERIES.map((s) => (
        <Line
          key={s.key}
          yAxisId={s.axis}
          dataKey={s.key}
          name={s.axis === "lab" ? `${s.name} (${s.key === "esr" ? units.esr : units.crp})` : s.name}
          type={s.key === "lesionCount" ? "stepAfter" : "linear"}
          stroke={s.colour}
          strokeWidth={s.key === "lesionCount" ? 2.5 : 2}
          strokeDasharray={s.dash}
          connectNulls
          isAnimationActive={false}
        />
      ))}
      <Scatter
        yAxisId="score"
        dataKey="visitMark"
        name="Visit"
        fill="#1d2330"
        shape="circle"
        legendType="circle"
        tooltipType="none"
        isAnimationActive={false}
      />
      <Scatter
        yAxisId="score"
        dataKey="flareMark"
        name="Flare"
        fill="#b3261e"
        shape="triangle"
        legendType="triangle"
        tooltipType="none"
        isAnimationActive={false}
      />
      <ReferenceLine
        yAxisId="score"
        x={timeOf(mapDate)}
        stroke="#0b2e6b"
        strokeDasharray="3 3"
        label={{ value: "map date", position: "insideTopRight", fill: "#0b2e6b", fontSize: 11 }}
      />
      <Brush
        dataKey="t"
        height={26}
        travellerWidth={10}
        startIndex={range.startIndex}
        endIndex={range.endIndex}
        tickFormatter={showMonth}
        onChange={(next) => onZoom({ startIndex: next.startIndex, endIndex: next.endIndex })}
        ariaLabel="Zoom the timeline: drag or use the arrow keys on either handle"
      />
    </ComposedChart>
  );
}
