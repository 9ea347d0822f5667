import { useMemo, useState } from "react";
import type { Chart } from "../api/registry-types.ts";
import { MeasuresChart } from "./measures-chart.tsx";
import { lanesOf, timelineRows, treatmentBars, windowOf } from "./timeline-rows.ts";
import { TimelineTable } from "./timeline-table.tsx";
import { TreatmentLanes } from "./treatment-lanes.tsx";
import "./timeline.css";

/**
 * The whole history on one time axis: treatment lanes above, measures below, one brush zooming
 * both. Starts showing everything; the brush's window is kept while the map date moves.
 */
export function TimelinePanel({ chart, mapDate }: { chart: Chart; mapDate: string }) {
  const rows = useMemo(() => timelineRows(chart), [chart]);
  const lanes = useMemo(() => lanesOf(chart), [chart]);
  const bars = useMemo(() => treatmentBars(chart, lanes), [chart, lanes]);
  const last = Math.max(0, rows.length - 1);
  const [zoom, setZoom] = useState<{ startIndex: number; endIndex: number } | undefined>();
  // A new visit adds rows: a zoom that no longer fits the rows falls back to the whole history.
  const range = zoom && zoom.endIndex <= last ? zoom : { startIndex: 0, endIndex: last };
  const window = windowOf(rows, range.startIndex, range.endIndex);
  return (
    <section className="timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-heading">
        <h2 id="timeline-title">Timeline</h2>
        {zoom && (
          <button type="button" className="link-button" onClick={() => setZoom(undefined)}>
            Show the whole history
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="timeline-empty">No visits, imaging or treatments recorded yet.</p>
      ) : (
        <>
          <TreatmentLanes rows={rows} lanes={lanes} bars={bars} window={window} mapDate={mapDate} />
          <MeasuresChart
            rows={rows}
            window={window}
            range={range}
            onZoom={setZoom}
            mapDate={mapDate}
            units={chart.timeline.units}
          />
          <p className="timeline-hint">
            Bars: treatments by class (dashed outline: still running). Markers: visits (circle) and flares
            (triangle). Drag the handles under the chart, or focus one and use the arrow keys, to zoom.
          </p>
        </>
      )}
      <TimelineTable chart={chart} />
    </section>
  );
}
