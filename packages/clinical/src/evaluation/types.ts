import type { DerivedFacts } from "../derived/derive-facts.ts";
import type { EvidenceLevel, Source } from "../evidence.ts";
import type { Tri } from "../logic/tri.ts";

export const INSTRUMENT_IDS = [
  "jansson-2009",
  "jansson-2007",
  "japan-2014",
  "bristol-2016",
  "eular-acr-2025",
  "kostik-nbods-2023",
] as const;
export const COURSE_INSTRUMENT_IDS = ["carra-ctp-2018", "chaq", "pedcno", "cno-cdas", "rai-cromris"] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number] | (typeof COURSE_INSTRUMENT_IDS)[number];

export type InstrumentStatus = "computed" | "insufficient-data" | "not-applicable" | "disabled";

export interface InstrumentItem {
  id: string;
  label: string;
  met: Tri;
  points?: number;
  evidence: string;
  /** Item-level cautions, e.g. the Kingella warning on "absent fever" items (D7). */
  warnings?: string[];
}

export interface Threshold {
  value: number;
  comparator: ">=" | ">" | "<" | "<=";
}

/** One instrument's result; exact ids, statuses and outcome strings in D5 (docs/clinical/conventions.md#instrument-results). */
export interface InstrumentResult {
  id: InstrumentId;
  label: string;
  status: InstrumentStatus;
  outcome: string;
  ruleVersion: string;
  evidenceLevel: EvidenceLevel;
  score?: number;
  scoreRange?: [number, number];
  threshold?: Threshold;
  missingToDecide?: string[];
  items: InstrumentItem[];
  warnings: string[];
  source: Source;
}

export const RED_FLAG_GROUPS = ["malignancy", "infection", "metabolic", "monogenic", "other"] as const;
export type RedFlagGroup = (typeof RED_FLAG_GROUPS)[number];
export const SEVERITIES = ["high", "moderate", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface RedFlag {
  id: string;
  group: RedFlagGroup;
  severity: Severity;
  message: string;
  evidence: string[];
  /** Cautions on what the flag read, e.g. "implausible value — check the unit" (D11). */
  warnings: string[];
  source: Source;
}

/**
 * A red-flag rule that did not fire although a value it depends on was given, because that value
 * cannot be read against the trigger (D11): `missing` names what would make it readable, as
 * `<test>.referenceLow`, `<test>.referenceHigh`, `<test>.interpretation` or `<test>.value`.
 */
export interface UndecidedRedFlag {
  id: string;
  missing: string[];
}

export interface Evaluation {
  assessedOn: string;
  ruleSet: { id: string; sha256?: string };
  derived: DerivedFacts;
  instruments: InstrumentResult[];
  redFlags: RedFlag[];
  /** Red flags that could not be assessed on the values given (D11), in red-flag order. */
  redFlagsUndecided: UndecidedRedFlag[];
}
