import { describe, expect, it } from "vitest";
import { median, percentileOfSorted, percentiles, perSecond } from "./stats.ts";

describe("median", () => {
  it("takes the middle of an odd count and the mean of the middle two of an even one, unsorted input", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it("is NaN for no values and leaves its input alone", () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("percentiles (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("gives the smallest value with at least p % at or below it", () => {
    expect(percentileOfSorted(hundred, 50)).toBe(50);
    expect(percentileOfSorted(hundred, 95)).toBe(95);
    expect(percentileOfSorted(hundred, 99)).toBe(99);
    expect(percentileOfSorted(hundred, 100)).toBe(100);
    expect(percentileOfSorted([10, 20, 30], 50)).toBe(20);
    expect(percentileOfSorted([10, 20, 30], 99)).toBe(30);
    expect(percentileOfSorted([10], 1)).toBe(10);
  });
  it("refuses a percentile outside (0, 100] and is NaN for no values", () => {
    expect(() => percentileOfSorted([1], 0)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], 101)).toThrow(RangeError);
    expect(percentileOfSorted([], 50)).toBeNaN();
  });
  it("summarises an unsorted sample numerically (not as strings)", () => {
    const sample = [...hundred].reverse().map((v) => v * 1.5);
    expect(percentiles(sample)).toEqual({ count: 100, p50: 75, p95: 142.5, p99: 148.5, max: 150 });
    expect(percentiles([9, 10, 100]).p50).toBe(10);
  });
});

describe("perSecond", () => {
  it("rounds count ÷ seconds and is NaN for no time", () => {
    expect(perSecond(300, 1500)).toBe(200);
    expect(perSecond(1, 3)).toBe(333);
    expect(perSecond(5, 0)).toBeNaN();
  });
});
