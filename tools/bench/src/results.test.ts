import { describe, expect, it } from "vitest";
import type { Machine } from "../machine.ts";
import { type BenchResults, figuresOf, isDone, type RunConfig, resumeResults, withStep } from "./results.ts";

const machine: Machine = {
  cpu: "test cpu",
  cores: 2,
  memoryGiB: 8,
  node: "v20",
  platform: "linux",
  loadAverage: 0,
};
const config: RunConfig = { kind: "full", patients: 20_000, seed: 1, sites: 4 };
const first = { started: "2026-01-01T00:00:00Z", machine };
const second = { started: "2026-01-02T00:00:00Z", machine };

function earlier(): BenchResults {
  let results = resumeResults(undefined, config, first, false);
  results = withStep(results, "evaluator", { status: "done", at: "t", figures: { evaluatePerSecond: 5 } });
  results = withStep(results, "pglite/import", { status: "running", at: "t", progress: { done: 4000 } });
  results = withStep(results, "pglite/export", { status: "not-available", at: "t", reason: "no route" });
  results = withStep(results, "pglite/queries", { status: "failed", at: "t", reason: "boom" });
  return results;
}

describe("resumeResults", () => {
  it("starts empty without earlier results", () => {
    expect(resumeResults(undefined, config, first, false)).toEqual({ config, sessions: [first], steps: {} });
  });

  it("keeps finished steps and a running step's progress, drops failed and unavailable ones to run them again", () => {
    const resumed = resumeResults(earlier(), config, second, false);
    expect(Object.keys(resumed.steps).sort()).toEqual(["evaluator", "pglite/import"]);
    expect(isDone(resumed, "evaluator")).toBe(true);
    expect(isDone(resumed, "pglite/import")).toBe(false);
    expect(resumed.steps["pglite/import"]?.progress).toEqual({ done: 4000 });
    expect(resumed.sessions).toEqual([first, second]);
  });

  it("starts afresh for another size, seed or kind, or when asked", () => {
    for (const other of [
      { ...config, patients: 100_000 },
      { ...config, seed: 2 },
      { ...config, sites: 1 },
      { ...config, kind: "quick" as const },
    ])
      expect(resumeResults(earlier(), other, second, false).steps).toEqual({});
    expect(resumeResults(earlier(), config, second, true).steps).toEqual({});
  });
});

describe("withStep and figuresOf", () => {
  it("records a step without changing the results it was given", () => {
    const before = earlier();
    const after = withStep(before, "pglite/queries", { status: "done", at: "t2", figures: [1] });
    expect(before.steps["pglite/queries"]?.status).toBe("failed");
    expect(figuresOf<number[]>(after, "pglite/queries")).toEqual([1]);
  });
  it("gives figures of finished steps only", () => {
    expect(figuresOf(earlier(), "pglite/import")).toBeUndefined();
    expect(figuresOf(earlier(), "absent")).toBeUndefined();
    expect(figuresOf(earlier(), "evaluator")).toEqual({ evaluatePerSecond: 5 });
  });
});
