import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, UserRole } from "../db/schema.ts";
import { bumpVersion } from "../registry/optimistic.ts";
import { hashPassword, passwordProblem } from "./password.ts";
import { deleteUserSessions } from "./sessions.ts";

export const ROLES = ["admin", "clinician", "researcher", "patient"] as const satisfies readonly UserRole[];
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface UserSummary {
  id: string;
  username: string;
  role: UserRole;
  siteIds: string[];
  patientId: string | null;
  disabled: boolean;
  version: number;
  createdAt: string;
}

export interface NewUser {
  username: string;
  role: UserRole;
  password: string;
  /** Clinicians: the sites they act for (at least one). Other roles: none. */
  siteIds?: readonly string[];
  /** `patient` role: the patient the account belongs to (required); other roles: none. */
  patientId?: string | null;
}

/** A refused account change, by field; the API answers it as 400/409, the CLI prints it. */
export class UserInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly status: 400 | 409 = 400,
  ) {
    super(message);
    this.name = "UserInputError";
  }
}

/** Creates an account (only the password's hash is stored); call inside a transaction. */
export async function createUser(db: Kysely<Database>, user: NewUser): Promise<UserSummary> {
  const username = user.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new UserInputError("username", "3–64 of a-z 0-9 . _ -, starting with a letter or digit");
  }
  const weak = passwordProblem(user.password);
  if (weak) throw new UserInputError("password", weak);
  const siteIds = [...new Set(user.siteIds ?? [])].sort();
  if (user.role === "clinician" && siteIds.length === 0)
    throw new UserInputError("siteIds", "a clinician needs at least one site");
  if (user.role !== "clinician" && siteIds.length > 0)
    throw new UserInputError("siteIds", "only clinicians act for sites");
  if ((user.role === "patient") !== Boolean(user.patientId))
    throw new UserInputError("patientId", "a patient account names its patient, and only a patient account");
  await requireRows(db, "sites", siteIds, "siteIds");
  if (user.patientId) await requireRows(db, "patients", [user.patientId], "patientId");
  const taken = await db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
  if (taken) throw new UserInputError("username", "this username exists", 409);
  const id = newId();
  await db
    .insertInto("users")
    .values({
      id,
      username,
      role: user.role,
      password_hash: await hashPassword(user.password),
      patient_id: user.patientId ?? null,
    })
    .execute();
  await setMemberships(db, username, siteIds);
  return (await findUsers(db, id))[0] as UserSummary;
}

/** Every account (or one, by id), without its hash. */
export async function findUsers(db: Kysely<Database>, id?: string): Promise<UserSummary[]> {
  let query = db.selectFrom("users").selectAll().orderBy("username");
  if (id) query = query.where("id", "=", id);
  const users = await query.execute();
  const members = await db
    .selectFrom("site_members")
    .select(["user_id", "site_id"])
    .orderBy("site_id")
    .execute();
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    role: u.role,
    siteIds: members.filter((m) => m.user_id === u.username).map((m) => m.site_id),
    patientId: u.patient_id,
    disabled: u.disabled_at !== null,
    version: u.version,
    createdAt: new Date(u.created_at).toISOString(),
  }));
}

export async function findUserByName(db: Kysely<Database>, username: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username.trim().toLowerCase())
    .executeTakeFirst();
}

export interface UserChange {
  disabled?: boolean;
  siteIds?: readonly string[];
  password?: string;
}

/**
 * Changes an account if `expectedVersion` is current (null: no version check, for the CLI).
 * Disabling or a new password ends every session of the account at once.
 */
export async function changeUser(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number | null,
  change: UserChange,
): Promise<UserSummary> {
  const user = await db.selectFrom("users").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!user) throw new UserInputError("userId", "no such user", 400);
  if (expectedVersion !== null) await bumpVersion(db, "users", id, expectedVersion);
  else
    await db
      .updateTable("users")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .execute();
  if (change.password !== undefined) {
    const weak = passwordProblem(change.password);
    if (weak) throw new UserInputError("password", weak);
    const hash = await hashPassword(change.password);
    await db
      .updateTable("users")
      .set({ password_hash: hash, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
  }
  if (change.disabled !== undefined) {
    await db
      .updateTable("users")
      .set({ disabled_at: change.disabled ? (user.disabled_at ?? new Date()) : null, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
  }
  if (change.siteIds !== undefined) {
    const siteIds = [...new Set(change.siteIds)].sort();
    if (user.role !== "clinician" && siteIds.length > 0)
      throw new UserInputError("siteIds", "only clinicians act for sites");
    await requireRows(db, "sites", siteIds, "siteIds");
    await db.deleteFrom("site_members").where("user_id", "=", user.username).execute();
    await setMemberships(db, user.username, siteIds);
  }
  if (change.disabled || change.password !== undefined) await deleteUserSessions(db, id);
  return (await findUsers(db, id))[0] as UserSummary;
}

async function setMemberships(db: Kysely<Database>, username: string, siteIds: readonly string[]) {
  if (siteIds.length === 0) return;
  await db
    .insertInto("site_members")
    .values(siteIds.map((site_id) => ({ user_id: username, site_id })))
    .onConflict((oc) => oc.columns(["user_id", "site_id"]).doNothing())
    .execute();
}

async function requireRows(db: Kysely<Database>, table: "sites" | "patients", ids: string[], field: string) {
  if (ids.length === 0) return;
  const found = await db.selectFrom(table).select("id").where("id", "in", ids).execute();
  if (found.length !== ids.length)
    throw new UserInputError(field, `no such ${table === "sites" ? "site" : "patient"}`);
}
