import pg from "pg";
import { expect, it } from "vitest";
import { postgresForThisFile } from "./postgres-cluster.ts";
import { registrySuite } from "./registry-suite.ts";

// A real PostgreSQL (15 unless DATABASE_URL points elsewhere); never skipped (issue 3).
const postgres = postgresForThisFile("the registry suite");
const newDatabaseUrl = () => postgres.newDatabaseUrl();

registrySuite("postgres", async () => ({ databaseUrl: await newDatabaseUrl() }));

// PGlite runs PostgreSQL 18 and hides SQL that 15 lacks (D10): the cluster this file starts must
// be production's major version, or this run proves nothing about production.
it("runs on PostgreSQL 15 when it starts the server itself", async () => {
  const client = new pg.Client({ connectionString: await newDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const major = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
    if (postgres.server()?.ownCluster) expect(major).toBe(15);
    else expect(major).toBeGreaterThanOrEqual(15);
  } finally {
    await client.end();
  }
});
