import { apiSuite } from "./api-suite.ts";
import { postgresForThisFile } from "./postgres-cluster.ts";

// A real PostgreSQL 15 (or DATABASE_URL); never skipped.
const postgres = postgresForThisFile("the API suite");

apiSuite("postgres", async () => ({ databaseUrl: await postgres.newDatabaseUrl() }));
