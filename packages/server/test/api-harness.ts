import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { createUser, type UserSummary } from "../src/auth/users.ts";
import { type DemoSite, ensureDemoSite } from "../src/context/demo.ts";
import { openDatabase, type RegistryDatabase } from "../src/db/database.ts";
import type { Database } from "../src/db/schema.ts";
import { COURSE_TABLES } from "../src/registry/course-rows.ts";
import { type RunningServer, startServer } from "../src/serve.ts";
import { countRows, type NewLocation } from "./registry-harness.ts";

/** The suite's "today": fixed, so list filters, reminders and default `on` are reproducible. */
export const TODAY = "2025-06-30";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON
  body: any;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (malformed JSON, oversized bodies); `body` is JSON-encoded otherwise. */
  raw?: string;
  contentType?: string;
  ifMatch?: string | number;
  headers?: Record<string, string>;
}

export type Api = (method: string, path: string, options?: RequestOptions) => Promise<ApiResponse>;

/** The password every test account gets (fictitious; 12+ characters as the policy asks). */
export const TEST_PASSWORD = "correct horse battery staple";

/** A signed-in client: its session cookie, and the CSRF token it sends with every write. */
export interface Credentials {
  cookie: string;
  csrfToken: string;
}

/** One server over one registry, shared by a describe block, plus what the tests need to look inside. */
export interface ApiHarness {
  reg: RegistryDatabase;
  server: RunningServer;
  demo: DemoSite;
  /** The demo clinician (member of the demo site), signed in. */
  api: Api;
  /** Other callers: an admin, a researcher, and nobody. */
  admin: Api;
  researcher: Api;
  anonymous: Api;
  users: { admin: UserSummary; clinician: UserSummary; researcher: UserSummary };
  credentials: Credentials;
  pseudonymKey: Buffer;
  faults: string[];
}

export async function openApiHarness(newLocation: NewLocation): Promise<ApiHarness> {
  const reg = await openDatabase(await newLocation());
  const faults: string[] = [];
  const pseudonymKey = randomBytes(32);
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    database: reg,
    today: () => TODAY,
    logFault: (message) => faults.push(message),
    pseudonymKey,
    sealEveryMs: 50,
  });
  const demo = await ensureDemoSite(reg);
  const users = await reg.db.transaction().execute(async (trx) => ({
    admin: await createUser(trx, { username: "test-admin", role: "admin", password: TEST_PASSWORD }),
    clinician: await createUser(trx, {
      username: "demo-clinician",
      role: "clinician",
      password: TEST_PASSWORD,
      siteIds: [demo.siteId],
    }),
    researcher: await createUser(trx, {
      username: "test-researcher",
      role: "researcher",
      password: TEST_PASSWORD,
    }),
  }));
  const credentials = await signIn(server.url, "demo-clinician");
  return {
    reg,
    server,
    demo,
    api: client(server.url, credentials),
    admin: client(server.url, await signIn(server.url, "test-admin")),
    researcher: client(server.url, await signIn(server.url, "test-researcher")),
    anonymous: client(server.url),
    users,
    credentials,
    pseudonymKey,
    faults,
  };
}

/** Signs in through the API and returns the cookie and CSRF token (throws on failure). */
export async function signIn(base: string, username: string, password = TEST_PASSWORD): Promise<Credentials> {
  const res = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, csrfToken: (await res.json()).csrfToken };
}

/** A client for `base`; with credentials it sends the session cookie, and X-CSRF-Token on writes. */
export function client(base: string, credentials?: Credentials): Api {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (credentials) {
      headers.cookie = credentials.cookie;
      if (method !== "GET" && method !== "HEAD") headers["x-csrf-token"] = credentials.csrfToken;
    }
    Object.assign(headers, options.headers);
    let body: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      body = options.raw ?? JSON.stringify(options.body);
      headers["content-type"] = options.contentType ?? "application/json";
    }
    if (options.ifMatch !== undefined)
      headers["if-match"] = typeof options.ifMatch === "number" ? `"${options.ifMatch}"` : options.ifMatch;
    const res = await fetch(`${base}${path}`, { method, headers, body });
    const text = await res.text();
    const json = /json/.test(res.headers.get("content-type") ?? "");
    return {
      status: res.status,
      headers: res.headers,
      body: text && json ? JSON.parse(text) : text || undefined,
    };
  };
}

/** Every table a request could write patient data or sites to: "nothing was written" compares these. */
const WRITTEN_TABLES = [
  "sites",
  "site_members",
  ...COURSE_TABLES,
  "evaluations",
] as const satisfies readonly (keyof Database)[];

export async function allCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) counts[table] = await countRows(db, table);
  return counts;
}

/** What a row of every versioned table looks like now (versions and update times included). */
export async function versionsOf(db: Kysely<Database>, patientId: string): Promise<unknown[]> {
  const tables = ["patients", "encounters", "imaging_studies", "treatments"] as const;
  const rows: unknown[] = [];
  for (const table of tables) {
    const column = table === "patients" ? "id" : "patient_id";
    rows.push(
      await db
        .selectFrom(table)
        .select(["id", "version", "updated_at"])
        .where(column, "=", patientId)
        .orderBy("id")
        .execute(),
    );
  }
  return rows;
}

export function auditOf(db: Kysely<Database>, patientId: string) {
  return db
    .selectFrom("audit_log")
    .select([
      "action",
      "entity",
      "entity_id",
      "outcome",
      "error_code",
      "user_id",
      "site_id",
      "remote_address",
    ])
    .where("patient_id", "=", patientId)
    .orderBy("at")
    .orderBy("id")
    .execute();
}

/** Lets the demo clinician act for one more site (admin API: PATCH /api/users/:userId). */
export async function grantSite(h: ApiHarness, siteId: string): Promise<void> {
  const user = (await h.admin("GET", "/api/users")).body.items.find(
    (u: { username: string }) => u.username === "demo-clinician",
  );
  const res = await h.admin("PATCH", `/api/users/${user.id}`, {
    body: { siteIds: [...user.siteIds, siteId] },
    ifMatch: user.version,
  });
  if (res.status !== 200) throw new Error(`grantSite answered ${res.status}: ${JSON.stringify(res.body)}`);
}
