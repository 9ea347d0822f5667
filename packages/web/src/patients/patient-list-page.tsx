import { useSearchParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { PatientPage, Site } from "../api/registry-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { apiQueryOf, PAGE_SIZE, withParam } from "./list-query.ts";
import { PatientFilters } from "./patient-filters.tsx";
import { PatientTable } from "./patient-table.tsx";
import "./patients.css";

/** The clinic's patient list: search, filter, sort, page; each name opens the chart. */
export function PatientListPage() {
  usePageTitle("Patients");
  const [params, setParams] = useSearchParams();
  const query = apiQueryOf(params);
  const list = useResource<PatientPage>(apiPaths.patients(query));
  const sites = useResource<{ items: Site[] }>(apiPaths.sites());
  const change = (name: string, value: string) =>
    setParams(withParam(params, name, value), { replace: true });
  const data = list.answer?.data;
  const page = Number(query.get("page"));
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <main id="main" className="patient-list-page" tabIndex={-1}>
      <h1>Patients</h1>
      <PatientFilters params={params} sites={sites.answer?.data.items ?? []} onChange={change} />
      <p className="list-status" role="status">
        {list.error
          ? `The list could not be loaded: ${problemText(list.error)}`
          : data
            ? `${data.total} patient${data.total === 1 ? "" : "s"} found${list.loading ? " (updating…)" : ""}`
            : "Loading patients…"}
      </p>
      {data && data.items.length > 0 && <PatientTable items={data.items} />}
      {data && pages > 1 && (
        <nav className="pager" aria-label="Pages of the patient list">
          <button type="button" disabled={page <= 1} onClick={() => change("page", String(page - 1))}>
            Previous page
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => change("page", String(page + 1))}>
            Next page
          </button>
        </nav>
      )}
    </main>
  );
}
