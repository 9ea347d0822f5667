/** Small, pure statistics for benchmark figures: medians of runs, latency percentiles. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The nearest-rank percentile (p in (0, 100]) of values already sorted ascending: the smallest value
 * with at least p % of the values at or below it. NaN for no values.
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must lie in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** p50/p95/p99/max of a sample (sorts a copy; 0.01 ms resolution is plenty for HTTP latencies). */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: list.length,
    p50: round(percentileOfSorted(list, 50)),
    p95: round(percentileOfSorted(list, 95)),
    p99: round(percentileOfSorted(list, 99)),
    max: round(list.at(-1) ?? Number.NaN),
  };
}

/** Per second, from a count and elapsed milliseconds; rounded to a whole number. */
export function perSecond(count: number, milliseconds: number): number {
  return milliseconds > 0 ? Math.round((count * 1000) / milliseconds) : Number.NaN;
}
