import { createHash } from "node:crypto";
import { validate, version } from "uuid";
import { describe, expect, it } from "vitest";
import { generateCohort, generatePatient, syntheticSites, toNdjson } from "./index.ts";

function ndjson(options: Parameters<typeof generateCohort>[0]): string {
  let text = "";
  for (const record of generateCohort(options)) text += toNdjson(record);
  return text;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("determinism (D10 (docs/clinical/conventions.md#registry))", () => {
  it("gives byte-identical NDJSON for the same patients, seed and sites", () => {
    const a = ndjson({ patients: 120, seed: 2015, sites: 3 });
    const b = ndjson({ patients: 120, seed: 2015, sites: 3 });
    expect(a.length).toBeGreaterThan(0);
    expect(sha256(a)).toBe(sha256(b));
  });

  it("differs across seeds, record by record", () => {
    const a = [...generateCohort({ patients: 40, seed: 1, sites: 2 })].map(toNdjson);
    const b = [...generateCohort({ patients: 40, seed: 2, sites: 2 })].map(toNdjson);
    expect(a.filter((line, i) => line === b[i])).toEqual([]);
  });

  it("accepts string seeds deterministically, distinct from other seeds", () => {
    expect(ndjson({ patients: 5, seed: "demo", sites: 1 })).toBe(
      ndjson({ patients: 5, seed: "demo", sites: 1 }),
    );
    expect(ndjson({ patients: 5, seed: "demo", sites: 1 })).not.toBe(
      ndjson({ patients: 5, seed: "demo2", sites: 1 }),
    );
  });

  it("gives patient k the same record whatever the cohort size, and by random access", () => {
    const small = [...generateCohort({ patients: 10, seed: 7, sites: 2 })];
    const large = [...generateCohort({ patients: 30, seed: 7, sites: 2 })].slice(0, 10);
    // Only the zero-padding of identifiers depends on the cohort size (5 digits up to 99,999 patients).
    expect(large.map(toNdjson)).toEqual(small.map(toNdjson));
    expect(toNdjson(generatePatient({ patients: 10, seed: 7, sites: 2 }, 4))).toBe(
      toNdjson(small[4] as never),
    );
  });

  it("streams: the generator yields one record at a time", () => {
    const iterator = generateCohort({ patients: 1_000_000, seed: 3, sites: 5 });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(iterator.next().done).toBe(false);
    iterator.return();
  });

  it("uses UUIDv7 ids stamped with the synthetic baseline date, and synthetic site ids", () => {
    const sites = syntheticSites(11, 3);
    expect(syntheticSites(11, 3)).toEqual(sites);
    expect(sites.map((s) => s.name)).toEqual(["Synthetic Site 01", "Synthetic Site 02", "Synthetic Site 03"]);
    for (const record of generateCohort({ patients: 50, seed: 11, sites: 3 })) {
      expect(validate(record.id) && version(record.id)).toBe(7);
      const msecs = Number.parseInt(record.id.replaceAll("-", "").slice(0, 12), 16);
      expect(new Date(msecs).toISOString().slice(0, 10)).toBe(record.truth.firstVisit);
      expect(sites.map((s) => s.id)).toContain(record.siteId);
    }
  });

  it("spreads patients over given site ids, and labels identifiers as synthetic", () => {
    const ids = ["site-a", "site-b"];
    const records = [...generateCohort({ patients: 30, seed: 5, sites: ids })];
    expect(new Set(records.map((r) => r.siteId))).toEqual(new Set(ids));
    records.forEach((r, i) => {
      const number = String(i + 1).padStart(5, "0");
      expect(r.identifiers).toEqual({ name: `Synthetic Patient ${number}`, mrn: `SYN-${number}` });
    });
  });

  it("rejects malformed options", () => {
    expect(() => generateCohort({ patients: -1, seed: 1, sites: 1 }).next()).toThrow(/patients/);
    expect(() => generateCohort({ patients: 1, seed: 1.5, sites: 1 }).next()).toThrow(/seed/);
    expect(() => generateCohort({ patients: 1, seed: 1, sites: 0 }).next()).toThrow(/sites/);
    expect(() => generateCohort({ patients: 1, seed: 1, sites: 1, mimicShare: 2 }).next()).toThrow(
      /mimicShare/,
    );
  });
});
