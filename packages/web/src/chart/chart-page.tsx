import { useEffect, useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { Chart } from "../api/registry-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { AssessmentPanel } from "../criteria/assessment-panel.tsx";
import { LesionMapPanel } from "../lesions/lesion-map-panel.tsx";
import { replayStops, stopIndexFor } from "../lesions/lesions-at-date.ts";
import { ChartActions, PatientBanner, patientName } from "../patients/patient-banner.tsx";
import { ReminderList } from "../reminders/reminder-list.tsx";
import { TimelinePanel } from "../timeline/timeline-panel.tsx";
import { VisitList } from "../visits/visit-list.tsx";
import "./chart.css";

/** Marks the first time a chart is on screen, for the load-time measurement (navigation → chart). */
function markRendered(): void {
  if (performance.getEntriesByName("chart-rendered").length === 0) performance.mark("chart-rendered");
}

/**
 * The patient's chart on one screen: the skeleton map with its date, the timeline, reminders and
 * visits, and the criteria as of the map's date. The date lives in the URL (?on=), so a reload or a
 * shared link shows the same picture.
 */
export function ChartPage() {
  const { patientId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const [visitsPage, setVisitsPage] = useState(1);
  const chart = useResource<Chart>(apiPaths.chart(patientId, visitsPage));
  const data = chart.answer?.data;
  usePageTitle(data ? `${patientName(data.patient)} — chart` : "Chart");
  const stops = useMemo(() => (data ? replayStops(data) : []), [data]);
  const stop = stops[stopIndexFor(stops, params.get("on") ?? data?.on ?? "")];
  const on = stop?.date ?? data?.on ?? "";
  useEffect(() => {
    if (data) markRendered();
  }, [data]);
  const pick = (date: string) => {
    const next = new URLSearchParams(params);
    next.set("on", date);
    setParams(next, { replace: true });
  };

  if (!data) {
    return (
      <main id="main" className="chart-page" tabIndex={-1}>
        <h1>Chart</h1>
        <p role={chart.error ? "alert" : "status"}>
          {chart.error ? `The chart could not be loaded: ${problemText(chart.error)}` : "Loading the chart…"}
        </p>
      </main>
    );
  }
  return (
    <main id="main" className="chart-page" tabIndex={-1} data-chart-ready={!chart.loading}>
      <div className="chart-top">
        <PatientBanner record={data.patient} today={data.on} />
        <ChartActions patientId={patientId} />
      </div>
      <div className="chart-grid">
        <LesionMapPanel histories={data.lesionHistories} stops={stops} on={on} onPick={pick} />
        <div className="chart-middle">
          <ReminderList reminders={data.reminders} today={data.on} status={data.assessment.status} />
          <TimelinePanel chart={data} mapDate={on} />
          <VisitList
            patientId={patientId}
            visits={data.course.visits}
            page={data.visitsPage}
            onPage={setVisitsPage}
          />
        </div>
        <div className="chart-criteria">
          <AssessmentPanel chart={data} patientId={patientId} on={on} />
        </div>
      </div>
    </main>
  );
}
