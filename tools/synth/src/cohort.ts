/**
 * The synthetic cohort (issue 6, part 1): `generateCohort` yields one record per patient, streaming,
 * in constant memory. Each patient draws from its own PRNG stream (seed, "patient", index), so record
 * k is the same whatever the cohort size, and the same options give byte-identical NDJSON (D10).
 */

import { type CourseInput, isoDate } from "@cno-atlas/clinical";
import { type BuiltCourse, buildCnoCourse, type CnoTruth } from "./course.ts";
import { syntheticUuid } from "./ids.ts";
import { LAB_PROFILES, type LabProfile } from "./labs.ts";
import { buildMimicCourse, type MimicTruth } from "./mimics.ts";
import { type ParameterValues, parameterValues } from "./parameters.ts";
import { cutoffDay } from "./patient.ts";
import { Random, type Seed } from "./random.ts";
import { Calendar, DEFAULT_EPOCH } from "./synthetic-dates.ts";

export type PatientTruth = CnoTruth | MimicTruth;

export interface SyntheticSite {
  id: string;
  name: string;
  /** How this site's laboratory reports units (labs.ts LAB_PROFILES). */
  labProfile: string;
}

export interface SyntheticRecord {
  id: string;
  siteId: string;
  researchConsent: "yes" | "no" | "withdrawn";
  /** Clearly fictitious; never a real name or record number. */
  identifiers: { name: string; mrn: string };
  /** What the generator meant: for tests and demos, not part of the clinical record. */
  truth: PatientTruth & { firstVisit: string; lastVisit: string };
  course: CourseInput;
}

export interface CohortOptions {
  patients: number;
  seed: Seed;
  /** A number of synthetic sites, or the ids of existing sites to spread patients over. */
  sites: number | readonly string[];
  /** Share of mimic patients; default 0.10 (D10). */
  mimicShare?: number;
  /** Day 0 of all synthetic dates; default 2015-01-01 (D10). Not together with `asOf`. */
  epoch?: string;
  /**
   * Generate as of this date (D11): the data cut-off falls on it, so nothing is dated after it.
   * The epoch becomes as-of minus the cut-off span; the same seed and as-of give the same output.
   */
  asOf?: string;
  /** Any other parameter overridden (parameters.ts), e.g. a male-predominant cohort. */
  parameters?: Partial<ParameterValues>;
}

/** Synthetic sites: UUIDv7 ids stamped at the epoch, names "Synthetic Site 01", …. */
export function syntheticSites(seed: Seed, count: number, epoch: string = DEFAULT_EPOCH): SyntheticSite[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`sites must be a whole number ≥ 1, got ${count}`);
  const rng = Random.stream(seed, "sites");
  const at = new Calendar(epoch).ms(0);
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => ({
    id: syntheticUuid(rng, at),
    name: `Synthetic Site ${String(i + 1).padStart(width, "0")}`,
    labProfile: (LAB_PROFILES[i % LAB_PROFILES.length] as LabProfile).name,
  }));
}

/** The epoch: given, or derived from an as-of date so that the cut-off falls on it. */
function epochOf(options: CohortOptions, P: ParameterValues): string {
  if (options.asOf === undefined) return options.epoch ?? DEFAULT_EPOCH;
  if (options.epoch !== undefined) throw new Error("give epoch or asOf, not both");
  if (!isoDate.safeParse(options.asOf).success)
    throw new Error(`asOf must be a date in the form YYYY-MM-DD, not ${options.asOf}`);
  return new Calendar(options.asOf).iso(-cutoffDay(P));
}

interface Prepared {
  seed: Seed;
  siteIds: readonly string[];
  P: ParameterValues;
  calendar: Calendar;
  width: number;
}

function prepare(options: CohortOptions): Prepared {
  const { patients, seed, sites } = options;
  if (!Number.isInteger(patients) || patients < 0)
    throw new Error(`patients must be a whole number ≥ 0, got ${patients}`);
  const P = parameterValues({
    ...options.parameters,
    ...(options.mimicShare === undefined ? {} : { mimicShare: options.mimicShare }),
  });
  const epoch = epochOf(options, P);
  const siteIds = typeof sites === "number" ? syntheticSites(seed, sites, epoch).map((s) => s.id) : sites;
  if (siteIds.length === 0) throw new Error("sites: give at least one site");
  if (P.mimicShare < 0 || P.mimicShare > 1)
    throw new Error(`mimicShare must lie in [0, 1], got ${P.mimicShare}`);
  return { seed, siteIds, P, calendar: new Calendar(epoch), width: Math.max(5, String(patients).length) };
}

function patientRecord(prep: Prepared, index: number): SyntheticRecord {
  const { P, calendar, siteIds } = prep;
  const rng = Random.stream(prep.seed, "patient", index);
  const site = rng.int(0, siteIds.length - 1);
  const profile = LAB_PROFILES[site % LAB_PROFILES.length] as LabProfile;
  const researchConsent = rng.categorical(P.researchConsentWeights);
  const built: BuiltCourse<PatientTruth> = rng.bernoulli(P.mimicShare)
    ? buildMimicCourse(rng, P, calendar, profile)
    : buildCnoCourse(rng, P, calendar, profile);
  const number = String(index + 1).padStart(prep.width, "0");
  return {
    id: syntheticUuid(rng, calendar.ms(calendar.day(built.firstVisit))),
    siteId: siteIds[site] as string,
    researchConsent,
    identifiers: { name: `Synthetic Patient ${number}`, mrn: `SYN-${number}` },
    truth: { ...built.truth, firstVisit: built.firstVisit, lastVisit: built.lastVisit },
    course: built.course,
  };
}

/** One patient of a cohort by position, without generating the others. */
export function generatePatient(options: CohortOptions, index: number): SyntheticRecord {
  return patientRecord(prepare(options), index);
}

/** The cohort as a stream: iterate it, write each record, keep nothing. */
export function* generateCohort(options: CohortOptions): Generator<SyntheticRecord, void, undefined> {
  const prep = prepare(options);
  for (let index = 0; index < options.patients; index++) yield patientRecord(prep, index);
}
