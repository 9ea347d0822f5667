import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServeProcess } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cno-serve-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("cno-atlas serve", () => {
  it("listens on 127.0.0.1, answers, sends security headers, and exits 0 on SIGTERM", async () => {
    const { child, url } = await startServeProcess(["--port", "0", "--data", join(dir, "data")]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect(health.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);

  it("rejects a bad port with a message and a non-zero exit", async () => {
    await expect(startServeProcess(["--port", "http"])).rejects.toThrow(/exited early with 2/);
  });
});
