/**
 * @cno-atlas/synth: a synthetic CNO cohort, deterministic for a seed, with distributions from
 * docs/clinical/epidemiology.md (issue 6, part 1). The DB import and the CLI build on this.
 */
import type { SyntheticRecord } from "./cohort.ts";

export {
  type CohortOptions,
  generateCohort,
  generatePatient,
  type PatientTruth,
  type SyntheticRecord,
  type SyntheticSite,
  syntheticSites,
} from "./cohort.ts";
export type { CnoTruth } from "./course.ts";
export { syntheticUuid, syntheticUuidOn } from "./ids.ts";
export { LAB_PROFILES, type LabProfile } from "./labs.ts";
export { MIMIC_KINDS, type MimicKind, type MimicTruth } from "./mimics.ts";
export type { Evidence, Parameter, Range, Weights } from "./parameter.ts";
export { PARAMETERS, type ParameterName, type ParameterValues, parameterValues } from "./parameters.ts";
export { Random, type Seed } from "./random.ts";
export { referenceRange } from "./reference-ranges.ts";
export { addMonths, Calendar, DEFAULT_EPOCH } from "./synthetic-dates.ts";

/** One NDJSON line: the record as JSON and a newline (key order is fixed by construction). */
export function toNdjson(record: SyntheticRecord): string {
  return `${JSON.stringify(record)}\n`;
}
