import type { InstrumentItem } from "./types.ts";

/**
 * Score bounds over additive items: a `null` item may be worth 0 or its points (D5: "scoreRange holds
 * [min, max] over the values the missing items could take"). Works for negative points too.
 */
export function scoreBounds(items: readonly InstrumentItem[]): { min: number; max: number; known: boolean } {
  let min = 0;
  let max = 0;
  let known = true;
  for (const item of items) {
    const points = item.points ?? 0;
    if (item.met === true) {
      min += points;
      max += points;
    } else if (item.met === null) {
      known = false;
      min += Math.min(0, points);
      max += Math.max(0, points);
    }
  }
  return { min, max, known };
}

/** `score` when every item is known, else `scoreRange` (D5). */
export function scoreFields(items: readonly InstrumentItem[]): {
  score?: number;
  scoreRange?: [number, number];
} {
  const { min, max, known } = scoreBounds(items);
  return known ? { score: min } : { scoreRange: [min, max] };
}

/**
 * D5 `missingToDecide`: the null items whose value could still change the outcome. Evaluates the
 * outcome once per completion of the null items (2^k, k small) on one scratch copy of the items, and
 * keeps each item whose flip, in some completion, changes it. `outcomeOf` must not keep the array.
 */
export function missingToDecide<T extends { id: string; met: boolean | null }>(
  items: readonly T[],
  outcomeOf: (completed: readonly T[]) => string,
): string[] {
  const scratch = items.map((item) => ({ ...item }));
  const unknown = scratch.filter((item) => item.met === null);
  if (unknown.length > 12) return unknown.map((item) => item.id); // too many to enumerate: every one may matter
  const completions = 1 << unknown.length;
  const outcomes: string[] = new Array(completions);
  for (let mask = 0; mask < completions; mask++) {
    unknown.forEach((item, bit) => {
      item.met = (mask & (1 << bit)) !== 0;
    });
    outcomes[mask] = outcomeOf(scratch);
  }
  return unknown
    .filter((_, bit) => {
      const flag = 1 << bit;
      for (let mask = 0; mask < completions; mask++) {
        if ((mask & flag) === 0 && outcomes[mask] !== outcomes[mask | flag]) return true;
      }
      return false;
    })
    .map((item) => item.id);
}

/**
 * The outcome every completion of the null items agrees on, or null when they differ. An outcome that
 * no missing value could change is decided, whatever an outcome table's "otherwise undecided" says.
 */
export function settledOutcome<T extends { id: string; met: boolean | null }>(
  items: readonly T[],
  outcomeOf: (completed: readonly T[]) => string,
): string | null {
  const scratch = items.map((item) => ({ ...item }));
  const unknown = scratch.filter((item) => item.met === null);
  if (unknown.length > 12) return null;
  let agreed: string | null = null;
  for (let mask = 0; mask < 1 << unknown.length; mask++) {
    unknown.forEach((item, bit) => {
      item.met = (mask & (1 << bit)) !== 0;
    });
    const outcome = outcomeOf(scratch);
    if (agreed !== null && outcome !== agreed) return null;
    agreed = outcome;
  }
  return agreed;
}
