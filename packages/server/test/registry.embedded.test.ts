import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, PGLITE_SUBDIR } from "../src/db/database.ts";
import { DataFolderLockedError, LOCK_FILE_NAME } from "../src/db/lock-file.ts";
import { registrySuite } from "./registry-suite.ts";

// One temporary root per file; each location is a new data folder (a fresh PGlite, 2–4 s to create).
const root = mkdtempSync(join(tmpdir(), "cno-atlas-embedded-"));
let made = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

registrySuite("embedded", async () => ({ dataDir: join(root, `data-${++made}`) }));

describe("embedded data folder (D10: PGlite is one process)", () => {
  it("creates the folder, holds a lock file while open, and refuses a second opener by pid", async () => {
    const dataDir = join(root, "locked", "nested");
    const first = await openDatabase({ dataDir });
    try {
      expect(existsSync(join(dataDir, PGLITE_SUBDIR, "PG_VERSION"))).toBe(true);
      const holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8"));
      expect(holder).toMatchObject({ pid: process.pid, hostname: hostname() });
      const second = openDatabase({ dataDir });
      await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
      await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    // A crash leaves the lock behind: a dead pid's lock is taken over on the next open.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = { pid: dead, hostname: hostname(), startedAt: "2020-01-01T00:00:00Z", command: "crashed" };
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify(stale));
    const reopened = await openDatabase({ dataDir });
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8")).pid).toBe(process.pid);
    await reopened.close();
  }, 60_000);

  it("releases the lock when opening fails, so a retry is not blocked by itself", async () => {
    const dataDir = join(root, "broken");
    mkdirSync(join(dataDir, PGLITE_SUBDIR), { recursive: true });
    writeFileSync(join(dataDir, PGLITE_SUBDIR, "PG_VERSION"), "not a database\n");
    await expect(openDatabase({ dataDir })).rejects.toThrow();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);
});
