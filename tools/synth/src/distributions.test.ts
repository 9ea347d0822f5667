import { conversionFactor, type LabResultInput, type LabTest } from "@cno-atlas/clinical";
import { describe, expect, it } from "vitest";
import {
  type Check,
  describe as explain,
  meanCheck,
  quantileCheck,
  shareCheck,
  TruncatedNormal,
} from "./distribution-checks.ts";
import { type CnoTruth, generateCohort, parameterValues, type SyntheticRecord } from "./index.ts";
import { DAYS_PER_MONTH, DAYS_PER_YEAR, dateToMs } from "./synthetic-dates.ts";

// D10 (docs/clinical/conventions.md#registry): distribution tests allow ±3 standard errors, computed from n and the parameters.
const N = 2000;
const P = parameterValues();
const started = performance.now();
const RECORDS: SyntheticRecord[] = [...generateCohort({ patients: N, seed: 8_5_2024, sites: 6 })];
const GENERATION_MS = performance.now() - started;
const CNO = RECORDS.filter((r) => r.truth.kind === "cno");
const TRUTH = CNO.map((r) => r.truth as CnoTruth & SyntheticRecord["truth"]);

const days = (from: string, to: string) => (dateToMs(to) - dateToMs(from)) / 86_400_000;
const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

function expectWithin(check: Check): void {
  expect(check.ok, explain(check)).toBe(true);
}

/** A baseline lab in canonical units (value × the unit's factor; "<" values stay below their bound). */
function baselineLab(record: SyntheticRecord, test: LabTest): number | undefined {
  const lab = record.course.visits[0]?.labs?.find((l: LabResultInput) => l.test === test);
  if (!lab || typeof lab.value !== "number" || !lab.unit) return undefined;
  return lab.value * (conversionFactor(test, lab.unit) ?? Number.NaN);
}

describe(`distributions of ${N} synthetic patients (docs/clinical/epidemiology.md) within ±3 SE`, () => {
  it("generates them within a few seconds", () => {
    expect(GENERATION_MS).toBeLessThan(10_000);
  });

  it("mimic share (D10 default 10 %)", () => {
    expectWithin(shareCheck("mimic share", N - CNO.length, N, P.mimicShare));
  });

  it("female share (Eurofever 310/486)", () => {
    expectWithin(
      shareCheck(
        "female",
        count(CNO, (r) => r.course.patient.sex === "female"),
        CNO.length,
        P.femaleShare,
      ),
    );
  });

  it("onset age: mean, quartiles (Jansson 2007 IQR 7.5–12 y, truncated to [3, 17])", () => {
    const ages = CNO.map(
      (r) => days(r.course.patient.birthDate as string, r.course.symptomOnset as string) / DAYS_PER_YEAR,
    );
    const dist = new TruncatedNormal(
      P.onsetAgeMeanYears,
      P.onsetAgeSdYears,
      P.onsetAgeRangeYears.min,
      P.onsetAgeRangeYears.max,
    );
    expectWithin(meanCheck("onset age mean", ages, dist));
    expectWithin(quantileCheck("onset age Q1", ages, 0.25, dist));
    expectWithin(quantileCheck("onset age median", ages, 0.5, dist));
    expectWithin(quantileCheck("onset age Q3", ages, 0.75, dist));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(P.onsetAgeRangeYears.min - 0.01);
    expect(Math.max(...ages)).toBeLessThanOrEqual(P.onsetAgeRangeYears.max + 0.01);
  });

  it("diagnostic delay: median of the log-normal fit to Wipff 2013, within the docs/clinical/epidemiology.md#demographics range", () => {
    const logDelays = CNO.map((r) =>
      Math.log(days(r.course.symptomOnset as string, r.course.diagnosisDate as string) / DAYS_PER_MONTH),
    );
    const { min, max } = P.delayRangeMonths;
    const dist = new TruncatedNormal(P.delayLogMeanMonths, P.delayLogSdMonths, Math.log(min), Math.log(max));
    expectWithin(quantileCheck("log delay median", logDelays, 0.5, dist));
    expectWithin(meanCheck("log delay mean", logDelays, dist));
    expect(Math.exp(Math.min(...logDelays))).toBeGreaterThanOrEqual(min - 0.05);
    expect(Math.exp(Math.max(...logDelays))).toBeLessThanOrEqual(max + 0.05);
  });

  it("multifocal share (WB-MRI distribution study 89 %) and symmetric share among multifocal (ACR 2020)", () => {
    const multifocal = TRUTH.filter((t) => t.multifocal);
    expectWithin(shareCheck("multifocal", multifocal.length, TRUTH.length, P.multifocalShare));
    expectWithin(
      shareCheck(
        "symmetric | multifocal",
        count(multifocal, (t) => t.symmetric),
        multifocal.length,
        P.symmetricShareAmongMultifocal,
      ),
    );
    expectWithin(
      shareCheck(
        "symmetric overall (53 %)",
        count(TRUTH, (t) => t.symmetric),
        TRUTH.length,
        0.53,
      ),
    );
  });

  it("bone counts: multifocal median within docs/clinical/epidemiology.md#generator-defaults's 3–6, none above 27", () => {
    const counts = TRUTH.filter((t) => t.multifocal)
      .map((t) => t.boneCount)
      .sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] as number;
    expect(median).toBeGreaterThanOrEqual(3);
    expect(median).toBeLessThanOrEqual(6);
    expect(Math.max(...counts)).toBeLessThanOrEqual(P.maxBones);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
  });

  it("spine involvement (Hospach 27/102) and vertebral deformity among spinal cases (14/27)", () => {
    const spinal = CNO.filter((r) => (r.truth as CnoTruth).spine);
    expectWithin(shareCheck("spine", spinal.length, CNO.length, P.spineShare));
    const collapsed = count(spinal, (r) =>
      r.course.imagingStudies.some((s) => s.lesions.some((l) => l.findings?.includes("vertebral-collapse"))),
    );
    expectWithin(
      shareCheck(
        "vertebral deformity | spine",
        collapsed,
        spinal.length,
        P.vertebralDeformityShareAmongSpinal,
      ),
    );
  });

  it("clavicle involvement: the share implied by its two sourced rates", () => {
    const p =
      P.multifocalShare * P.clavicleShareAmongMultifocal +
      (1 - P.multifocalShare) * (1 - P.spineShare) * P.clavicleShareAmongUnifocal;
    expectWithin(
      shareCheck(
        "clavicle",
        count(TRUTH, (t) => t.clavicle),
        TRUTH.length,
        p,
      ),
    );
  });

  it("fever at presentation (Wipff 2013, 32/164)", () => {
    expectWithin(
      shareCheck(
        "fever",
        count(CNO, (r) => r.course.visits[0]?.fever?.present === true),
        CNO.length,
        P.feverShare,
      ),
    );
  });

  it("inflammatory markers: raised (d'Angelo 61.3 %), CRP > 5 mg/L (44.8 %), ESR > 20 mm/h (60.9 %), read from the labs", () => {
    const raised = count(TRUTH, (t) => t.inflammation.raised);
    expectWithin(shareCheck("raised markers", raised, TRUTH.length, P.inflammatoryMarkersRaisedShare));
    const crp = CNO.map((r) => baselineLab(r, "crp"));
    const esr = CNO.map((r) => baselineLab(r, "esr"));
    expect(crp.every((v) => v !== undefined) && esr.every((v) => v !== undefined)).toBe(true);
    expectWithin(
      shareCheck(
        "CRP > 5 mg/L",
        count(crp, (v) => (v as number) > 5),
        CNO.length,
        P.crpAbove5Share,
      ),
    );
    expectWithin(
      shareCheck(
        "ESR > 20 mm/h",
        count(esr, (v) => (v as number) > 20),
        CNO.length,
        P.esrAbove20Share,
      ),
    );
  });

  it("HLA-B27 and coexisting conditions (NPRD, Eurofever, Schnabel, Czech)", () => {
    expectWithin(
      shareCheck(
        "HLA-B27",
        count(TRUTH, (t) => t.hlaB27Positive),
        TRUTH.length,
        P.hlaB27PositiveShare,
      ),
    );
    for (const [condition, p] of Object.entries(P.coexistingShares)) {
      // Conditions noted after the data cut-off are not in the record: their share is a lower bound.
      const noted = count(TRUTH, (t) => t.coexistingConditions.includes(condition as never));
      const check = shareCheck(condition, noted, TRUTH.length, p);
      expect(check.observed <= p + 3 * check.standardError, explain(check)).toBe(true);
      expect(
        check.observed >= p * P.conditionNotedAtDiagnosisShare - 3 * check.standardError,
        explain(check),
      ).toBe(true);
    }
  });

  it("NSAID response (Swiss cohort 57 %): patients who never left the first line", () => {
    // Spinal patients may start on the second line; among the rest, NSAID alone sufficed in 57 %.
    const onNsaidFirst = CNO.filter((r) =>
      r.course.treatments.filter((t) => t.start === r.truth.firstVisit).every((t) => t.drugClass === "nsaid"),
    );
    const nsaidOnly = count(onNsaidFirst, (r) => {
      const firstFlare = r.course.visits.find((v) => v.kind === "flare")?.date ?? "9999";
      const before = r.course.treatments.filter((t) => t.start < firstFlare);
      return before.every((t) => t.drugClass === "nsaid");
    });
    expectWithin(shareCheck("NSAID sufficient", nsaidOnly, onNsaidFirst.length, P.nsaidResponseShare));
  });
});
