import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock, DataFolderLockedError, LOCK_FILE_NAME } from "../src/db/lock-file.ts";

describe("data folder lock file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cno-atlas-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeLock = (holder: object | string) =>
    writeFileSync(join(dir, LOCK_FILE_NAME), typeof holder === "string" ? holder : JSON.stringify(holder));

  it("is exclusive while held and gone after release", () => {
    const lock = acquireLock(dir);
    expect(() => acquireLock(dir)).toThrow(DataFolderLockedError);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireLock(dir).release();
  });

  it("takes over the lock of a dead process on this host", () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeLock({ pid: dead, hostname: hostname(), startedAt: "then", command: "crashed" });
    const lock = acquireLock(dir);
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("never takes over a lock from another host or an unreadable lock", () => {
    writeLock({ pid: 999_999, hostname: `not-${hostname()}`, startedAt: "then", command: "serve" });
    expect(() => acquireLock(dir)).toThrow(/process 999999 on not-/);
    writeLock("{half-written");
    expect(() => acquireLock(dir)).toThrow(DataFolderLockedError);
  });

  it("does not remove a lock that another process has since taken over", () => {
    const lock = acquireLock(dir);
    writeLock({ pid: 1, hostname: hostname(), startedAt: "later", command: "other" });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
  });
});
