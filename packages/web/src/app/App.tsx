import type { Side } from "@cno-atlas/clinical";
import { useMemo, useState } from "react";
import { CriteriaPanel } from "../criteria/criteria-panel.tsx";
import { LesionHistoryView } from "../lesions/lesion-history-view.tsx";
import { type SelectedSite, SkeletonMap } from "../lesions/skeleton-map.tsx";
import { DEMO_ASSESSED_ON, DEMO_HISTORIES, DEMO_STATUSES, demoEvaluation } from "./demo-data.ts";

/**
 * The demo chart: a synthetic patient's skeleton map and criteria, computed in the browser by the
 * clinical core. The registry API and its data hooks replace the demo data later (issue 4).
 */
export function App() {
  const evaluation = useMemo(demoEvaluation, []);
  const [selected, setSelected] = useState<SelectedSite | undefined>();
  const onSelect = (site: string, side: Side | undefined) => setSelected({ site, side });
  return (
    <div className="app">
      <header className="app-header">
        <h1>CNO Atlas</h1>
        <p>
          Demo chart · synthetic patient · assessed {DEMO_ASSESSED_ON} · computed in your browser by the
          clinical core
        </p>
      </header>
      <main className="chart">
        <section className="chart-map" aria-labelledby="map-title">
          <h2 id="map-title">Skeleton lesion map</h2>
          <SkeletonMap statusBySiteSide={DEMO_STATUSES} onSelect={onSelect} selected={selected} />
          <LesionHistoryView histories={DEMO_HISTORIES} selected={selected} />
        </section>
        <div className="chart-criteria">
          <CriteriaPanel evaluation={evaluation} />
        </div>
      </main>
    </div>
  );
}
