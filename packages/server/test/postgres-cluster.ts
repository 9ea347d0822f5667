import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);

/** Debian's PostgreSQL 15, the production major version (toolchain.md). */
export const PG_BIN = process.env.CNO_ATLAS_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface TestPostgres {
  /** A new, empty database on the server; one per test file or per migration test. */
  newDatabaseUrl(): Promise<string>;
  /** True when this helper started the server (then it is PostgreSQL 15 from PG_BIN). */
  ownCluster: boolean;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server for the registry suite: the one at DATABASE_URL (fresh databases are
 * created on it, and dropped at the end), else a throwaway cluster in a temporary directory on a
 * free port, bound to 127.0.0.1. Never skips: without binaries it fails and says how to fix it.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const url = process.env.DATABASE_URL;
  if (url) return onServer(url, false, async () => undefined);
  requireBinaries();
  const dir = mkdtempSync(join(tmpdir(), "cno-atlas-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  // initdb and pg_ctl refuse to run as root: as root, run them as `postgres` in a directory it owns.
  if (asRoot) chownSync(dir, Number(idOf("-u")), Number(idOf("-g")));
  const pgTool = (tool: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(PG_BIN, tool), ...args])
      : run(join(PG_BIN, tool), args);
  try {
    await pgTool("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
      "-N",
    ]);
    const port = await freePort();
    const settings = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
    await pgTool("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "30",
      "-o",
      settings,
      "start",
    ]);
    return onServer(`postgres://postgres@127.0.0.1:${port}/postgres`, true, async () => {
      await pgTool("pg_ctl", ["-D", data, "stop", "-m", "immediate"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start a throwaway PostgreSQL cluster from ${PG_BIN}: ${String(error)}`, {
      cause: error,
    });
  }
}

function requireBinaries(): void {
  if (existsSync(join(PG_BIN, "initdb")) && existsSync(join(PG_BIN, "pg_ctl"))) return;
  const where = `PostgreSQL 15 server binaries were not found in ${PG_BIN}.`;
  throw new Error(
    process.env.CI
      ? `${where} CI must install them (apt-get install -y postgresql) before the tests: ` +
          "the PostgreSQL run of the registry suite may not be skipped."
      : `${where} Install them with \`apt-get install postgresql\` (Debian/Ubuntu), set ` +
          "CNO_ATLAS_PG_BIN to their directory, or set DATABASE_URL to a PostgreSQL 15 server " +
          "where this user may create databases.",
  );
}

function idOf(flag: "-u" | "-g"): string {
  return execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function onServer(adminUrl: string, ownCluster: boolean, shutdown: () => Promise<void>): TestPostgres {
  const created: string[] = [];
  const admin = async <T>(action: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await action(client);
    } finally {
      await client.end();
    }
  };
  return {
    ownCluster,
    async newDatabaseUrl() {
      // Our own random name, so it is safe to splice into the identifier position.
      const name = `cno_atlas_test_${randomBytes(6).toString("hex")}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      if (!ownCluster) {
        await admin(async (client) => {
          for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        });
      }
      await shutdown();
    },
  };
}

/**
 * Starts (or reaches) PostgreSQL for one test file and returns a source of fresh database URLs. A failed
 * start is kept and reported by a test of its own: a throwing beforeAll alone would count the file's
 * tests as "skipped", which a pass/fail tally could read as green. Never skipped (issue 3).
 */
export function postgresForThisFile(what: string): {
  newDatabaseUrl(): Promise<string>;
  server(): TestPostgres | undefined;
} {
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
  const title = `starts or reaches a PostgreSQL server for ${what}`;
  it(title, () => {
    if (startError) throw startError;
    expect(server).toBeDefined();
  });
  return {
    server: () => server,
    async newDatabaseUrl() {
      if (!server) throw new Error(`no PostgreSQL server: see the failure of '${title}'`);
      return server.newDatabaseUrl();
    },
  };
}
