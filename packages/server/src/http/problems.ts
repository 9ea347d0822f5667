import type { FieldError } from "@cno-atlas/clinical";

/**
 * One error vocabulary for the API: every non-2xx body is a Problem, with the fields at fault named
 * (`fields[].path`: a body path such as `labs[2].unit`, a path parameter such as `patientId`, a
 * query parameter such as `on`, or a header such as `If-Match`). Handlers return problems;
 * `problemResponse` turns them into HTTP responses in one place.
 */
export interface Problem {
  status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 428 | 429 | 500 | 503;
  error: string;
  message: string;
  fields?: FieldError[];
  /** 409 only: the version the record has now, so the client can reload it. */
  currentVersion?: number;
}

const list = (fields: FieldError[]) => fields.map((f) => f.path).join(", ");

export const problems = {
  invalidBody: (fields: FieldError[]): Problem => ({
    status: 400,
    error: "invalid-request",
    message: `The request body has ${fields.length} invalid field(s): ${list(fields)}`,
    fields,
  }),
  /** Path parameters, query parameters or headers: named by their own name. */
  invalidRequest: (fields: FieldError[]): Problem => ({
    status: 400,
    error: "invalid-request",
    message: `The request has ${fields.length} invalid parameter(s): ${list(fields)}`,
    fields,
  }),
  malformedJson: (detail: string): Problem => ({
    status: 400,
    error: "malformed-json",
    message: `The request body is not valid JSON: ${detail}`,
  }),
  unsupportedMediaType: (): Problem => ({
    status: 415,
    error: "unsupported-media-type",
    message: "Send the body as application/json (a PATCH may also use application/merge-patch+json)",
  }),
  notFound: (path: string): Problem => ({ status: 404, error: "not-found", message: `No route ${path}` }),
  /** A record the caller may not see is "not found" too, so other sites' ids cannot be probed. */
  recordNotFound: (entity: string, param: string): Problem => ({
    status: 404,
    error: "not-found",
    message: `No ${entity} with this id among the records you may see`,
    fields: [{ path: param, message: `no such ${entity}` }],
  }),
  unauthenticated: (): Problem => ({
    status: 401,
    error: "unauthenticated",
    message: "Sign in first (POST /api/session); your session may have expired",
  }),
  /** The role may never use this route, whatever the record: says nothing about records. */
  forbidden: (role: string): Problem => ({
    status: 403,
    error: "forbidden",
    message: `The ${role} role may not use this route`,
  }),
  csrf: (why: string): Problem => ({
    status: 403,
    error: "csrf",
    message: `Refused as a possible cross-site request (${why}): send the X-CSRF-Token header you got from /api/session`,
  }),
  invalidCredentials: (): Problem => ({
    status: 401,
    error: "invalid-credentials",
    message: "Unknown username, wrong password, or a disabled account",
  }),
  tooManyAttempts: (seconds: number): Problem => ({
    status: 429,
    error: "too-many-attempts",
    message: `Too many failed sign-ins; try again in ${seconds} s`,
  }),
  pseudonymKeyMissing: (): Problem => ({
    status: 503,
    error: "pseudonym-key-missing",
    message: "Set CNO_ATLAS_PSEUDONYM_KEY (32+ characters) to enable the research view and exports",
  }),
  siteAccess: (path: string): Problem => ({
    status: 403,
    error: "site-access",
    message: "You may not act for this site",
    fields: [{ path, message: "not one of your sites" }],
  }),
  methodNotAllowed: (method: string, path: string, allowed: string[]): Problem => ({
    status: 405,
    error: "method-not-allowed",
    message: `${method} is not allowed on ${path}; allowed: ${allowed.join(", ")}`,
  }),
  versionConflict: (entity: string, expected: number, current: number): Problem => ({
    status: 409,
    error: "version-conflict",
    message:
      `The ${entity} was changed by someone else (it is at version ${current}, you sent ${expected}): ` +
      "reload it and apply your change again. Nothing was changed.",
    fields: [{ path: "If-Match", message: `stale version ${expected}; current is ${current}` }],
    currentVersion: current,
  }),
  duplicate: (path: string, message: string): Problem => ({
    status: 409,
    error: "duplicate",
    message,
    fields: [{ path, message }],
  }),
  preconditionRequired: (): Problem => ({
    status: 428,
    error: "precondition-required",
    message: 'Updates need the version you read: send it as If-Match: "<version>"',
    fields: [{ path: "If-Match", message: "missing" }],
  }),
  bodyTooLarge: (limitBytes: number): Problem => ({
    status: 413,
    error: "body-too-large",
    message: `The request body is larger than ${limitBytes} bytes`,
  }),
  registryUnavailable: (): Problem => ({
    status: 503,
    error: "registry-unavailable",
    message: "This server was started without a registry database; only the evaluator is available",
  }),
  internal: (): Problem => ({
    status: 500,
    error: "internal-error",
    message: "An internal error occurred; it has been logged without patient data",
  }),
};

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  const { status, ...body } = problem;
  return Response.json(body, { status, headers });
}

/** Thrown by a handler deep in a call to answer with a problem; the operation runner catches it. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "ProblemError";
  }
}
