import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "./postgres-cluster.ts";
import { registrySuite } from "./registry-suite.ts";

// A real PostgreSQL (15 unless DATABASE_URL points elsewhere); never skipped (issue 3). A failed
// start is kept and reported by a test of its own: a throwing beforeAll alone would count this
// file's tests as "skipped", which a pass/fail tally could read as green.
let server: TestPostgres | undefined;
let startError: unknown;
beforeAll(async () => {
  server = await startTestPostgres().catch((error: unknown) => {
    startError = error;
    return undefined;
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

it("starts or reaches a PostgreSQL server", () => {
  if (startError) throw startError;
  expect(server).toBeDefined();
});

async function newDatabaseUrl(): Promise<string> {
  if (!server)
    throw new Error("no PostgreSQL server: see the failure of 'starts or reaches a PostgreSQL server'");
  return server.newDatabaseUrl();
}

registrySuite("postgres", async () => ({ databaseUrl: await newDatabaseUrl() }));

// PGlite runs PostgreSQL 18 and hides SQL that 15 lacks (D10): the cluster this file starts must
// be production's major version, or this run proves nothing about production.
it("runs on PostgreSQL 15 when it starts the server itself", async () => {
  const client = new pg.Client({ connectionString: await newDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const major = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
    if (server?.ownCluster) expect(major).toBe(15);
    else expect(major).toBeGreaterThanOrEqual(15);
  } finally {
    await client.end();
  }
});
