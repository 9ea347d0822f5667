/**
 * Rewrites the stored digests: run only when an output change is intended and reviewed
 * (`npx tsx packages/clinical/test/golden/write-evaluation-digests.ts`), and say why in the commit.
 */
import { writeFileSync } from "node:fs";
import { DIGEST_FILE, evaluationDigests } from "./evaluation-digests.ts";

writeFileSync(DIGEST_FILE, `${evaluationDigests().join("\n")}\n`);
process.stdout.write(`wrote ${DIGEST_FILE.pathname}\n`);
