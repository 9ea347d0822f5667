import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { memberSites, type RequestContext } from "../context/request-context.ts";
import type { Database } from "../db/schema.ts";

/**
 * Server-side sessions (ASVS V3). The cookie carries 256 random bits; the database keeps only their
 * SHA-256, so a copy of the sessions table signs no one in. A session ends at the first of:
 * sign-out, IDLE_MS without a request, ABSOLUTE_MS after sign-in, or the account being disabled.
 */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often: a read must not cost a write each time. */
const TOUCH_MS = 60_000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The CSRF token of a session: derived from the secret session token (HMAC), so it needs no
 * storage, changes with every sign-in, and knowing it does not reveal the session token.
 */
export const csrfTokenOf = (token: string) => createHmac("sha256", token).update("csrf").digest("base64url");

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A new session for the user; expired sessions are swept at the same time (cheap, indexed). */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ABSOLUTE_MS);
  await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", new Date(now.getTime() - IDLE_MS))]),
    )
    .execute();
  await db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, csrfToken: csrfTokenOf(token), expiresAt };
}

/** The caller of a live session with an enabled account, or null. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<RequestContext | null> {
  if (!token || !TOKEN.test(token)) return null;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select(["u.id", "u.username", "u.role", "u.patient_id", "s.last_seen_at", "s.expires_at"])
    .where("s.token_hash", "=", tokenHash)
    .where("u.disabled_at", "is", null)
    .where("s.expires_at", ">", now)
    .where("s.last_seen_at", ">", new Date(now.getTime() - IDLE_MS))
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
  }
  return {
    user: row.username,
    userId: row.id,
    role: row.role,
    siteIds: row.role === "clinician" ? await memberSites(db, row.username) : [],
    patientId: row.patient_id,
    session: { tokenHash, csrfToken: csrfTokenOf(token), expiresAt: new Date(row.expires_at) },
  };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Ends every session of a user (disabled, or password changed). */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
