import type { RuleSet } from "@cno-atlas/clinical";
import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { LoginThrottle } from "../auth/throttle.ts";
import type { Access } from "../context/authorize.ts";
import type { RequestContext } from "../context/request-context.ts";
import type { PatientScope } from "../context/scope.ts";
import type { Database } from "../db/schema.ts";
import type { PseudonymIndex } from "../research/pseudonym.ts";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** `{ patientId: string; visitId: string }` for "/api/patients/:patientId/visits/:visitId". */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>;

/** Validated input: every path parameter is a UUID, the query and body passed their schemas. */
export interface OperationInput<P extends string, Q, B> {
  params: PathParams<P>;
  query: Q;
  body: B;
  /** The version sent in If-Match (operations with `precondition: "if-match"`); 0 otherwise. */
  version: number;
}

/** What the audit row of a create names, filled in by the handler once the id exists. */
export interface AuditTarget {
  entityId?: string;
  patientId?: string;
  siteId?: string;
}

/** What the app holds for every request: fixed when it is created. */
export interface Services {
  /** The research view's keyed pseudonyms; absent without a key (research routes answer 503). */
  pseudonyms: PseudonymIndex | undefined;
  throttle: LoginThrottle;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-Proto/-Host (secure cookies, CSRF). */
  trustProxy: boolean;
  logFault(message: string): void;
}

/** What a handler may use. For patient data, `db` is the request's transaction (context/audited.ts). */
export interface Deps {
  db: Kysely<Database>;
  /** The caller; an anonymous placeholder on public routes. */
  ctx: RequestContext;
  /** Which patients the caller may see (context/scope.ts): lists and exports filter by it. */
  scope: PatientScope;
  /** The patient a `:patientId` or `:pseudonym` route resolved to, already checked against `scope`. */
  patient?: { id: string; siteId: string };
  ruleSet: RuleSet;
  /** Today's date (YYYY-MM-DD), the default of every `on`. */
  today: string;
  audit: AuditTarget;
  services: Services;
  remoteAddress: string | null;
}

export interface AuditSpec {
  /** A kebab-case entity name for the audit log: "patient", "visit", "chart", … */
  entity: string;
  action: "create" | "read" | "update" | "delete";
  /**
   * "stream": the response streams after the handler returns (CSV exports), so there is no
   * wrapping transaction; the audit row records that the read was authorized and started.
   */
  mode?: "stream";
}

/**
 * One API operation as data (method, path, schemas, summary, audit) plus its thin handler. The
 * route table lists these; 405 answers, the OpenAPI document and the app's routes all come from it.
 */
export interface OperationSpec<P extends string = string, Q = unknown, B = unknown> {
  id: string;
  method: Method;
  path: P;
  summary: string;
  tag: string;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Name under components.schemas in the OpenAPI document (else the body schema is inline). */
  bodyComponent?: string;
  /** Updates carry the version they were based on as If-Match (optimistic concurrency). */
  precondition?: "if-match";
  /** Needs the registry database (503 without one). Implied by `audit`. */
  registry?: boolean;
  /** Reads or writes patient data: one transaction, scoped to the caller's sites, audited. */
  audit?: AuditSpec;
  /** Who may call it (context/authorize.ts); required, so no route can be added without a rule. */
  access: Access;
  /** Status codes and what they mean, for the OpenAPI document. */
  responses: Partial<Record<number, string>>;
  handle(c: Context, input: OperationInput<P, Q, B>, deps: Deps): Promise<Response> | Response;
}

export function defineOperation<P extends string, Q = undefined, B = undefined>(
  spec: OperationSpec<P, Q, B>,
): OperationSpec<P, Q, B> {
  return spec;
}

/** Names of the path parameters, in order: ["patientId", "visitId"]. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
}
