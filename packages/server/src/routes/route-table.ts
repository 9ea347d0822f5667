/** Every route the API serves: the source of 405 answers and of the OpenAPI paths. */
export const ROUTES = [
  { method: "GET", path: "/api/health" },
  { method: "POST", path: "/api/evaluate" },
  { method: "GET", path: "/api/openapi.json" },
  { method: "GET", path: "/" },
  { method: "GET", path: "/evaluator.js" },
] as const;

export function allowedMethods(path: string): string[] {
  return ROUTES.filter((route) => route.path === path).map((route) => route.method);
}
