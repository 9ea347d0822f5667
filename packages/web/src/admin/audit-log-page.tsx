import { Link, useSearchParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, problemText } from "../api/http.ts";
import type { AuditPage } from "../api/role-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { AuditFilterForm } from "./audit-filters.tsx";
import { type AuditFilters, filterQuery, filtersOf, pageQuery } from "./audit-query.ts";
import { AuditTable } from "./audit-table.tsx";
import "./admin.css";

/**
 * The audit trail for administrators: who read or changed which patient's data, when, from where
 * and with what outcome. Paged by "older entries" (the API pages by the last id seen, so a page
 * never shifts while new entries arrive); the browser's Back returns to newer ones.
 */
export default function AuditLogPage() {
  usePageTitle("Audit log");
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const log = useResource<AuditPage>(apiPaths.audit(pageQuery(params)));
  const data = log.answer?.data;
  const fieldErrors = log.error instanceof ApiProblem ? (log.error.problem.fields ?? []) : [];
  const apply = (next: AuditFilters) => setParams(filterQuery(next));
  const older = () => {
    if (!data?.next) return;
    const next = new URLSearchParams(params);
    next.set("before", data.next);
    setParams(next);
  };
  const reading = params.has("before");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link to="/admin">← Administration</Link>
      </p>
      <h1>Audit log</h1>
      {/* Remounted when the address changes, so Back shows the filters of that page. */}
      <AuditFilterForm
        key={filterQuery(filters).toString()}
        applied={filters}
        errors={fieldErrors}
        onApply={apply}
      />
      <p className="audit-actions">
        <a href={apiPaths.auditCsv(filterQuery(filters))} download="audit.csv">
          Download these entries as CSV
        </a>{" "}
        (all matching entries, oldest first)
      </p>
      <p className="list-status" role="status">
        {log.error
          ? `The audit log could not be loaded: ${problemText(log.error)}`
          : data
            ? `${data.items.length} entr${data.items.length === 1 ? "y" : "ies"} shown${reading ? " (older entries)" : ", newest first"}${log.loading ? " (updating…)" : ""}`
            : "Loading the audit log…"}
      </p>
      {data && data.items.length > 0 && <AuditTable items={data.items} />}
      <nav className="pager" aria-label="Pages of the audit log">
        {reading && (
          <button type="button" className="secondary" onClick={() => apply(filters)}>
            Newest entries
          </button>
        )}
        <button type="button" disabled={!data?.next} onClick={older}>
          Older entries
        </button>
      </nav>
    </main>
  );
}
