import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../bin/cno-atlas.js", import.meta.url));
export const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `cno-atlas` bin, as a user would, optionally feeding stdin. */
export function runCli(args: string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** Starts `cno-atlas serve` and resolves with its URL (and what it printed until then) once it listens. */
export function startServeProcess(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; url: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env,
    });
    let seen = "";
    child.stdout?.on("data", (chunk) => {
      seen += chunk;
      const match = /serving on (http:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve({ child, url: match[1], output: seen });
    });
    child.on("error", reject);
    child.on("close", (code) => reject(new Error(`serve exited early with ${code}: ${seen}`)));
  });
}

/** The `demo account: <role> <username> <password>` lines serve prints on a demo folder's first start. */
export function demoAccounts(output: string): Record<string, { username: string; password: string }> {
  const accounts: Record<string, { username: string; password: string }> = {};
  for (const m of output.matchAll(/^demo account: (\S+) (\S+) (\S+)$/gm)) {
    accounts[m[1] as string] = { username: m[2] as string, password: m[3] as string };
  }
  return accounts;
}

/** Signs in over HTTP; returns the Cookie header value to send, or the failing status. */
export async function signIn(url: string, username: string, password: string): Promise<string | number> {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) return res.status;
  return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}
