import type { FieldError } from "@cno-atlas/clinical";

/**
 * One error vocabulary for the API: every non-2xx body is a Problem, with the fields at fault named.
 * Handlers return problems; `problemResponse` turns them into HTTP responses in one place.
 */
export interface Problem {
  status: 400 | 404 | 405 | 409 | 413 | 415 | 500;
  error: string;
  message: string;
  fields?: FieldError[];
}

export const problems = {
  invalidBody: (fields: FieldError[]): Problem => ({
    status: 400,
    error: "invalid-request",
    message: `The request body has ${fields.length} invalid field(s): ${fields.map((f) => f.path).join(", ")}`,
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
    message: "Send the body as application/json",
  }),
  notFound: (path: string): Problem => ({ status: 404, error: "not-found", message: `No route ${path}` }),
  methodNotAllowed: (method: string, path: string, allowed: string[]): Problem => ({
    status: 405,
    error: "method-not-allowed",
    message: `${method} is not allowed on ${path}; allowed: ${allowed.join(", ")}`,
  }),
  bodyTooLarge: (limitBytes: number): Problem => ({
    status: 413,
    error: "body-too-large",
    message: `The request body is larger than ${limitBytes} bytes`,
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
