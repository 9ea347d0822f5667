import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";

/**
 * Creates a site. Not audited: sites hold no patient data, and there is no user context yet
 * when the first site is seeded on a fresh installation.
 */
export async function createSite(db: Kysely<Database>, site: { name: string }): Promise<{ siteId: string }> {
  const siteId = newId();
  await db.insertInto("sites").values({ id: siteId, name: site.name }).execute();
  return { siteId };
}

/** The id of the site with this name, created if missing; safe under concurrent callers (name is unique). */
export async function findOrCreateSite(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto("sites")
    .values({ id: newId(), name })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("sites").select("id").where("name", "=", name).executeTakeFirstOrThrow();
  return row.id;
}

/** Lets `userId` act for the site (D10 RequestContext.siteIds); an existing membership is kept. */
export async function addSiteMember(db: Kysely<Database>, userId: string, siteId: string): Promise<void> {
  await db
    .insertInto("site_members")
    .values({ user_id: userId, site_id: siteId })
    .onConflict((oc) => oc.columns(["user_id", "site_id"]).doNothing())
    .execute();
}

export interface SiteSummary {
  id: string;
  name: string;
  createdAt: string;
}

/** The given sites, by name. */
export async function listSites(db: Kysely<Database>, siteIds: readonly string[]): Promise<SiteSummary[]> {
  if (siteIds.length === 0) return [];
  const rows = await db
    .selectFrom("sites")
    .select(["id", "name", "created_at"])
    .where("id", "in", [...siteIds])
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at).toISOString() }));
}
