import { sql } from "kysely";
import { expect, it } from "vitest";
import { sealAll } from "../src/audit/sealer.ts";
import { verifyChain } from "../src/audit/verify.ts";
import { appendAudit } from "../src/registry/audit.ts";
import type { ApiHarness } from "./api-harness.ts";

/** Sets the chain's guard aside for one statement: what an attacker with superuser rights could do. */
export async function asSuperuser(h: ApiHarness, statement: ReturnType<typeof sql>): Promise<void> {
  await h.reg.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(trx);
    await statement.execute(trx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(trx);
  });
}

/** The hash chain: sealed in the background, verified, tampering found and named; appends measured. */
export function apiAuditChainSuite(kind: string, harness: () => ApiHarness): void {
  it("chains every entry written so far, and the chain verifies", async () => {
    const { reg } = harness();
    await sealAll(reg.db);
    const result = await verifyChain(reg.db);
    const total = await reg.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, pending: 0 });
    expect(result.entries).toBe(Number(total.n));
    expect(result.ok && result.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("measures appends under concurrent load: requests only insert, the sealer chains in batches", async () => {
    const { reg, api, demo } = harness();
    const appends = 2000;
    const concurrency = 25;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < appends) {
          next++;
          await appendAudit(
            reg.db,
            { userId: "load-test", siteId: demo.siteId },
            { action: "read", entity: "load", outcome: "success" },
          );
        }
      }),
    );
    const appendMs = performance.now() - started;
    // Reads through the API while the background sealer works on the backlog.
    const readsStarted = performance.now();
    const reads = await Promise.all(
      Array.from({ length: 100 }, () => api("GET", "/api/patients?pageSize=5")),
    );
    const readMs = performance.now() - readsStarted;
    expect(reads.every((r) => r.status === 200)).toBe(true);
    const sealStarted = performance.now();
    await sealAll(reg.db);
    const sealMs = performance.now() - sealStarted;
    expect(await verifyChain(reg.db)).toMatchObject({ ok: true, pending: 0 });
    const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms);
    console.info(
      `[audit ${kind}] ${appends} appends at concurrency ${concurrency}: ${perSecond(appends, appendMs)} appends/s; ` +
        `100 concurrent list reads during sealing: ${perSecond(100, readMs)} req/s (each also appends); ` +
        `sealing the rest: ${Math.round(sealMs)} ms`,
    );
  }, 120_000);

  it("names the first changed, removed or reordered entry; the chain verifies again once restored", async () => {
    const h = harness();
    await sealAll(h.reg.db);
    const victims = await h.reg.db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", "is not", null)
      .orderBy("seq")
      .limit(3)
      .offset(5)
      .execute();
    const [changed, removed] = victims;
    if (!changed || !removed) throw new Error("the suite has written audit rows before this test");

    await asSuperuser(h, sql`UPDATE audit_log SET outcome = 'denied' WHERE id = ${changed.id}`);
    const broken = await verifyChain(h.reg.db);
    expect(broken).toMatchObject({ ok: false, bad: { id: changed.id, seq: changed.seq } });
    expect(!broken.ok && broken.bad.problem).toMatch(/content does not match its hash/);
    await asSuperuser(h, sql`UPDATE audit_log SET outcome = ${changed.outcome} WHERE id = ${changed.id}`);
    expect((await verifyChain(h.reg.db)).ok).toBe(true);

    // The whole row as jsonb keeps `at` to the microsecond, so it can be put back exactly.
    const saved = await sql<{
      j: object;
    }>`SELECT to_jsonb(a) AS j FROM audit_log a WHERE id = ${removed.id}`.execute(h.reg.db);
    await asSuperuser(h, sql`DELETE FROM audit_log WHERE id = ${removed.id}`);
    const gap = await verifyChain(h.reg.db);
    expect(gap.ok).toBe(false);
    expect(!gap.ok && gap.bad.problem).toMatch(/seq jumps/);
    expect(!gap.ok && gap.bad.seq).toBe(String(BigInt(removed.seq ?? 0) + 1n));
    const json = JSON.stringify(saved.rows[0]?.j);
    await asSuperuser(
      h,
      sql`INSERT INTO audit_log SELECT * FROM jsonb_populate_record(null::audit_log, ${json}::jsonb)`,
    );
    expect((await verifyChain(h.reg.db)).ok).toBe(true);
    await expect(
      h.reg.db.updateTable("audit_log").set({ outcome: "error" }).where("id", "=", changed.id).execute(),
    ).rejects.toMatchObject({ code: "42501" });
  });
}
