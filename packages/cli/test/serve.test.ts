import { describe, expect, it } from "vitest";
import { startServeProcess } from "./run-cli.ts";

describe("cno-atlas serve", () => {
  it("listens on 127.0.0.1, answers, and exits 0 on SIGTERM", async () => {
    const { child, url } = await startServeProcess(["--port", "0"]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("rejects a bad port with a message and a non-zero exit", async () => {
    await expect(startServeProcess(["--port", "http"])).rejects.toThrow(/exited early with 2/);
  });
});
