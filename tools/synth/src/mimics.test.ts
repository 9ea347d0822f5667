import { assessCourse, courseSchema, type RedFlag } from "@cno-atlas/clinical";
import { describe, expect, it } from "vitest";
import {
  generateCohort,
  MIMIC_KINDS,
  type MimicKind,
  type MimicTruth,
  type SyntheticRecord,
} from "./index.ts";

// An all-mimic cohort: every mimic kind appears many times.
const MIMICS = [...generateCohort({ patients: 240, seed: 77, sites: 3, mimicShare: 1 })];
const truthOf = (r: SyntheticRecord) => r.truth as MimicTruth & SyntheticRecord["truth"];

function flagsAt(record: SyntheticRecord, on: string): RedFlag[] {
  return assessCourse(courseSchema.parse(record.course), on).evaluation.redFlags;
}

function ofKind(kind: MimicKind): SyntheticRecord[] {
  return MIMICS.filter((r) => truthOf(r).mimic === kind);
}

const CONFIRMED = new Set([
  "rf-mal-confirmed",
  "rf-inf-confirmed",
  "rf-met-scurvy-confirmed",
  "rf-met-hpp-confirmed",
]);

describe("mimics exercise the red flags of D7 (docs/clinical/red-flags.md)", () => {
  it("generates every mimic kind", () => {
    expect(MIMICS.every((r) => r.truth.kind === "mimic")).toBe(true);
    for (const kind of MIMIC_KINDS) expect(ofKind(kind).length, kind).toBeGreaterThan(5);
  });

  it.each([
    ["leukaemia", "malignancy"],
    ["bacterial-osteomyelitis", "infection"],
    ["scurvy", "metabolic"],
    ["hypophosphatasia", "metabolic"],
    ["langerhans-cell-histiocytosis", "malignancy"],
    ["ewing-sarcoma", "malignancy"],
  ] as const)(
    "%s fires a flag of the %s group from its features, at presentation and at the last visit",
    (kind, group) => {
      for (const record of ofKind(kind)) {
        expect(truthOf(record).redFlagGroup).toBe(group);
        for (const on of [record.truth.firstVisit, record.truth.lastVisit]) {
          const flags = flagsAt(record, on).filter((f) => f.group === group);
          // A feature fires it, not only a work-up already marked "confirmed".
          expect(
            flags.filter((f) => !CONFIRMED.has(f.id)).map((f) => f.id),
            `${record.identifiers.name} on ${on}`,
          ).not.toEqual([]);
        }
      }
    },
  );

  it("leukaemia fires a high-severity malignancy flag (blasts, cytopenia, lysis labs or marrow infiltration)", () => {
    for (const record of ofKind("leukaemia")) {
      const high = flagsAt(record, record.truth.firstVisit).filter(
        (f) => f.group === "malignancy" && f.severity !== "info",
      );
      expect(high.length, record.identifiers.name).toBeGreaterThan(0);
    }
  });

  it("scurvy fires rf-met-scurvy or, without a vitamin C result, rf-met-scurvy-not-excluded", () => {
    for (const record of ofKind("scurvy")) {
      const ids = flagsAt(record, record.truth.firstVisit).map((f) => f.id);
      expect(
        ids.some((id) => id === "rf-met-scurvy" || id === "rf-met-scurvy-not-excluded"),
        ids.join(", "),
      ).toBe(true);
    }
  });

  it("bacterial osteomyelitis is unifocal and mostly febrile, firing rf-inf-fever-unifocal then", () => {
    for (const record of ofKind("bacterial-osteomyelitis")) {
      expect(truthOf(record).boneCount).toBe(1);
      const ids = flagsAt(record, record.truth.firstVisit).map((f) => f.id);
      if (truthOf(record).feverAtPresentation) expect(ids).toContain("rf-inf-fever-unifocal");
    }
  });

  it("a CNO cohort raises fewer high-severity flags than its mimics", () => {
    const cno = [...generateCohort({ patients: 120, seed: 77, sites: 3, mimicShare: 0 })];
    const highShare = (records: SyntheticRecord[]) =>
      records.filter((r) => flagsAt(r, r.truth.firstVisit).some((f) => f.severity === "high")).length /
      records.length;
    expect(highShare(cno)).toBeLessThan(0.2);
    expect(highShare(MIMICS)).toBeGreaterThan(0.6);
  });
});
