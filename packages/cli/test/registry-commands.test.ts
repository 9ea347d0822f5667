import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticSites } from "@cno-atlas/synth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, runCli, signIn, startServeProcess } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cno-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

export async function stop(child: import("node:child_process").ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}

async function patientTotal(url: string, cookie: string): Promise<number> {
  const res = await fetch(`${url}/api/patients?pageSize=1`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()).total;
}

const PASSWORD = "a fictitious test password";

describe("serve on the embedded registry", () => {
  it("loads the demo patients and prints demo accounts on first start only; keeps both across restarts", async () => {
    const data = join(dir, "registry");
    const first = await startServeProcess(["--port", "0", "--data", data]);
    const accounts = demoAccounts(first.output);
    expect(Object.keys(accounts).sort()).toEqual(["admin", "clinician", "patient", "researcher"]);
    expect(accounts.clinician?.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const clinician = accounts.clinician as { username: string; password: string };
    const cookie = await signIn(first.url, clinician.username, clinician.password);
    expect(typeof cookie).toBe("string");
    expect(await patientTotal(first.url, cookie as string)).toBe(8);
    expect((await fetch(`${first.url}/api/patients`)).status).toBe(401);
    const blocked = await runCli(["synth", "--patients", "2", "--data", data]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/in use by process \d+ .*serve/);
    const userBlocked = await runCli(["user", "list", "--data", data]);
    expect([userBlocked.code, userBlocked.stderr]).toEqual([1, expect.stringMatching(/in use by process/)]);
    expect(await stop(first.child)).toBe(0);

    const second = await startServeProcess(["--port", "0", "--data", data]);
    expect(second.output).not.toMatch(/demo account:/);
    const again = await signIn(second.url, clinician.username, clinician.password);
    expect(await patientTotal(second.url, again as string)).toBe(8);
    expect(await stop(second.child)).toBe(0);
    const verified = await runCli(["audit", "verify", "--data", data]);
    expect([verified.code, verified.stdout]).toEqual([
      0,
      expect.stringMatching(/^Audit chain intact: \d+ entries verified; head seq \d+ hash [0-9a-f]{64}\n$/),
    ]);
  }, 90_000);

  it("with --no-demo prints how to create the first administrator; `user add` then signs in", async () => {
    const data = join(dir, "empty");
    const server = await startServeProcess(["--port", "0", "--data", data, "--no-demo"]);
    expect(server.output).toMatch(/No user accounts yet.*\n.*cno-atlas user add <name> --role admin --data /);
    expect(server.output).not.toMatch(/demo account:/);
    expect((await fetch(`${server.url}/api/patients`)).status).toBe(401);
    expect(await stop(server.child)).toBe(0);
    const weak = await runCli(["user", "add", "root", "--role", "admin", "--data", data], "short\n");
    expect([weak.code, weak.stderr]).toEqual([1, "password: must be at least 12 characters\n"]);
    const added = await runCli(
      ["user", "add", "Root-Admin", "--role", "admin", "--data", data],
      `${PASSWORD}\n`,
    );
    expect([added.code, added.stdout]).toEqual([0, "Created admin root-admin\n"]);
    const list = await runCli(["user", "list", "--data", data]);
    expect(list.stdout).toBe("root-admin\tadmin\tactive\n");
    expect(list.stdout + list.stderr).not.toContain("scrypt");
    const next = await startServeProcess(["--port", "0", "--data", data, "--no-demo"]);
    expect(next.output).not.toMatch(/No user accounts yet/);
    expect(typeof (await signIn(next.url, "root-admin", PASSWORD))).toBe("string");
    expect(await signIn(next.url, "root-admin", "not the password")).toBe(401);
    expect(await stop(next.child)).toBe(0);
    const disabled = await runCli(["user", "disable", "root-admin", "--data", data]);
    expect([disabled.code, disabled.stdout]).toEqual([0, "Disabled root-admin\n"]);
    expect((await runCli(["user", "list", "--data", data])).stdout).toBe("root-admin\tadmin\tdisabled\n");
    const bad = await runCli(["user", "add", "x-y-z", "--role", "wizard", "--data", data], `${PASSWORD}\n`);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/--role must be one of admin, clinician, researcher, patient/),
    ]);
  }, 90_000);
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

  it("writes a cohort into the registry; a clinician added for one site sees that site's patients only", async () => {
    const data = join(dir, "synth-registry");
    const run = await runCli(["synth", "--patients", "12", "--seed", "3", "--sites", "2", "--data", data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote 12 synthetic patients over 2 site/);
    const [site] = syntheticSites("3", 2);
    const added = await runCli(
      [
        "user",
        "add",
        "site-one-clinician",
        "--role",
        "clinician",
        "--site",
        site?.name ?? "",
        "--data",
        data,
      ],
      `${PASSWORD}\n`,
    );
    expect([added.code, added.stdout]).toEqual([0, "Created clinician site-one-clinician for 1 site(s)\n"]);
    const server = await startServeProcess(["--port", "0", "--data", data, "--no-demo"]);
    const cookie = await signIn(server.url, "site-one-clinician", PASSWORD);
    const total = await patientTotal(server.url, cookie as string);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(12);
    expect(await stop(server.child)).toBe(0);
  }, 90_000);

  it("rejects a bad count with exit 2", async () => {
    const run = await runCli(["synth", "--patients", "-3", "--out", join(dir, "x.ndjson")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--patients must be a whole number/);
  });
});
