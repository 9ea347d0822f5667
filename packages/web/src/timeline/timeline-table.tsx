import type { Chart } from "../api/registry-types.ts";
import { showDate } from "../app/dates.ts";
import { drugClassLabel } from "./timeline-style.ts";

const cell = (value: number | null) => (value === null ? "—" : String(value));

/** The timeline's numbers as tables: what the chart draws, for a screen reader and for checking. */
export function TimelineTable({ chart }: { chart: Chart }) {
  const { timeline } = chart;
  return (
    <details className="timeline-table">
      <summary>
        Timeline as tables ({timeline.visits.length} visits, {timeline.treatments.length} treatments)
      </summary>
      <table className="data-table" data-table="visits">
        <caption>Visits, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Visit</th>
            <th scope="col">Pain</th>
            <th scope="col">Physician global</th>
            <th scope="col">Patient global</th>
            <th scope="col">ESR ({timeline.units.esr})</th>
            <th scope="col">CRP ({timeline.units.crp})</th>
            <th scope="col">Lesion count</th>
          </tr>
        </thead>
        <tbody>
          {timeline.visits.map((v) => (
            <tr key={v.visitId} data-date={v.date}>
              <th scope="row">{showDate(v.date)}</th>
              <td>{v.kind}</td>
              <td>{cell(v.painNrs)}</td>
              <td>{cell(v.physicianGlobal)}</td>
              <td>{cell(v.patientGlobal)}</td>
              <td>{cell(v.esr)}</td>
              <td>{cell(v.crp)}</td>
              <td data-field="lesion-count">{cell(v.lesionCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table" data-table="treatments">
        <caption>Treatments, by start</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Drug</th>
            <th scope="col">Start</th>
            <th scope="col">Stop</th>
          </tr>
        </thead>
        <tbody>
          {timeline.treatments.map((t) => (
            <tr key={t.treatmentId}>
              <td>{drugClassLabel(t.drugClass)}</td>
              <td>{t.drug}</td>
              <td>{showDate(t.start)}</td>
              <td>{t.stop ? showDate(t.stop) : "ongoing"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
