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
