/**
 * Expected values and standard errors for the distribution tests (D10 (docs/clinical/conventions.md#registry): "distribution
 * tests allow ±3 standard errors"). Tolerances come from n and the parameters, never hand-tuned.
 */
import { normalCdf, normalDensity, normalQuantile } from "./random.ts";

export interface Check {
  name: string;
  observed: number;
  expected: number;
  standardError: number;
  /** |observed − expected| in standard errors. */
  z: number;
  ok: boolean;
}

function check(name: string, observed: number, expected: number, standardError: number): Check {
  const z = Math.abs(observed - expected) / standardError;
  return { name, observed, expected, standardError, z, ok: z <= 3 };
}

/** A share: successes out of n against probability p; SE = √(p(1−p)/n). */
export function shareCheck(name: string, successes: number, n: number, p: number): Check {
  return check(name, successes / n, p, Math.sqrt((p * (1 - p)) / n));
}

/** A normal(μ, σ) truncated to [a, b]. */
export class TruncatedNormal {
  readonly #alpha: number;
  readonly #beta: number;
  readonly #mass: number;

  constructor(
    readonly mean: number,
    readonly sd: number,
    readonly min: number,
    readonly max: number,
  ) {
    this.#alpha = (min - mean) / sd;
    this.#beta = (max - mean) / sd;
    this.#mass = normalCdf(this.#beta) - normalCdf(this.#alpha);
  }

  expectation(): number {
    return this.mean + (this.sd * (normalDensity(this.#alpha) - normalDensity(this.#beta))) / this.#mass;
  }

  variance(): number {
    const a = this.#alpha;
    const b = this.#beta;
    const shift = (normalDensity(a) - normalDensity(b)) / this.#mass;
    return this.sd ** 2 * (1 + (a * normalDensity(a) - b * normalDensity(b)) / this.#mass - shift ** 2);
  }

  quantile(p: number): number {
    return this.mean + this.sd * normalQuantile(normalCdf(this.#alpha) + p * this.#mass);
  }

  density(x: number): number {
    return normalDensity((x - this.mean) / this.sd) / (this.sd * this.#mass);
  }
}

/** The sample mean against the distribution's mean; SE = σ/√n. */
export function meanCheck(name: string, values: readonly number[], dist: TruncatedNormal): Check {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return check(name, mean, dist.expectation(), Math.sqrt(dist.variance() / values.length));
}

function sampleQuantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return low + (h - lo) * (high - low);
}

/** A sample quantile against the distribution's; asymptotic SE = √(p(1−p)/n) / f(q). */
export function quantileCheck(
  name: string,
  values: readonly number[],
  p: number,
  dist: TruncatedNormal,
): Check {
  const sorted = [...values].sort((a, b) => a - b);
  const q = dist.quantile(p);
  return check(
    name,
    sampleQuantile(sorted, p),
    q,
    Math.sqrt((p * (1 - p)) / values.length) / dist.density(q),
  );
}

export function describe(c: Check): string {
  return `${c.name}: observed ${c.observed.toFixed(4)}, expected ${c.expected.toFixed(4)} ± 3 × ${c.standardError.toFixed(4)} (z ${c.z.toFixed(2)})`;
}
