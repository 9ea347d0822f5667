import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startServeProcess } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cno-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function stop(child: import("node:child_process").ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}

async function patientTotal(url: string): Promise<number> {
  const res = await fetch(`${url}/api/patients?pageSize=1`);
  expect(res.status).toBe(200);
  return (await res.json()).total;
}

describe("serve on the embedded registry", () => {
  it("loads the demo patients on first start only, keeps them across restarts, and holds the folder", async () => {
    const data = join(dir, "registry");
    const first = await startServeProcess(["--port", "0", "--data", data]);
    expect(await patientTotal(first.url)).toBe(8);
    const blocked = await runCli(["synth", "--patients", "2", "--data", data]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/in use by process \d+ .*serve/);
    expect(await stop(first.child)).toBe(0);

    const second = await startServeProcess(["--port", "0", "--data", data]);
    expect(await patientTotal(second.url)).toBe(8);
    expect(await stop(second.child)).toBe(0);
  });

  it("serves no demo with --no-demo", async () => {
    const server = await startServeProcess(["--port", "0", "--data", join(dir, "empty"), "--no-demo"]);
    expect(await patientTotal(server.url)).toBe(0);
    expect(await stop(server.child)).toBe(0);
  });
});

describe("cno-atlas synth", () => {
  it("writes the same NDJSON for the same seed", async () => {
    const digest = async (file: string) =>
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex");
    const a = join(dir, "a.ndjson");
    const b = join(dir, "b.ndjson");
    expect(
      (await runCli(["synth", "--patients", "20", "--seed", "7", "--sites", "2", "--out", a])).code,
    ).toBe(0);
    expect(
      (await runCli(["synth", "--patients", "20", "--seed", "7", "--sites", "2", "--out", b])).code,
    ).toBe(0);
    expect(await digest(a)).toBe(await digest(b));
    const lines = (await readFile(a, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(20);
    expect(JSON.parse(lines[0] ?? "{}").identifiers.name).toMatch(/^Synthetic Patient/);
  });

  it("writes a cohort into the registry, which the server then lists", async () => {
    const data = join(dir, "synth-registry");
    const run = await runCli(["synth", "--patients", "12", "--seed", "3", "--sites", "2", "--data", data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote 12 synthetic patients over 2 site/);
    const server = await startServeProcess(["--port", "0", "--data", data, "--no-demo"]);
    // The demo clinician sees only the demo site: the synthetic sites' patients stay invisible to it.
    expect(await patientTotal(server.url)).toBe(0);
    expect(await stop(server.child)).toBe(0);
  });

  it("rejects a bad count with exit 2", async () => {
    const run = await runCli(["synth", "--patients", "-3", "--out", join(dir, "x.ndjson")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--patients must be a whole number/);
  });
});
