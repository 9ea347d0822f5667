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

/** Starts `cno-atlas serve` and resolves with its URL once it listens. */
export function startServeProcess(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let seen = "";
    child.stdout?.on("data", (chunk) => {
      seen += chunk;
      const match = /serving on (http:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on("error", reject);
    child.on("close", (code) => reject(new Error(`serve exited early with ${code}: ${seen}`)));
  });
}
