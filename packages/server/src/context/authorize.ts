import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import type { OperationSpec } from "../http/operation.ts";
import { type Problem, problems } from "../http/problems.ts";
import type { RequestContext, Role } from "./request-context.ts";

/**
 * Who may call an operation, as data in the route table: "public" (anyone), "signed-in" (any
 * role), or the roles allowed. Which RECORDS an allowed caller sees is context/scope.ts's job.
 */
export type Access = "public" | "signed-in" | readonly Role[];

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The request gate, before any input is read: 401 without a session (non-public routes), 403 when
 * the role may never use the route (whatever the record: nothing about records leaks), and CSRF
 * protection on every state-changing method:
 * - browsers' own signals: `Sec-Fetch-Site` other than same-origin/none, or an `Origin` whose
 *   host is not this server's, are refused (this also covers sign-in, which has no session yet);
 * - with a session, the `X-CSRF-Token` header must equal the session's CSRF token (double submit
 *   of a value only a same-origin script can have read from GET/POST /api/session).
 * Returns the refusal, or null to go on.
 */
export function authorize(
  c: Context,
  op: OperationSpec,
  ctx: RequestContext | null,
  options: { trustProxy: boolean },
): Problem | null {
  const unsafe = UNSAFE.has(c.req.method);
  if (unsafe && crossSite(c, options.trustProxy)) return problems.csrf("cross-site request");
  if (op.access === "public") return null;
  if (!ctx) return problems.unauthenticated();
  if (op.access !== "signed-in" && !op.access.includes(ctx.role)) return problems.forbidden(ctx.role);
  if (unsafe && ctx.session && !sameToken(c.req.header("x-csrf-token"), ctx.session.csrfToken)) {
    return problems.csrf("X-CSRF-Token missing or wrong");
  }
  return null;
}

function crossSite(c: Context, trustProxy: boolean): boolean {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = c.req.header("origin");
  if (origin === undefined) return false;
  const host = (trustProxy ? c.req.header("x-forwarded-host") : undefined) ?? c.req.header("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
