import { verifyChain } from "@cno-atlas/server";
import { type DatabaseOptions, openRegistry } from "../registry/open-registry.ts";

/**
 * `cno-atlas audit verify`: checks the audit trail's hash chain. Exit 0 with the head (seq and
 * hash: record it elsewhere to detect a truncated tail later); exit 1 naming the first bad entry
 * (its id, seq, and what is wrong).
 */
export async function auditVerifyCommand(options: DatabaseOptions): Promise<number> {
  const opened = await openRegistry(options);
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return 1;
  }
  try {
    const result = await verifyChain(opened.database.db);
    const pending = result.pending
      ? `; ${result.pending} newer entries not yet chained (sealed by the server)`
      : "";
    if (!result.ok) {
      const { id, seq, problem } = result.bad;
      process.stderr.write(
        `Audit chain BROKEN at entry ${id} (seq ${seq}): ${problem}. ${result.entries} entries before it verified${pending}\n`,
      );
      return 1;
    }
    const head = result.head ? `; head seq ${result.head.seq} hash ${result.head.hash}` : "";
    process.stdout.write(`Audit chain intact: ${result.entries} entries verified${head}${pending}\n`);
    return 0;
  } finally {
    await opened.database.close();
  }
}
