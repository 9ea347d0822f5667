import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { errorCodeOf } from "../registry/errors.ts";
import { CHAINED_COLUMNS, type ChainedRow, entryHash, GENESIS } from "./chain.ts";

/** An arbitrary constant naming the chain's advisory lock (one sealer at a time per database). */
const SEAL_LOCK = 7_205_415_001;
const BATCH = 1000;

/**
 * Chains audit rows written since the last call, up to `limit`, in one short transaction: the
 * advisory lock keeps two sealers (two server processes on one PostgreSQL) from interleaving,
 * the head is read, each row gets seq = head + 1…, prev_hash and hash, written in one UPDATE.
 * Requests never take part: they only INSERT (registry/audit.ts), so neither reads nor writes wait
 * on the chain — the whole point of sealing in batches after commit (D10). Returns rows sealed.
 */
export async function sealPending(db: Kysely<Database>, limit = BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`.execute(trx);
    const head = await trx
      .selectFrom("audit_log")
      .select(["seq", "hash"])
      .where("seq", "is not", null)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const pending = await sql<ChainedRow>`SELECT ${CHAINED_COLUMNS} FROM audit_log
      WHERE seq IS NULL ORDER BY at, id LIMIT ${limit}`.execute(trx);
    if (pending.rows.length === 0) return 0;
    let seq = BigInt(head?.seq ?? 0);
    let prev = head?.hash ?? GENESIS;
    const values = pending.rows.map((row) => {
      seq += 1n;
      const hash = entryHash(seq, prev, row);
      const value = sql`(${row.id}::uuid, ${String(seq)}::bigint, ${prev}, ${hash})`;
      prev = hash;
      return value;
    });
    await sql`UPDATE audit_log AS a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      FROM (VALUES ${sql.join(values)}) AS v (id, seq, prev_hash, hash) WHERE a.id = v.id`.execute(trx);
    return pending.rows.length;
  });
}

/** Seals until nothing is pending; returns how many rows. */
export async function sealAll(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (let sealed = BATCH; sealed === BATCH; total += sealed) sealed = await sealPending(db);
  return total;
}

/**
 * The server's single background appender: seals every `intervalMs` (a batch per transaction).
 * stop() waits for the batch in flight, then seals what is left, so a clean shutdown leaves
 * nothing unchained.
 */
export class AuditSealer {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();
  constructor(
    readonly db: Kysely<Database>,
    readonly logFault: (message: string) => void,
    readonly intervalMs = 250,
  ) {}

  start(): this {
    this.#timer ??= setInterval(() => this.#tick(), this.intervalMs);
    this.#timer.unref();
    return this;
  }

  /** Seals now (after the batch in flight); for tests and shutdown. */
  flush(): Promise<unknown> {
    this.#running = this.#running.then(() => sealAll(this.db)).catch((error) => this.#fault(error));
    return this.#running;
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.flush();
  }

  #tick(): void {
    void this.flush();
  }

  #fault(error: unknown): void {
    const code = errorCodeOf(error);
    this.logFault(`audit sealer: ${(error as Error).name}${code ? ` (${code})` : ""}`);
  }
}
