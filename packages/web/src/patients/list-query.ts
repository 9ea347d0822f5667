/**
 * The patient list's search and filters live in the page URL (bookmarkable, kept on reload and on
 * Back from a chart); this turns them into the API's query (GET /api/patients).
 */
export const SORTS = [
  { value: "name", text: "Name (A–Z)" },
  { value: "-name", text: "Name (Z–A)" },
  { value: "-lastVisit", text: "Last visit, most recent first" },
  { value: "lastVisit", text: "Last visit, oldest first" },
  { value: "-created", text: "Registered, newest first" },
] as const;

/** Yes/no filters: absent means "any". */
export const FLAGS = [
  { param: "active", label: "Active disease" },
  { param: "onTreatment", label: "On treatment" },
  { param: "overdue", label: "Follow-up overdue" },
] as const;

export const PAGE_SIZE = 20;

export function apiQueryOf(page: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  const q = page.get("q")?.trim();
  if (q) query.set("q", q);
  const site = page.get("site");
  if (site) query.set("siteId", site);
  for (const { param } of FLAGS) {
    const value = page.get(param);
    if (value === "true" || value === "false") query.set(param, value);
  }
  query.set("sort", SORTS.some((s) => s.value === page.get("sort")) ? (page.get("sort") ?? "name") : "name");
  const n = Number(page.get("page"));
  query.set("page", String(Number.isInteger(n) && n > 1 ? n : 1));
  query.set("pageSize", String(PAGE_SIZE));
  return query;
}

/** The page URL with one parameter changed; any change but paging starts again at page 1. */
export function withParam(page: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(page);
  if (value) next.set(name, value);
  else next.delete(name);
  if (name !== "page") next.delete("page");
  return next;
}
