import { Link } from "react-router";
import type { PatientListItem } from "../api/registry-types.ts";
import { showDate } from "../app/dates.ts";

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const dateOrDash = (iso: string | null) => (iso ? showDate(iso) : "—");

/** One row per patient; the name is the link (Tab to it, Enter opens the chart). */
export function PatientTable({ items }: { items: readonly PatientListItem[] }) {
  return (
    <table className="patient-table">
      <caption className="visually-hidden">Patients</caption>
      <thead>
        <tr>
          <th scope="col">Patient</th>
          <th scope="col">MRN</th>
          <th scope="col">Sex</th>
          <th scope="col">Born</th>
          <th scope="col">Last visit</th>
          <th scope="col">Active disease</th>
          <th scope="col">On treatment</th>
          <th scope="col">Follow-up due</th>
          <th scope="col">Whole-body MRI due</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id} data-patient-id={p.id}>
            <th scope="row">
              <Link to={`/patients/${p.id}`}>{p.name ?? `Record ${p.id.slice(0, 8)}…`}</Link>
              <span className="record-id">{p.id}</span>
            </th>
            <td>{p.mrn ?? "—"}</td>
            <td>{p.sex ?? "—"}</td>
            <td>{dateOrDash(p.birthDate)}</td>
            <td>{dateOrDash(p.lastVisitOn)}</td>
            <td>{yesNo(p.active)}</td>
            <td>{yesNo(p.onTreatment)}</td>
            <td>
              {dateOrDash(p.followUpDue)}
              {p.followUpOverdue && <strong className="overdue-tag"> · overdue</strong>}
            </td>
            <td>
              {dateOrDash(p.wholeBodyMriDue)}
              {p.wholeBodyMriOverdue && <strong className="overdue-tag"> · overdue</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
