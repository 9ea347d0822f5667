import type { Problem } from "./registry-types.ts";

/** A non-2xx answer of the API, with its Problem body (fields named, currentVersion on a 409). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.message);
    this.name = "ApiProblem";
  }
}

export interface Answer<T> {
  data: T;
  /** The version from the ETag (`"3"` → 3), sent back as If-Match on an update. */
  version: number | undefined;
}

/**
 * The session's CSRF token (from GET/POST /api/session), sent as X-CSRF-Token on every write: the
 * session cookie alone is not enough for the API to accept a change (double submit).
 */
let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined): void => {
  csrfToken = token;
};

/** Told when the API says the session is gone (401), so sign-in can be asked without leaving the page. */
const sessionLost = new Set<() => void>();
export function onSessionLost(listener: () => void): () => void {
  sessionLost.add(listener);
  return () => sessionLost.delete(listener);
}

async function answerOf<T>(res: Response): Promise<Answer<T>> {
  const body = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem: Problem =
      body && typeof body === "object" && "message" in body
        ? (body as Problem)
        : { error: "http-error", message: `The server answered ${res.status} ${res.statusText}` };
    if (res.status === 401 && !res.url.endsWith("/api/session"))
      for (const listener of sessionLost) listener();
    throw new ApiProblem(res.status, problem);
  }
  const tag = /^"(\d+)"$/.exec(res.headers.get("etag") ?? "");
  return { data: body as T, version: tag ? Number(tag[1]) : undefined };
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<Answer<T>> {
  return answerOf<T>(await fetch(url, { headers: { accept: "application/json" }, signal: signal ?? null }));
}

/** A write with a JSON body; an update passes the version it was based on (optimistic concurrency). */
export async function sendJson<T>(
  method: "POST" | "PATCH" | "DELETE",
  url: string,
  body?: unknown,
  ifMatchVersion?: number,
): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  if (ifMatchVersion !== undefined) headers["if-match"] = `"${ifMatchVersion}"`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  return answerOf<T>(await fetch(url, init));
}

/** What to tell the clinician about a failed call that is not a field error. */
export function problemText(error: unknown): string {
  if (error instanceof ApiProblem) return error.problem.message;
  if (error instanceof TypeError)
    return "The server could not be reached. Check the connection and try again.";
  return error instanceof Error ? error.message : String(error);
}
