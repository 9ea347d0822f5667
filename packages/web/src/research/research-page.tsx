import { Link, useSearchParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { ResearchPatientPage } from "../api/role-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { ExportLinks } from "./export-links.tsx";
import { columnsOf } from "./research-columns.ts";
import { ResearchTable } from "./research-table.tsx";
import "./research.css";

const PAGE_SIZE = 25;

/**
 * The researcher's view: consenting patients by keyed pseudonym, with only the columns the API
 * sends (the patients.csv of the export). There is no search by name here on purpose: the view
 * never has a name to search.
 */
export default function ResearchPage() {
  usePageTitle("Research view");
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const list = useResource<ResearchPatientPage>(apiPaths.researchPatients(page, PAGE_SIZE));
  const data = list.answer?.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const goTo = (next: number) => setParams({ page: String(next) }, { replace: true });
  return (
    <main id="main" className="research-page" tabIndex={-1}>
      <h1>Research view</h1>
      <p className="research-note">
        Pseudonymized: patients are shown by their keyed pseudonym, dates as ages or days since the anchor
        (symptom onset). Open a pseudonym for all of that patient's rows.
      </p>
      <p className="list-status" role="status">
        {list.error
          ? `The research list could not be loaded: ${problemText(list.error)}`
          : data
            ? `${data.total} consenting patient${data.total === 1 ? "" : "s"}${list.loading ? " (updating…)" : ""}`
            : "Loading consenting patients…"}
      </p>
      {data && data.items.length > 0 && (
        <ResearchTable
          caption="Consenting patients (pseudonymized)"
          columns={columnsOf(data.items)}
          rows={data.items}
          rowHeader={(row) => (
            <Link to={`/research/${encodeURIComponent(String(row.patient))}`} className="pseudonym">
              {String(row.patient)}
            </Link>
          )}
        />
      )}
      {data && pages > 1 && (
        <nav className="pager" aria-label="Pages of the research list">
          <button type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
            Previous page
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => goTo(page + 1)}>
            Next page
          </button>
        </nav>
      )}
      <ExportLinks />
    </main>
  );
}
