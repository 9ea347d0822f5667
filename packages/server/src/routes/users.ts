import { z } from "zod";
import { changeUser, createUser, findUsers, ROLES, type UserSummary } from "../auth/users.ts";
import { defineOperation } from "../http/operation.ts";
import { jsonResponse } from "../http/responses.ts";

/** Account administration (admin only). Audited as entity "user": who changed which account. */
const created = (c: Parameters<typeof jsonResponse>[0], user: UserSummary) =>
  jsonResponse(c, 201, user, { version: user.version, location: `/api/users/${user.id}` });

export const userCreateSchema = z.strictObject({
  username: z.string().min(3).max(64),
  role: z.enum(ROLES),
  password: z.string().min(1).max(1024),
  siteIds: z
    .array(z.uuid({ error: "must be a UUID" }))
    .max(100)
    .optional(),
  patientId: z.uuid({ error: "must be a UUID" }).optional(),
});

export const userPatchSchema = z.strictObject({
  disabled: z.boolean().optional(),
  siteIds: z
    .array(z.uuid({ error: "must be a UUID" }))
    .max(100)
    .optional(),
  password: z.string().min(1).max(1024).optional(),
});

export const listUsersOperation = defineOperation({
  id: "listUsers",
  method: "GET",
  path: "/api/users",
  summary: "Every account: username, role, sites, linked patient, disabled (never a password hash)",
  tag: "users",
  access: ["admin"],
  audit: { entity: "user", action: "read" },
  responses: { 200: "{ items: User[] }" },
  handle: async (c, _input, deps) => c.json({ items: await findUsers(deps.db) }),
});

export const createUserOperation = defineOperation({
  id: "createUser",
  method: "POST",
  path: "/api/users",
  summary: "Create an account (password policy: 12–128 characters; stored as a scrypt hash)",
  tag: "users",
  access: ["admin"],
  body: userCreateSchema,
  audit: { entity: "user", action: "create" },
  responses: { 201: "The account", 400: "Invalid fields, each named", 409: "The username exists" },
  handle: async (c, input, deps) => {
    const user = await createUser(deps.db, input.body);
    deps.audit.entityId = user.id;
    return created(c, user);
  },
});

export const updateUserOperation = defineOperation({
  id: "updateUser",
  method: "PATCH",
  path: "/api/users/:userId",
  summary: "Disable or enable an account, set a clinician's sites, or set a new password",
  tag: "users",
  access: ["admin"],
  body: userPatchSchema,
  precondition: "if-match",
  audit: { entity: "user", action: "update" },
  responses: {
    200: "The account (ETag: its version); disabling or a new password ends its sessions",
    400: "Invalid fields, each named",
    409: "Stale If-Match",
    428: "If-Match missing",
  },
  handle: async (c, input, deps) => {
    const user = await changeUser(deps.db, input.params.userId, input.version, input.body);
    return jsonResponse(c, 200, user, { version: user.version });
  },
});
