import type { Side } from "@cno-atlas/clinical";
import { useMemo, useState } from "react";
import { CriteriaPanel } from "../criteria/criteria-panel.tsx";
import { LesionHistoryView } from "../lesions/lesion-history-view.tsx";
import { type SelectedSite, SkeletonMap } from "../lesions/skeleton-map.tsx";
import { DEMO_ASSESSED_ON, DEMO_HISTORIES, DEMO_STATUSES, demoEvaluation } from "./demo-data.ts";

/**
 * The demo chart: a synthetic patient's skeleton map and criteria, computed in the browser by the
 * clinical core with no server data (/demo): shows what the engine does on its own.
 */
export default function DemoChart() {
  const evaluation = useMemo(demoEvaluation, []);
  const [selected, setSelected] = useState<SelectedSite | undefined>();
  const onSelect = (site: string, side: Side | undefined) => setSelected({ site, side });
  return (
    <main id="main" className="chart" tabIndex={-1}>
      <section className="chart-map" aria-labelledby="map-title">
        <h1 id="map-title">Demo: skeleton lesion map</h1>
        <p>Synthetic patient · assessed {DEMO_ASSESSED_ON} · computed in your browser by the clinical core</p>
        <SkeletonMap statusBySiteSide={DEMO_STATUSES} onSelect={onSelect} selected={selected} />
        <LesionHistoryView histories={DEMO_HISTORIES} selected={selected} />
      </section>
      <div className="chart-criteria">
        <CriteriaPanel evaluation={evaluation} />
      </div>
    </main>
  );
}
