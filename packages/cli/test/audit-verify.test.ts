import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@cno-atlas/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cno-audit-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("cno-atlas audit verify", () => {
  it("passes on an intact chain, and names the tampered row (exit 1) after one audit row is changed", async () => {
    const data = join(dir, "registry");
    // synth writes audited records; they are chained by a server, or here by sealAll.
    expect((await runCli(["synth", "--patients", "3", "--seed", "5", "--data", data])).code).toBe(0);
    const pending = await runCli(["audit", "verify", "--data", data]);
    expect([pending.code, pending.stdout]).toEqual([
      0,
      expect.stringMatching(/0 entries verified; \d+ newer entries not yet chained/),
    ]);
    const reg = await openDatabase({ dataDir: data });
    const { sealAll } = await import("@cno-atlas/server");
    await sealAll(reg.db);
    const victim = await reg.db
      .selectFrom("audit_log")
      .select(["id", "seq"])
      .where("seq", "=", "2")
      .executeTakeFirstOrThrow();
    await reg.close();
    const intact = await runCli(["audit", "verify", "--data", data]);
    expect([intact.code, intact.stdout]).toEqual([
      0,
      expect.stringMatching(/^Audit chain intact: \d+ entries verified; head seq/),
    ]);

    // A superuser's edit: the append-only trigger set aside, one row changed.
    const attacker = await openDatabase({ dataDir: data });
    await attacker.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(trx);
      await sql`UPDATE audit_log SET user_id = 'someone-else' WHERE id = ${victim.id}`.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(trx);
    });
    await attacker.close();
    const broken = await runCli(["audit", "verify", "--data", data]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `Audit chain BROKEN at entry ${victim.id} (seq 2): its content does not match its hash`,
    );
  }, 90_000);
});
