import { z } from "zod";
import { newId } from "../db/ids.ts";
import { defineOperation } from "../http/operation.ts";
import { ProblemError, problems } from "../http/problems.ts";
import { jsonResponse } from "../http/responses.ts";
import { addSiteMember, listSites } from "../registry/site-repository.ts";

/** Sites hold no patient data: listed and created without audit rows (as registry/site-repository). */
export const listSitesOperation = defineOperation({
  id: "listSites",
  method: "GET",
  path: "/api/sites",
  summary: "The sites you act for",
  tag: "sites",
  registry: true,
  responses: { 200: "{ items: Site[] }" },
  handle: async (c, _input, deps) => c.json({ items: await listSites(deps.db, deps.ctx.siteIds) }),
});

export const siteCreateSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "must not be empty" }).max(200),
});

export const createSiteOperation = defineOperation({
  id: "createSite",
  method: "POST",
  path: "/api/sites",
  summary: "Create a site; you become one of its members",
  tag: "sites",
  registry: true,
  body: siteCreateSchema,
  responses: {
    201: "The site",
    400: "Invalid fields, each named",
    409: "A site with this name exists",
    415: "Body is not JSON",
  },
  handle: async (c, input, deps) => {
    const site = await deps.db.transaction().execute(async (trx) => {
      // ON CONFLICT keeps a duplicate name from aborting the transaction (and from a 500).
      const row = await trx
        .insertInto("sites")
        .values({ id: newId(), name: input.body.name })
        .onConflict((oc) => oc.column("name").doNothing())
        .returning(["id", "name", "created_at"])
        .executeTakeFirst();
      if (!row) throw new ProblemError(problems.duplicate("name", "a site with this name exists"));
      await addSiteMember(trx, deps.ctx.user, row.id);
      return { id: row.id, name: row.name, createdAt: new Date(row.created_at).toISOString() };
    });
    return jsonResponse(c, 201, site);
  },
});
