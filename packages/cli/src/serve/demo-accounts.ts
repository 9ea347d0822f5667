import { randomBytes } from "node:crypto";
import {
  createUser,
  DEMO_SITE_NAME,
  DEMO_USER,
  ensureDemoSite,
  type RegistryDatabase,
} from "@cno-atlas/server";

export interface DemoAccount {
  role: string;
  username: string;
  password: string;
}

/**
 * First start of the demo folder (no account yet): one account per role, each with a password
 * made now (never hard-coded) and stored only as its hash; the caller prints them once. The
 * clinician acts for the demo site, the patient account belongs to the first demo patient.
 */
export async function createDemoAccounts(database: RegistryDatabase): Promise<DemoAccount[]> {
  const { db } = database;
  const { siteId } = await ensureDemoSite(database);
  const firstPatient = await db
    .selectFrom("patients")
    .select("id")
    .where("site_id", "=", siteId)
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  const wanted = [
    { role: "admin" as const, username: "demo-admin" },
    { role: "clinician" as const, username: DEMO_USER, siteIds: [siteId] },
    { role: "researcher" as const, username: "demo-researcher" },
    ...(firstPatient
      ? [{ role: "patient" as const, username: "demo-patient", patientId: firstPatient.id }]
      : []),
  ];
  return db.transaction().execute(async (trx) => {
    const made: DemoAccount[] = [];
    for (const account of wanted) {
      const password = randomBytes(15).toString("base64url"); // 120 bits, 20 characters
      await createUser(trx, { ...account, password });
      made.push({ role: account.role, username: account.username, password });
    }
    return made;
  });
}

/** True when the registry has no account at all: the first start. */
export async function hasNoAccounts(database: RegistryDatabase): Promise<boolean> {
  const row = await database.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/** The demo folder: the one `serve` filled with demo patients (its demo site holds patients). */
export async function isDemoRegistry(database: RegistryDatabase): Promise<boolean> {
  const row = await database.db
    .selectFrom("patients")
    .innerJoin("sites", "sites.id", "patients.site_id")
    .select("patients.id")
    .where("sites.name", "=", DEMO_SITE_NAME)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
