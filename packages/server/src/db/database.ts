import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { acquireLock, type HeldLock } from "./lock-file.ts";
import { LATEST_MIGRATION, type MigrationName, migrate } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type OpenOptions = ({ dataDir: string } | { databaseUrl: string }) & {
  /** Stop at this migration instead of the latest: for the migration test only. */
  migrateTo?: MigrationName;
};

export interface RegistryDatabase {
  db: Kysely<Database>;
  kind: "embedded" | "postgres";
  /** The embedded data folder (absent for PostgreSQL): where the pseudonym key file lives (D10). */
  dataDir?: string;
  /** Closes the pool (and PGlite, and releases the data folder's lock). Safe to call twice. */
  close(): Promise<void>;
}

/** PGlite's own data directory inside the data folder; the lock file and key files sit beside it. */
export const PGLITE_SUBDIR = "pglite";

const DATE_OID = 1082;

/**
 * pg parses `date` into a JS Date at local midnight, which shifts the day in any time zone west of
 * UTC. A clinical date is a calendar day: keep PostgreSQL's "YYYY-MM-DD" text. Per pool, so no
 * global pg state changes.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Opens the registry: embedded PGlite persisted in `dataDir`, or PostgreSQL at `databaseUrl`.
 * Both go through Kysely's PostgresDialect over a pg.Pool (toolchain.md), so every query and
 * migration runs the same code on both; pending migrations run before this resolves.
 */
export async function openDatabase(options: OpenOptions): Promise<RegistryDatabase> {
  const target = options.migrateTo ?? LATEST_MIGRATION;
  if ("dataDir" in options) return openEmbedded(resolve(options.dataDir), target);
  return openPostgres(options.databaseUrl, target);
}

async function openEmbedded(dataDir: string, target: MigrationName): Promise<RegistryDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lock: HeldLock = acquireLock(dataDir); // before PGlite touches the files
  let pglite: PGlite | undefined;
  let db: Kysely<Database> | undefined;
  try {
    pglite = new PGlite(join(dataDir, PGLITE_SUBDIR));
    await pglite.waitReady;
    // idleTimeoutMillis 0: PGlite's single in-process connection is never worth closing when idle.
    const pool = new pg.Pool({ ...createPgConfig(pglite), types, idleTimeoutMillis: 0 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db as Kysely<unknown>, target);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    await pglite?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
  const opened = { db, pglite };
  return {
    db,
    kind: "embedded",
    dataDir,
    close: once(async () => {
      try {
        await opened.db.destroy();
        await opened.pglite.close();
      } finally {
        lock.release();
      }
    }),
  };
}

async function openPostgres(databaseUrl: string, target: MigrationName): Promise<RegistryDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, types });
  // An idle client's error (server restart, network drop) is emitted on the pool and would crash
  // the process unhandled; the pool discards that client and the next query reconnects.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db as Kysely<unknown>, target);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, kind: "postgres", close: once(() => db.destroy()) };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= action();
    return done;
  };
}
