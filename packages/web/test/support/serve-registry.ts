/**
 * `cno-atlas serve --port 0 --data <tmp>` as a child process, as a newcomer starts it; the URL is
 * read from its "serving on http://…" line. Every wait is bounded.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../../cli/bin/cno-atlas.js", import.meta.url));

export interface RunningRegistry {
  url: string;
  /** Everything serve printed, for credentials and for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export function serveRegistry(dataDir: string, timeoutMs = 90_000): Promise<RunningRegistry> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TZ: "UTC" },
  });
  let seen = "";
  const collect = (chunk: Buffer) => {
    seen += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve did not start within ${timeoutMs} ms:\n${seen}`));
    }, timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`serve exited early with ${code}:\n${seen}`));
    };
    child.once("exit", onExit);
    child.stdout?.on("data", () => {
      const match = /serving on (http:\/\/\S+)/.exec(seen);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve({ url: match[1], output: () => seen, stop: () => stopChild(child) });
    });
  });
}

/** SIGTERM (serve finishes requests and closes the database), SIGKILL if it lingers. */
function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
