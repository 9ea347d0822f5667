/**
 * The audit page's address carries its filters (a filtered view can be bookmarked or sent to a
 * colleague); these turn it into the API's query and the CSV link's.
 */
export const AUDIT_FILTERS = ["user", "patientId", "entity", "outcome", "from", "to"] as const;
export type AuditFilterName = (typeof AUDIT_FILTERS)[number];
export type AuditFilters = Record<AuditFilterName, string>;

/** The server's outcomes (server audit/query.ts). */
export const OUTCOMES = ["success", "denied", "not-found", "conflict", "invalid", "error"] as const;

export const PAGE_SIZE = 50;

export function filtersOf(params: URLSearchParams): AuditFilters {
  return Object.fromEntries(AUDIT_FILTERS.map((f) => [f, params.get(f)?.trim() ?? ""])) as AuditFilters;
}

/** Only the filters given: an empty box means "any", and the API refuses an empty value. */
export function filterQuery(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of AUDIT_FILTERS) if (filters[name]) query.set(name, filters[name]);
  return query;
}

/** The page's API query: the filters, the page size, and `before` when reading older entries. */
export function pageQuery(params: URLSearchParams): URLSearchParams {
  const query = filterQuery(filtersOf(params));
  query.set("pageSize", String(PAGE_SIZE));
  const before = params.get("before");
  if (before) query.set("before", before);
  return query;
}
