import { afterAll, beforeAll, expect, it } from "vitest";
import { apiSuite } from "./api-suite.ts";
import { startTestPostgres, type TestPostgres } from "./postgres-cluster.ts";

// A real PostgreSQL 15 (or DATABASE_URL); never skipped. As in registry.postgres.test.ts, a failed
// start is reported by a test of its own so the run cannot pass with this suite silently skipped.
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

it("starts or reaches a PostgreSQL server for the API suite", () => {
  if (startError) throw startError;
  expect(server).toBeDefined();
});

apiSuite("postgres", async () => {
  if (!server)
    throw new Error("no PostgreSQL server: see 'starts or reaches a PostgreSQL server for the API suite'");
  return { databaseUrl: await server.newDatabaseUrl() };
});
