import type { Visit } from "@cno-atlas/clinical";
import { Link } from "react-router";
import type { Chart, Resource } from "../api/registry-types.ts";
import { showDate } from "../app/dates.ts";
import { labName, unitText } from "./lab-vocabulary.ts";

const score = (value: number | undefined) => (value === undefined ? "—" : String(value));

function labsText(visit: Visit): string {
  if (!visit.labs?.length) return "—";
  return visit.labs
    .map((l) =>
      `${labName(l.test)} ${l.value === undefined ? (l.interpretation ?? "") : String(l.value)} ${unitText(l.unit ?? "")}`.trim(),
    )
    .join("; ");
}

interface Props {
  patientId: string;
  visits: readonly Resource<Visit>[];
  page: Chart["visitsPage"];
  onPage: (page: number) => void;
}

/** The visits, newest first, a page at a time; each can be opened to correct it. */
export function VisitList({ patientId, visits, page, onPage }: Props) {
  return (
    <section className="visit-list" aria-labelledby="visits-title">
      <h2 id="visits-title">Visits ({page.total})</h2>
      {visits.length === 0 ? (
        <p>No visit recorded.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Visits, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Pain</th>
              <th scope="col">Phys.</th>
              <th scope="col">Pat.</th>
              <th scope="col">Labs</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id} data-visit-id={v.id}>
                <th scope="row">{showDate(v.date)}</th>
                <td>{v.kind}</td>
                <td>{score(v.painNrs)}</td>
                <td>{score(v.physicianGlobal)}</td>
                <td>{score(v.patientGlobal)}</td>
                <td>{labsText(v)}</td>
                <td>
                  <Link
                    to={`/patients/${patientId}/visits/${v.id}/edit`}
                    aria-label={`Correct the visit of ${showDate(v.date)}`}
                  >
                    Correct
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.totalPages > 1 && (
        <nav className="pager" aria-label="Pages of visits">
          <button type="button" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
            Newer visits
          </button>
          <span>
            Page {page.page} of {page.totalPages}
          </span>
          <button type="button" disabled={page.page >= page.totalPages} onClick={() => onPage(page.page + 1)}>
            Older visits
          </button>
        </nav>
      )}
    </section>
  );
}
