import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** D10 roles; what each may do is the route table's `access` (routes/route-table.ts). */
export type Role = "clinician" | "researcher" | "admin" | "patient";

/**
 * Who is calling (D10 (docs/clinical/conventions.md#registry)): every signed-in request runs with one. What it may see is
 * derived from it in ONE place (context/scope.ts); `user` (the username) is what the audit log
 * records.
 */
export interface RequestContext {
  user: string;
  role: Role;
  /** Clinicians: the sites they act for. Empty for the other roles (their scope is not by site). */
  siteIds: readonly string[];
  /** The `users` row, when the caller signed in (absent for fixed test contexts). */
  userId?: string;
  /** `patient` role: the one patient this account belongs to. */
  patientId?: string | null;
  /** The session the request came with: what CSRF checks and sign-out need. */
  session?: { tokenHash: string; csrfToken: string; expiresAt: Date };
}

/** Resolves the caller of a request; null when nobody is signed in (401 on any non-public route). */
export type ContextResolver = (c: Context) => Promise<RequestContext | null> | RequestContext | null;

/**
 * The caller `user` with the sites they are a member of, read per request (one indexed query).
 * For tests and tools that act without a session; the server itself signs callers in.
 */
export function memberContextResolver(db: Kysely<Database>, user: string, role: Role): ContextResolver {
  return async () => ({ user, role, siteIds: await memberSites(db, user) });
}

/** A user's sites, sorted (stable audit rows and comparisons). */
export async function memberSites(db: Kysely<Database>, user: string): Promise<string[]> {
  const rows = await db
    .selectFrom("site_members")
    .select("site_id")
    .where("user_id", "=", user)
    .orderBy("site_id")
    .execute();
  return rows.map((r) => r.site_id);
}

/** A fixed context (a test, or a CLI that resolved the caller once). */
export function fixedContextResolver(ctx: RequestContext | null): ContextResolver {
  return () => ctx;
}

/**
 * The network address of the caller, for the audit log and sign-in throttling; null when not served
 * over a socket (tests). Behind a trusted reverse proxy, the client address it put first in
 * X-Forwarded-For (else every user would share the proxy's address and its throttle).
 */
export function remoteAddressOf(c: Context, trustProxy = false): string | null {
  const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  if (forwarded) return forwarded.slice(0, 100);
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
