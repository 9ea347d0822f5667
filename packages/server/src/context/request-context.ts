import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** D10 roles. Only `clinician` exists until sign-in; the authorization issue gives the others rights. */
export type Role = "clinician" | "researcher" | "admin" | "patient";

/**
 * Who is calling (DECISIONS.md D10): every request runs with one. `siteIds` scopes every patient
 * read and write (context/audited.ts); `user` is what the audit log records.
 */
export interface RequestContext {
  user: string;
  role: Role;
  siteIds: readonly string[];
}

/**
 * Resolves the caller of a request. Today the demo clinician (below); sign-in will replace this
 * with a resolver that reads the session and returns the same shape.
 */
export type ContextResolver = (c: Context) => Promise<RequestContext> | RequestContext;

/**
 * The caller `user` with the sites they are a member of, read per request (one indexed query), so
 * a site created through the API is usable at once. Returned lists are sorted, for stable audits.
 */
export function memberContextResolver(db: Kysely<Database>, user: string, role: Role): ContextResolver {
  return async () => {
    const rows = await db
      .selectFrom("site_members")
      .select("site_id")
      .where("user_id", "=", user)
      .orderBy("site_id")
      .execute();
    return { user, role, siteIds: rows.map((r) => r.site_id) };
  };
}

/** A fixed context (a test, or a CLI that resolved the caller once). */
export function fixedContextResolver(ctx: RequestContext): ContextResolver {
  return () => ctx;
}

/** The network address of the caller, for the audit log; null when not served over a socket (tests). */
export function remoteAddressOf(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
