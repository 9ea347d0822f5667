import { z } from "zod";
import { clearSessionCookie, readSessionToken, setSessionCookie } from "../auth/cookies.ts";
import { burnVerification, hashPassword, needsRehash, verifyPassword } from "../auth/password.ts";
import { createSession, deleteSession, hashToken, IDLE_MS } from "../auth/sessions.ts";
import { findUserByName } from "../auth/users.ts";
import type { RequestContext } from "../context/request-context.ts";
import { type Deps, defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { appendAudit } from "../registry/audit.ts";
import { listSites } from "../registry/site-repository.ts";

export const signInSchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

/** What GET and POST /api/session answer: who the caller is, and the CSRF token for writes. */
async function sessionView(deps: Deps, ctx: RequestContext, csrfToken: string, expiresAt: Date) {
  return {
    user: ctx.user,
    role: ctx.role,
    siteIds: ctx.siteIds,
    sites: await listSites(deps.db, ctx.siteIds),
    patientId: ctx.patientId ?? null,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    idleTimeoutSeconds: IDLE_MS / 1000,
  };
}

/** Sign-in and sign-out are audited here (entity "session"): they name a user, not a patient. */
const auditSession = (deps: Deps, user: string, action: "create" | "delete", ok: boolean, code?: string) =>
  appendAudit(
    deps.db,
    { userId: user, siteId: null, remoteAddress: deps.remoteAddress },
    { action, entity: "session", outcome: ok ? "success" : "denied", errorCode: code ?? null },
  );

export const signInOperation = defineOperation({
  id: "signIn",
  method: "POST",
  path: "/api/session",
  summary: "Sign in: sets the HttpOnly session cookie and answers the session with its CSRF token",
  tag: "session",
  access: "public",
  registry: true,
  body: signInSchema,
  responses: {
    200: "The session (user, role, sites, csrfToken, expiresAt); Set-Cookie",
    400: "Invalid fields",
    401: "Unknown username, wrong password or disabled account (one answer for all three)",
    403: "Cross-site request",
    429: "Too many failed attempts for this account or address (Retry-After)",
  },
  handle: async (c, input, deps) => {
    const account = input.body.username.trim().toLowerCase();
    const { throttle } = deps.services;
    const wait = throttle.retryAfter(account, deps.remoteAddress);
    const user = await findUserByName(deps.db, account);
    // Never the typed name of an unknown account: people type passwords into username fields.
    const who = user?.username ?? "unknown";
    if (wait > 0) {
      await auditSession(deps, who, "create", false, "too-many-attempts");
      return problemResponse(problems.tooManyAttempts(wait), { "Retry-After": String(wait) });
    }
    const ok =
      user && user.disabled_at === null && (await verifyPassword(input.body.password, user.password_hash));
    if (!user) await burnVerification(input.body.password);
    if (!ok || !user) {
      throttle.fail(account, deps.remoteAddress);
      await auditSession(deps, who, "create", false, "invalid-credentials");
      return problemResponse(problems.invalidCredentials());
    }
    throttle.succeed(account);
    if (needsRehash(user.password_hash)) {
      const rehashed = await hashPassword(input.body.password);
      await deps.db.updateTable("users").set({ password_hash: rehashed }).where("id", "=", user.id).execute();
    }
    // A new token on every sign-in; the one the browser held before is ended (no fixation).
    const previous = readSessionToken(c);
    if (previous) await deleteSession(deps.db, hashToken(previous));
    const session = await createSession(deps.db, user.id);
    setSessionCookie(c, session.token, deps.services);
    await auditSession(deps, user.username, "create", true);
    const siteRows = await deps.db
      .selectFrom("site_members")
      .select("site_id")
      .where("user_id", "=", user.username)
      .orderBy("site_id")
      .execute();
    const ctx: RequestContext = {
      user: user.username,
      role: user.role,
      siteIds: user.role === "clinician" ? siteRows.map((r) => r.site_id) : [],
      patientId: user.patient_id,
    };
    return c.json(await sessionView(deps, ctx, session.csrfToken, session.expiresAt));
  },
});

export const readSessionOperation = defineOperation({
  id: "readSession",
  method: "GET",
  path: "/api/session",
  summary: "Who am I: user, role, sites, linked patient, and the CSRF token to send with writes",
  tag: "session",
  access: "signed-in",
  responses: { 200: "The session", 401: "Not signed in, or the session expired" },
  handle: async (c, _input, deps) => {
    const session = deps.ctx.session;
    if (!session) return problemResponse(problems.unauthenticated());
    return c.json(await sessionView(deps, deps.ctx, session.csrfToken, session.expiresAt));
  },
});

export const signOutOperation = defineOperation({
  id: "signOut",
  method: "DELETE",
  path: "/api/session",
  summary: "Sign out: ends the session on the server and clears the cookie",
  tag: "session",
  access: "signed-in",
  responses: { 204: "Signed out", 401: "Not signed in", 403: "X-CSRF-Token missing or wrong" },
  handle: async (c, _input, deps) => {
    if (deps.ctx.session) await deleteSession(deps.db, deps.ctx.session.tokenHash);
    clearSessionCookie(c, deps.services);
    await auditSession(deps, deps.ctx.user, "delete", true);
    return c.body(null, 204);
  },
});
