import { describe, expect, it } from "vitest";
import type { Machine } from "../machine.ts";
import { registryTable, renderMarkdown } from "./report.ts";
import { type BenchResults, resumeResults, withStep } from "./results.ts";

const machine: Machine = {
  cpu: "cpu",
  cores: 2,
  memoryGiB: 8,
  node: "v20",
  platform: "linux",
  loadAverage: 1.5,
};

function results(): BenchResults {
  let r = resumeResults(
    undefined,
    { kind: "quick", patients: 1000, seed: 1, sites: 4 },
    { started: "s", machine },
    false,
  );
  const imported = (rowsPerSecond: number) => ({
    patients: 1000,
    rows: 320_000,
    visits: 19_000,
    registryRowsPerSecond: rowsPerSecond,
    registryRowsPerSecondOverall: rowsPerSecond,
    registryPatientsPerSecond: 60,
    endToEndRowsPerSecond: rowsPerSecond - 1000,
    batchRowsPerSecond: [1, 2, 3, 4, 5],
    ms: { generate: 1, parse: 1, save: 1 },
  });
  r = withStep(r, "pglite/import", { status: "done", at: "t", figures: imported(20_000) });
  r = withStep(r, "postgres/import", { status: "done", at: "t", figures: imported(30_000) });
  r = withStep(r, "postgres/copy", { status: "done", at: "t", figures: { rowsPerSecond: 120_000 } });
  r = withStep(r, "pglite/export", { status: "not-available", at: "t", reason: "no route" });
  r = withStep(r, "postgres/chart-load", { status: "failed", at: "t", reason: "GET chart answered 401 | x" });
  return r;
}

describe("registryTable", () => {
  const table = registryTable(results());
  it("gives each database's registry rate as a share of PostgreSQL's COPY", () => {
    expect(table).toContain("of 5 batches | 20,000 (1–5) | 30,000 (1–5) |");
    expect(table).toContain("| **registry ÷ COPY** | **0.167** | **0.250** |");
  });
  it("says why a figure is missing, without breaking the table", () => {
    expect(table).toContain("| full pseudonymized export, rows/s | not available | not run |");
    expect(table).toContain("failed: GET chart answered 401 / x");
    expect(table).toContain("| chart API answers/s (2xx) | not run |");
    for (const line of table.split("\n")) expect(line.split(" | ")).toHaveLength(3);
  });
});

describe("renderMarkdown", () => {
  it("names the machine and its load, the cohort and the notes", () => {
    const md = renderMarkdown(results(), ["a note"]);
    expect(md).toContain("# CNO Atlas benchmarks (quick)");
    expect(md).toContain("1,000 synthetic patients, 19,000 visits, 320,000 registry rows (seed 1, 4 sites)");
    expect(md).toContain("cpu, 2 cores, 8 GiB, Node v20, linux, load average 1.5 at start");
    expect(md).toContain("- a note");
  });
});
