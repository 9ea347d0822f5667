import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** Debian's PostgreSQL 15, the production major version (shared/toolchain.md). */
export const PG_BIN = process.env.CNO_ATLAS_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface BenchCluster {
  /** postgres://postgres@127.0.0.1:PORT/ — append a database name. */
  baseUrl: string;
  urlOf(database: string): string;
  /** Creates the database unless it exists; returns its URL. */
  ensureDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** Stops the server; removes its directory unless it was asked to persist (a resumable run). */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL 15 cluster of the benchmark's own in `dir` (toolchain.md's recipe: as root, initdb and
 * pg_ctl run as `postgres` in a directory it owns; fsync off, as in the registry suite). With
 * `persist`, an existing cluster in `dir` is started again and kept on stop, so a full run resumes.
 */
export async function startBenchCluster(dir: string, persist: boolean): Promise<BenchCluster> {
  if (!existsSync(join(PG_BIN, "initdb")))
    throw new Error(
      `PostgreSQL 15 binaries not found in ${PG_BIN} (apt-get install postgresql, or set CNO_ATLAS_PG_BIN)`,
    );
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dir, { recursive: true });
  if (asRoot) chownSync(dir, Number(idOf("-u")), Number(idOf("-g")));
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(PG_BIN, name), ...args])
      : run(join(PG_BIN, name), args);
  if (!existsSync(join(data, "PG_VERSION")))
    await tool("initdb", [
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
  // A resumed run may find a server left running by a killed one: stop it, then start on a new port.
  await tool("pg_ctl", ["-D", data, "stop", "-m", "fast"]).catch(() => undefined);
  const port = await freePort();
  const settings = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
  await tool("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    settings,
    "start",
  ]);
  const baseUrl = `postgres://postgres@127.0.0.1:${port}/`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: `${baseUrl}postgres` });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const checkName = (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  };
  return {
    baseUrl,
    urlOf: (database) => `${baseUrl}${database}`,
    async ensureDatabase(name) {
      checkName(name);
      const found = await admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`);
      if (found.rowCount === 0) await admin(`CREATE DATABASE ${name}`);
      return `${baseUrl}${name}`;
    },
    async dropDatabase(name) {
      checkName(name);
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    async stop() {
      await tool("pg_ctl", ["-D", data, "stop", "-m", persist ? "fast" : "immediate"]).catch(() => undefined);
      if (!persist) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a tool from PG_BIN (psql), as the calling user: psql needs no postgres ownership. */
export async function psql(url: string, args: string[]): Promise<string> {
  const { stdout } = await run(
    join(PG_BIN, "psql"),
    ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, ...args],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
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
