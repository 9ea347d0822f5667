import { CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, Scatter, XAxis, YAxis } from "recharts";
import { timeOf } from "../app/dates.ts";
import type { Lane, TimelineRow, TreatmentBar } from "./timeline-rows.ts";
import { LEFT_AXIS_WIDTH, RIGHT_AXIS_WIDTH } from "./timeline-style.ts";

interface Props {
  rows: TimelineRow[];
  lanes: Lane[];
  bars: TreatmentBar[];
  window: [number, number];
  mapDate: string;
}

const LANE_HEIGHT = 24;

/**
 * Treatments as bars from start to stop, one lane per drug class (the lane's name says the class,
 * the bar's text names the drug). Shares the measures panel's window and axis widths, so a date
 * sits at the same x in both.
 */
export function TreatmentLanes({ rows, lanes, bars, window, mapDate }: Props) {
  const laneOf = (index: number) => lanes[index];
  return (
    <ComposedChart
      responsive
      className="timeline-treatments"
      style={{ width: "100%", height: lanes.length * LANE_HEIGHT + 34 }}
      data={rows}
      margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
      title="Treatments by drug class over time"
    >
      <CartesianGrid stroke="#e4ded2" horizontal={false} />
      {/* Dates are read on the measures panel right below, at the same x. */}
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={window}
        allowDataOverflow
        tick={false}
        height={6}
      />
      <YAxis
        yAxisId="lane"
        type="number"
        width={LEFT_AXIS_WIDTH}
        domain={[-0.5, lanes.length - 0.5]}
        ticks={lanes.map((l) => l.index)}
        tickFormatter={(i: number) => laneOf(i)?.label ?? ""}
        reversed
        interval={0}
        tickLine={false}
      />
      <YAxis yAxisId="pad" orientation="right" width={RIGHT_AXIS_WIDTH} tick={false} axisLine={false} />
      {/* Invisible points, one per lane: recharts draws an axis only for a series that uses it. */}
      <Scatter
        yAxisId="lane"
        data={lanes.map((lane) => ({ t: window[0], lane: lane.index }))}
        dataKey="lane"
        fill="transparent"
        legendType="none"
        tooltipType="none"
        isAnimationActive={false}
      />
      {bars.map((bar) => (
        <ReferenceArea
          key={bar.id}
          yAxisId="lane"
          x1={bar.from}
          x2={bar.to}
          y1={bar.lane - 0.36}
          y2={bar.lane + 0.36}
          fill={laneOf(bar.lane)?.colour}
          fillOpacity={0.85}
          stroke="#1d2330"
          strokeDasharray={bar.stop ? undefined : "4 2"}
          ifOverflow="hidden"
          label={{ value: bar.drug, position: "insideLeft", fill: "#10131a", fontSize: 11 }}
        />
      ))}
      <ReferenceLine yAxisId="lane" x={timeOf(mapDate)} stroke="#0b2e6b" strokeDasharray="3 3" />
    </ComposedChart>
  );
}
