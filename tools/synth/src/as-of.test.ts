import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCohort, toNdjson } from "./index.ts";

/** Every ISO date anywhere in a record (visits, labs, studies, treatments, conditions, cultures…). */
function datesIn(value: unknown): string[] {
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(datesIn);
  return [];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const ndjson = (asOf: string) =>
  [...generateCohort({ patients: 60, seed: "as-of", sites: 2, mimicShare: 0.25, asOf })]
    .map(toNdjson)
    .join("");

describe("a cohort generated as of a date (D11)", () => {
  it("holds nothing after the as-of date, and runs up to it", () => {
    const asOf = "2026-12-02";
    const records = [...generateCohort({ patients: 200, seed: "as-of", sites: 2, mimicShare: 0.25, asOf })];
    const dates = records.flatMap((r) => datesIn(r.course));
    expect(dates.filter((d) => d > asOf)).toEqual([]);
    // The cut-off falls on the as-of date, so the latest follow-up reaches the final year.
    expect(
      records
        .map((r) => r.truth.lastVisit)
        .sort()
        .at(-1)
        ?.slice(0, 4),
    ).toBe("2026");
  });

  it("same seed and as-of date give byte-identical output; another date gives other dates", () => {
    expect(sha256(ndjson("2026-12-02"))).toBe(sha256(ndjson("2026-12-02")));
    expect(ndjson("2026-12-03")).not.toBe(ndjson("2026-12-02"));
  });

  it("refuses an impossible date, and an epoch together with an as-of date", () => {
    expect(() => [...generateCohort({ patients: 1, seed: 1, sites: 1, asOf: "2026-02-30" })]).toThrow(/asOf/);
    expect(() => [
      ...generateCohort({ patients: 1, seed: 1, sites: 1, asOf: "2026-01-01", epoch: "2015-01-01" }),
    ]).toThrow(/not both/);
  });
});
