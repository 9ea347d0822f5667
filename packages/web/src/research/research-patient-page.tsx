import { Link, useParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, problemText } from "../api/http.ts";
import type { ResearchRecord } from "../api/role-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { EXPORT_FILES } from "./export-links.tsx";
import { columnsOf } from "./research-columns.ts";
import { ResearchTable } from "./research-table.tsx";
import "./research.css";

const TITLES: Record<string, string> = Object.fromEntries(EXPORT_FILES.map((f) => [f.name, f.text]));

/** One pseudonymized patient: each export entity's rows for them, as the API sends them. */
export default function ResearchPatientPage() {
  const { pseudonym = "" } = useParams();
  usePageTitle(`Pseudonym ${pseudonym.slice(0, 8)}…`);
  const record = useResource<ResearchRecord>(apiPaths.researchPatient(pseudonym));
  const data = record.answer?.data;
  const gone = record.error instanceof ApiProblem && record.error.status === 404;
  return (
    <main id="main" className="research-page" tabIndex={-1}>
      <p>
        <Link to="/research">← Research view</Link>
      </p>
      <h1>
        Pseudonym <span className="pseudonym">{pseudonym}</span>
      </h1>
      {record.error !== undefined && (
        <p role="alert">
          {gone
            ? "No consenting patient has this pseudonym (or it belongs to a site you may not see)."
            : `The record could not be loaded: ${problemText(record.error)}`}
        </p>
      )}
      {!data && !record.error && <p role="status">Loading the pseudonymized record…</p>}
      {data &&
        Object.entries(data).map(([entity, rows]) => (
          <section key={entity} className="research-entity" aria-labelledby={`entity-${entity}`}>
            <h2 id={`entity-${entity}`}>
              {entity} <span className="entity-count">({rows.length})</span>
            </h2>
            {rows.length === 0 ? (
              <p>None recorded.</p>
            ) : (
              <ResearchTable
                caption={`${entity}: ${TITLES[entity] ?? `${rows.length} rows`}`}
                columns={columnsOf(rows)}
                rows={rows}
              />
            )}
          </section>
        ))}
    </main>
  );
}
