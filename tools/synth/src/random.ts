/**
 * Seeded randomness for the synthetic cohort (D10 (docs/clinical/conventions.md#registry): seeded PRNG, byte-identical output for
 * a seed). A mutable wrapper over pure-rand's xoroshiro128+; every patient draws from its own stream,
 * derived from (seed, label, index), so a record does not depend on how many records came before it.
 */
import { type RandomGenerator, xoroshiro128plus } from "pure-rand";

export type Seed = number | string;

/** murmur3's 32-bit finaliser: a bijective mix of one word. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units, for string seeds and stream labels. */
function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Two 32-bit words of a seed: integers up to 2^53 keep all their bits, strings are hashed twice. */
function seedWords(seed: Seed): [number, number] {
  if (typeof seed === "string") return [hashString(seed), hashString(seed, 0x050c5d1f)];
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a safe integer or a string, got ${seed}`);
  const magnitude = Math.abs(seed);
  return [magnitude >>> 0, (Math.floor(magnitude / 0x1_0000_0000) ^ (seed < 0 ? 0x8000_0000 : 0)) >>> 0];
}

const TWO_POW_53 = 9007199254740992;

export class Random {
  readonly #generator: RandomGenerator;

  private constructor(generator: RandomGenerator) {
    this.#generator = generator;
  }

  /** An independent stream for (seed, label, index): 128 bits of state from a mix of all three. */
  static stream(seed: Seed, label: string, index = 0): Random {
    const [lo, hi] = seedWords(seed);
    const tag = hashString(label);
    const words = [0, 1, 2, 3].map((k) =>
      fmix32(fmix32(fmix32(lo ^ Math.imul(k + 1, 0x9e3779b9)) ^ hi) ^ tag ^ fmix32(index + k * 0x632be5ab)),
    );
    if (!words.some((w) => w !== 0)) words[0] = 1; // xoroshiro's one forbidden state
    return new Random(xoroshiro128plus.fromState(words.map((w) => w | 0)));
  }

  /** A uniform unsigned 32-bit integer. */
  uint32(): number {
    return this.#generator.unsafeNext() >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  float(): number {
    const high = this.uint32() >>> 5;
    const low = this.uint32() >>> 6;
    return (high * 67108864 + low) / TWO_POW_53;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  bernoulli(p: number): boolean {
    return this.float() < p;
  }

  /** Standard Box–Muller; one pair of uniforms per draw, no cached spare, so draws stay in step. */
  normal(mean = 0, sd = 1): number {
    const u1 = 1 - this.float(); // (0, 1]
    const u2 = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Normal restricted to [min, max], by inversion: exact, one uniform, no rejection loop. */
  truncatedNormal(mean: number, sd: number, min: number, max: number): number {
    const lo = normalCdf((min - mean) / sd);
    const hi = normalCdf((max - mean) / sd);
    const z = normalQuantile(lo + (hi - lo) * this.float());
    return Math.min(max, Math.max(min, mean + sd * z));
  }

  /** Log-normal restricted to [min, max]; `logMean`/`logSd` are on the log scale. */
  truncatedLogNormal(logMean: number, logSd: number, min: number, max: number): number {
    return Math.exp(this.truncatedNormal(logMean, logSd, Math.log(min), Math.log(max)));
  }

  exponential(rate: number): number {
    return -Math.log(1 - this.float()) / rate;
  }

  /** Knuth's product method; fine for the small means used here. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.float();
    while (product > limit) {
      k++;
      product *= this.float();
    }
    return k;
  }

  /** Negative binomial as a gamma–Poisson mixture with the given mean and dispersion (shape) r. */
  negativeBinomial(mean: number, dispersion: number): number {
    return this.poisson(this.gamma(dispersion) * (mean / dispersion));
  }

  /** Gamma(shape, 1): Marsaglia–Tsang, with the shape < 1 boost. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * this.float() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = this.float();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  /** One key of `weights`, with probability proportional to its weight (keys in insertion order). */
  categorical<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let target = this.float() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    return (entries.at(-1) as [K, number])[0];
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i += 4) {
      const word = this.uint32();
      for (let k = 0; k < 4 && i + k < count; k++) out[i + k] = (word >>> (8 * k)) & 0xff;
    }
    return out;
  }
}

/** erfc with fractional error < 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit), so tails stay exact. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(-z * z + poly);
  return x >= 0 ? value : 2 - value;
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

export function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const tail = (q: number) =>
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
