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
 * D5 `missingToDecide`: the null items whose value could still change the outcome. Tries every
 * completion of the null items (few per instrument) and keeps those whose flip changes the outcome.
 */
export function missingToDecide(
  items: readonly { id: string; met: boolean | null }[],
  outcomeOf: (assumed: ReadonlyMap<string, boolean>) => string,
): string[] {
  const unknown = items.filter((item) => item.met === null).map((item) => item.id);
  if (unknown.length > 12) return unknown; // too many to enumerate: every one may matter
  const deciding = new Set<string>();
  const completions = 1 << unknown.length;
  for (let mask = 0; mask < completions; mask++) {
    const assumed = new Map(unknown.map((id, bit) => [id, (mask & (1 << bit)) !== 0]));
    const outcome = outcomeOf(assumed);
    unknown.forEach((id, bit) => {
      if (deciding.has(id) || (mask & (1 << bit)) !== 0) return;
      const flipped = new Map(assumed).set(id, true);
      if (outcomeOf(flipped) !== outcome) deciding.add(id);
    });
  }
  return unknown.filter((id) => deciding.has(id));
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
