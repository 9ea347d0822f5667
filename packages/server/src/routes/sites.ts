import { z } from "zod";
import { newId } from "../db/ids.ts";
import { defineOperation } from "../http/operation.ts";
import { ProblemError, problems } from "../http/problems.ts";
import { jsonResponse } from "../http/responses.ts";
import { listSites } from "../registry/site-repository.ts";

/**
 * Sites hold no patient data. Admins manage them (D10: admin = users and sites) and see them all;
 * a clinician sees the sites they act for. Creating one is audited as entity "site".
 */
export const listSitesOperation = defineOperation({
  id: "listSites",
  method: "GET",
  path: "/api/sites",
  summary: "The sites you act for (admins: every site)",
  tag: "sites",
  access: ["admin", "clinician"],
  registry: true,
  responses: { 200: "{ items: Site[] }" },
  handle: async (c, _input, deps) => {
    const all = deps.ctx.role === "admin";
    const ids = all
      ? (await deps.db.selectFrom("sites").select("id").execute()).map((r) => r.id)
      : deps.ctx.siteIds;
    return c.json({ items: await listSites(deps.db, ids) });
  },
});

export const siteCreateSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "must not be empty" }).max(200),
});

export const createSiteOperation = defineOperation({
  id: "createSite",
  method: "POST",
  path: "/api/sites",
  summary: "Create a site (give clinicians access with PATCH /api/users/:userId)",
  tag: "sites",
  access: ["admin"],
  audit: { entity: "site", action: "create" },
  body: siteCreateSchema,
  responses: {
    201: "The site",
    400: "Invalid fields, each named",
    409: "A site with this name exists",
    415: "Body is not JSON",
  },
  handle: async (c, input, deps) => {
    // ON CONFLICT keeps a duplicate name from aborting the transaction (and from a 500).
    const row = await deps.db
      .insertInto("sites")
      .values({ id: newId(), name: input.body.name })
      .onConflict((oc) => oc.column("name").doNothing())
      .returning(["id", "name", "created_at"])
      .executeTakeFirst();
    if (!row) throw new ProblemError(problems.duplicate("name", "a site with this name exists"));
    deps.audit.siteId = row.id;
    return jsonResponse(c, 201, {
      id: row.id,
      name: row.name,
      createdAt: new Date(row.created_at).toISOString(),
    });
  },
});
