import { Kysely } from "kysely";
import type { RegistryDatabase } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import type { RegistryContext } from "../registry/audit.ts";
import { addSiteMember, findOrCreateSite } from "../registry/site-repository.ts";
import type { RequestContext } from "./request-context.ts";

/** The demo clinician's username: member of the demo site; `serve` creates the account on a demo folder. */
export const DEMO_USER = "demo-clinician";
/** Clearly fictitious, like the demo patients. */
export const DEMO_SITE_NAME = "Demo Children's Hospital (fictitious)";

export interface DemoSite {
  siteId: string;
  /** The demo clinician as the API sees them: member of the demo site (and of any site they created). */
  context: RequestContext;
  /** The same caller as the registry functions take it (saveCourse, …), for seeding demo records. */
  registryContext: RegistryContext;
}

/**
 * Makes sure the demo site exists and the demo clinician is its member; safe to call on every start
 * (the site is found by name, membership is an upsert). Returns what a seed needs.
 */
export async function ensureDemoSite(database: RegistryDatabase | Kysely<Database>): Promise<DemoSite> {
  const db = database instanceof Kysely ? database : database.db;
  const siteId = await findOrCreateSite(db, DEMO_SITE_NAME);
  await addSiteMember(db, DEMO_USER, siteId);
  const siteIds = (
    await db
      .selectFrom("site_members")
      .select("site_id")
      .where("user_id", "=", DEMO_USER)
      .orderBy("site_id")
      .execute()
  ).map((r) => r.site_id);
  return {
    siteId,
    context: { user: DEMO_USER, role: "clinician", siteIds },
    registryContext: { userId: DEMO_USER, siteId },
  };
}
