import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** The lock file an embedded data folder holds while open (D10 (docs/clinical/conventions.md#registry)). */
export const LOCK_FILE_NAME = "cno-atlas.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

/** A second opener of an embedded data folder: PGlite is one process, two writers would corrupt it. */
export class DataFolderLockedError extends Error {
  readonly holder: LockHolder;
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.hostname} ` +
        `(${holder.command}, since ${holder.startedAt}). Stop that process first, or use another --data folder.`,
    );
    this.name = "DataFolderLockedError";
    this.holder = holder;
  }
}

export interface HeldLock {
  path: string;
  release(): void;
}

/**
 * Takes the folder's lock: an exclusive create (O_EXCL), so of two processes racing for a free
 * folder exactly one wins. A lock left by a dead process on this host (a crash, kill -9) is taken
 * over; a lock from another host is never judged stale, since its pid cannot be checked from here.
 */
export function acquireLock(dataDir: string): HeldLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const mine: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 300),
  };
  const text = `${JSON.stringify(mine, null, 2)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, text)) {
      return { path, release: () => releaseLock(path, text) };
    }
    const holder = readHolder(path);
    if (holder === undefined) continue; // released between our create and our read: retry
    if (isAlive(holder)) throw new DataFolderLockedError(dataDir, holder);
    // Stale: move it aside under a unique name (rename is atomic, so two takers cannot both
    // remove the same file), then retry the exclusive create. Residual race, accepted: a taker
    // that read the stale lock just before another taker replaced it can move the new lock aside.
    const aside = `${path}.stale-${process.pid}-${Date.now()}`;
    try {
      renameSync(path, aside);
      rmSync(aside, { force: true });
    } catch {
      // another process moved it first; the next create decides
    }
  }
  const holder = readHolder(path);
  if (holder) throw new DataFolderLockedError(dataDir, holder);
  throw new Error(`Could not take the lock file ${path}`);
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** undefined when the file is gone; a holder with pid 0 when it is unreadable (treated as live). */
function readHolder(path: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === "number" && typeof parsed.hostname === "string") {
      return {
        pid: parsed.pid,
        hostname: parsed.hostname,
        startedAt: String(parsed.startedAt ?? "unknown time"),
        command: String(parsed.command ?? "unknown command"),
      };
    }
  } catch {
    // fall through: a half-written or foreign file
  }
  // An unreadable lock may be mid-write by a live opener: never take it over silently.
  return {
    pid: 0,
    hostname: "unknown host",
    startedAt: "unknown time",
    command: `unreadable lock file ${path}`,
  };
}

function isAlive(holder: LockHolder): boolean {
  if (holder.pid <= 0 || holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the lock only if it is still ours (a stale-lock takeover by another host must survive). */
function releaseLock(path: string, text: string): void {
  try {
    if (readFileSync(path, "utf8") === text) rmSync(path, { force: true });
  } catch {
    // already gone
  }
}
