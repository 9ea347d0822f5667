import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { CHAINED_COLUMNS, type ChainedRow, entryHash, GENESIS } from "./chain.ts";

export interface ChainBreak {
  id: string;
  seq: string;
  problem: string;
}

export type VerifyResult =
  | { ok: true; entries: number; pending: number; head: { seq: string; hash: string } | null }
  | { ok: false; entries: number; pending: number; bad: ChainBreak };

const PAGE = 5000;

/**
 * Walks the chain in seq order (keyset pages, so memory stays flat) inside one REPEATABLE READ
 * snapshot, and stops at the FIRST entry that does not hold: a gap in seq (entries removed), a
 * prev_hash that is not the previous entry's hash (removed or reordered), or a hash that does not
 * match the entry's content (changed). Rows not yet chained are counted as pending, not judged.
 * Limit (documented): removing the LAST entries leaves a shorter valid chain; compare the head
 * (printed by `cno-atlas audit verify`) with one recorded elsewhere to detect that.
 */
export async function verifyChain(db: Kysely<Database>): Promise<VerifyResult> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const pendingRow = await trx
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("seq", "is", null)
        .executeTakeFirstOrThrow();
      const pending = Number(pendingRow.n);
      let expectedSeq = 1n;
      let prev = GENESIS;
      let entries = 0;
      for (;;) {
        const page = await sql<ChainedRow & { seq: string; prev_hash: string; hash: string }>`
          SELECT ${CHAINED_COLUMNS}, seq::text AS seq, prev_hash, hash FROM audit_log
          WHERE audit_log.seq >= ${String(expectedSeq)}::bigint ORDER BY audit_log.seq LIMIT ${PAGE}`.execute(
          trx,
        );
        for (const row of page.rows) {
          const bad = (problem: string): VerifyResult => ({
            ok: false,
            entries,
            pending,
            bad: { id: row.id, seq: row.seq, problem },
          });
          if (BigInt(row.seq) !== expectedSeq) {
            return bad(`seq jumps from ${expectedSeq - 1n} to ${row.seq}: entries before it were removed`);
          }
          if (row.prev_hash !== prev) {
            return bad(
              "prev_hash is not the previous entry's hash: an entry before it was removed or changed",
            );
          }
          if (entryHash(row.seq, row.prev_hash, row) !== row.hash) {
            return bad("its content does not match its hash: the entry was changed after it was written");
          }
          prev = row.hash;
          expectedSeq += 1n;
          entries++;
        }
        if (page.rows.length < PAGE) break;
      }
      const head = entries ? { seq: String(expectedSeq - 1n), hash: prev } : null;
      return { ok: true, entries, pending, head };
    });
}
