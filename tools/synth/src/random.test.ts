import { describe, expect, it } from "vitest";
import { shareCheck } from "./distribution-checks.ts";
import { normalCdf, normalQuantile, Random } from "./random.ts";

const draws = (rng: Random, n: number, f: (r: Random) => number) => Array.from({ length: n }, () => f(rng));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe("Random: seeded streams over pure-rand", () => {
  it("repeats a stream for the same (seed, label, index) and separates different ones", () => {
    const a = draws(Random.stream(42, "patient", 3), 8, (r) => r.uint32());
    expect(draws(Random.stream(42, "patient", 3), 8, (r) => r.uint32())).toEqual(a);
    expect(draws(Random.stream(42, "patient", 4), 8, (r) => r.uint32())).not.toEqual(a);
    expect(draws(Random.stream(43, "patient", 3), 8, (r) => r.uint32())).not.toEqual(a);
    expect(draws(Random.stream(42, "sites", 3), 8, (r) => r.uint32())).not.toEqual(a);
    expect(draws(Random.stream(2 ** 40 + 42, "patient", 3), 8, (r) => r.uint32())).not.toEqual(a);
  });

  it("draws uniform floats in [0, 1) with mean ½ and variance 1/12 (±3 SE)", () => {
    const n = 20_000;
    const xs = draws(Random.stream(1, "u"), n, (r) => r.float());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / n));
  });

  it("draws normals with the asked mean and SD, Bernoulli and categorical shares (±3 SE)", () => {
    const n = 20_000;
    const rng = Random.stream(2, "n");
    const xs = draws(rng, n, (r) => r.normal(10, 2));
    expect(Math.abs(mean(xs) - 10)).toBeLessThan(3 * (2 / Math.sqrt(n)));
    const variance = mean(xs.map((x) => (x - 10) ** 2));
    expect(Math.abs(variance - 4)).toBeLessThan(3 * 4 * Math.sqrt(2 / n));
    const hits = draws(rng, n, (r) => (r.bernoulli(0.3) ? 1 : 0)).reduce((s, x) => s + x, 0);
    expect(shareCheck("bernoulli", hits, n, 0.3).ok).toBe(true);
    const picks = draws(rng, n, (r) => (r.categorical({ a: 1, b: 3 }) === "b" ? 1 : 0)).reduce(
      (s, x) => s + x,
      0,
    );
    expect(shareCheck("categorical", picks, n, 0.75).ok).toBe(true);
  });

  it("keeps truncated draws inside their bounds, integers inclusive, Poisson mean", () => {
    const rng = Random.stream(3, "t");
    const xs = draws(rng, 5000, (r) => r.truncatedNormal(0, 1, -0.5, 2));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(2);
    const ints = new Set(draws(rng, 2000, (r) => r.int(1, 3)));
    expect([...ints].sort()).toEqual([1, 2, 3]);
    const counts = draws(rng, 20_000, (r) => r.poisson(2.5));
    expect(Math.abs(mean(counts) - 2.5)).toBeLessThan(3 * Math.sqrt(2.5 / 20_000));
    expect(rng.bytes(16)).toHaveLength(16);
  });

  it("inverts the normal CDF", () => {
    for (const z of [-3, -1.5, -0.2, 0, 0.7, 2.4]) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 5);
    expect(normalQuantile(0.75)).toBeCloseTo(0.6744898, 6);
  });
});
