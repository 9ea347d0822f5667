import { type FieldError, parseWith } from "@cno-atlas/clinical";
import type { Context } from "hono";
import { isUuid } from "../db/ids.ts";
import { parseIfMatch } from "./if-match.ts";
import { readJson } from "./json-body.ts";
import { type OperationInput, type OperationSpec, pathParamNames } from "./operation.ts";
import { type Problem, problems } from "./problems.ts";

export type InputResult =
  | { ok: true; value: OperationInput<string, unknown, unknown> }
  | { ok: false; problem: Problem; params: Record<string, string> };

/**
 * Validates everything a request brings before any database work (and before a transaction is
 * open, so a slow upload never holds PGlite's single connection): path parameters, query, If-Match,
 * then the body. Cheapest checks first; the body is read only when the rest is sound.
 */
export async function readInput(c: Context, op: OperationSpec): Promise<InputResult> {
  const fields: FieldError[] = [];
  const params: Record<string, string> = {};
  for (const name of pathParamNames(op.path)) {
    const value = c.req.param(name) ?? "";
    if (isUuid(value)) params[name] = value.toLowerCase();
    else fields.push({ path: name, message: "must be a UUID" });
  }
  const query = readQuery(c, op, fields);
  const refuse = (problem: Problem): InputResult => ({ ok: false, problem, params });
  if (fields.length) return refuse(problems.invalidRequest(fields));

  let version = 0;
  if (op.precondition === "if-match") {
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    if (!ifMatch.ok) {
      return refuse(
        "missing" in ifMatch ? problems.preconditionRequired() : problems.invalidRequest([ifMatch.error]),
      );
    }
    version = ifMatch.version;
  }

  let body: unknown;
  if (op.body) {
    const json = await readJson(c, op.method === "PATCH");
    if (!json.ok) return refuse(json.problem);
    if (op.precondition === "if-match" && hasVersionKey(json.value)) {
      return refuse(
        problems.invalidBody([
          {
            path: "version",
            message: 'send the version as the If-Match header (If-Match: "3"), not in the body',
          },
        ]),
      );
    }
    const parsed = parseWith(op.body, json.value);
    if (!parsed.ok) return refuse(problems.invalidBody(parsed.errors.map(explainReadOnly)));
    body = parsed.value;
  }
  return { ok: true, value: { params, query, body, version } };
}

/** The query string through the operation's schema; a parameter given twice is refused by name. */
function readQuery(c: Context, op: OperationSpec, fields: FieldError[]): unknown {
  const url = new URL(c.req.url);
  const raw: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (values.length > 1) fields.push({ path: key, message: "given more than once" });
    // "%00" decodes to NUL, which PostgreSQL text cannot hold (a search would fail with 22021).
    else if (values[0]?.includes("\u0000"))
      fields.push({ path: key, message: "must not contain a NUL character" });
    raw[key] = values[0] ?? "";
  }
  if (!op.query) {
    for (const key of Object.keys(raw)) fields.push({ path: key, message: "unknown query parameter" });
    return undefined;
  }
  const parsed = parseWith(op.query, raw);
  if (parsed.ok) return parsed.value;
  for (const error of parsed.errors) {
    // The core's wording for an unknown key speaks of fields; here it is a query parameter.
    fields.push(
      error.message.startsWith("unknown field") ? { ...error, message: "unknown query parameter" } : error,
    );
  }
  return undefined;
}

function hasVersionKey(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "version" in value;
}

/** Fields every read returns but no write takes: computed or assigned by the server. */
const READ_ONLY =
  /^(id|siteId|createdAt|updatedAt|labs\[\d+\]\.canonical|visits\[\d+\]\.labs\[\d+\]\.canonical)$/;

/**
 * A client that sends back what it read gets these fields refused as unknown; say why instead of
 * "check the spelling" (`canonical` is computed from value and unit, ids and times are the server's).
 */
function explainReadOnly(error: FieldError): FieldError {
  return READ_ONLY.test(error.path) && error.message.startsWith("unknown field")
    ? { path: error.path, message: "is set by the server (read-only): leave it out" }
    : error;
}
