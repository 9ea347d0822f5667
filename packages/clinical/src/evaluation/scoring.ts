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
 * outcome once per completion of the null items (2^k, k small) and keeps each item whose flip, in
 * some completion, changes it.
 */
export function missingToDecide(
  items: readonly { id: string; met: boolean | null }[],
  outcomeOf: (assumed: ReadonlyMap<string, boolean>) => string,
): string[] {
  const unknown = items.filter((item) => item.met === null).map((item) => item.id);
  if (unknown.length > 12) return unknown; // too many to enumerate: every one may matter
  const completions = 1 << unknown.length;
  const outcomes: string[] = new Array(completions);
  for (let mask = 0; mask < completions; mask++) {
    const assumed = new Map<string, boolean>();
    for (let bit = 0; bit < unknown.length; bit++)
      assumed.set(unknown[bit] as string, (mask & (1 << bit)) !== 0);
    outcomes[mask] = outcomeOf(assumed);
  }
  return unknown.filter((_, bit) => {
    const flag = 1 << bit;
    for (let mask = 0; mask < completions; mask++) {
      if ((mask & flag) === 0 && outcomes[mask] !== outcomes[mask | flag]) return true;
    }
    return false;
  });
}

/** Items with their null values replaced by an assumed completion. */
export function complete<T extends { id: string; met: boolean | null }>(
  items: readonly T[],
  assumed: ReadonlyMap<string, boolean>,
): T[] {
  return items.map((item) =>
    item.met === null && assumed.has(item.id) ? { ...item, met: assumed.get(item.id) ?? null } : item,
  );
}
