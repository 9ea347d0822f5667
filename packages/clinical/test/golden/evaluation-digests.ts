/**
 * The Evaluation JSON of 10,000 seeded random presentations, as SHA-256 digests (one line each), so a
 * change to how the core computes or explains anything is caught byte for byte (issue "speed at
 * registry scale": the faster evaluator must answer exactly as this one does). The presentations come
 * from the property tests' generator with a fixed seed; fast-check is pinned by the lockfile.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { evaluatePresentation } from "../../src/evaluation/evaluate-presentation.ts";
import { presentationSchema } from "../../src/schema/presentation.ts";
import { presentationArb } from "../arbitrary-presentation.ts";

export const DIGEST_SEED = 20261202;
export const DIGEST_COUNT = 10_000;
export const DIGEST_FILE = new URL("./evaluation-digests.txt", import.meta.url);

export function evaluationDigests(count = DIGEST_COUNT): string[] {
  return fc.sample(presentationArb, { seed: DIGEST_SEED, numRuns: count }).map((input) => {
    const json = JSON.stringify(evaluatePresentation(presentationSchema.parse(input)));
    return createHash("sha256").update(json).digest("hex");
  });
}
