import { createHmac, randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { RegistryDatabase } from "../db/database.ts";
import type { Database } from "../db/schema.ts";

/** The key file beside an embedded data folder's database (D10); mode 0600. */
export const PSEUDONYM_KEY_FILE = "pseudonym.key";
export const PSEUDONYM_KEY_ENV = "CNO_ATLAS_PSEUDONYM_KEY";

/**
 * The installation's pseudonym key, kept OUTSIDE the database (D10): CNO_ATLAS_PSEUDONYM_KEY when
 * set (32+ characters), else for an embedded folder its key file, created on first use. A
 * PostgreSQL registry without the variable has no key: research routes then answer 503.
 */
export function loadPseudonymKey(
  database: Pick<RegistryDatabase, "dataDir">,
  env: NodeJS.ProcessEnv = process.env,
): Buffer | undefined {
  const fromEnv = env[PSEUDONYM_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < 32) throw new Error(`${PSEUDONYM_KEY_ENV} must be at least 32 characters`);
    return Buffer.from(fromEnv, "utf8");
  }
  if (!database.dataDir) return undefined;
  const path = join(database.dataDir, PSEUDONYM_KEY_FILE);
  try {
    const fd = openSync(path, "wx", 0o600); // exclusive: two first starts cannot make two keys
    try {
      writeSync(fd, `${randomBytes(32).toString("hex")}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const text = readFileSync(path, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${path} is not a pseudonym key (64 hex digits)`);
  return Buffer.from(text, "hex");
}

/**
 * Pseudonym = HMAC-SHA-256(key, site id + patient id) (D10; both ids are 36-character UUIDs, so
 * the concatenation is unambiguous), its first 122 bits written as a UUID of version 8 (RFC 9562's
 * "custom" layout): stable across exports, different per installation, and shaped like every
 * other id of the API so it can stand in a path parameter.
 */
export function patientPseudonym(key: Buffer, siteId: string, patientId: string): string {
  const bytes = createHmac("sha256", key).update(`${siteId}${patientId}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80; // version 8
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A site's code in research data: keyed too, so a hospital is not named by its registry id. */
export function sitePseudonym(key: Buffer, siteId: string): string {
  return `site-${createHmac("sha256", key).update(`site:${siteId}`).digest("hex").slice(0, 12)}`;
}

const RESCAN_EVERY_MS = 5_000;

/**
 * Pseudonym → patient, for the research routes that take a pseudonym. An HMAC cannot be reversed,
 * so the index is filled by computing pseudonyms: whenever a list computes one, and by a full scan
 * of patient ids on a miss (at most every 5 s, so probing random pseudonyms cannot make the server
 * rescan on every request). Patients never move site and are never deleted, so entries never go
 * stale. Only ids are held, never identifiers.
 */
export class PseudonymIndex {
  readonly #byPseudonym = new Map<string, { patientId: string; siteId: string }>();
  #lastScan = Number.NEGATIVE_INFINITY;
  constructor(readonly key: Buffer) {}

  pseudonymOf(siteId: string, patientId: string): string {
    const pseudonym = patientPseudonym(this.key, siteId, patientId);
    this.#byPseudonym.set(pseudonym, { patientId, siteId });
    return pseudonym;
  }

  siteCode(siteId: string): string {
    return sitePseudonym(this.key, siteId);
  }

  async resolve(
    db: Kysely<Database>,
    pseudonym: string,
  ): Promise<{ patientId: string; siteId: string } | null> {
    const known = this.#byPseudonym.get(pseudonym);
    if (known || Date.now() - this.#lastScan < RESCAN_EVERY_MS) return known ?? null;
    this.#lastScan = Date.now();
    const rows = await db.selectFrom("patients").select(["id", "site_id"]).execute();
    for (const row of rows) this.pseudonymOf(row.site_id, row.id);
    return this.#byPseudonym.get(pseudonym) ?? null;
  }
}
