/**
 * Text for the criteria panel. Every state is spelled out in words, so nothing depends on colour
 * (issue 4) and the panel reads the same in a screen reader, a printout and a test.
 */
import {
  type EvidenceLevel,
  type InstrumentResult,
  type InstrumentStatus,
  RED_FLAG_GROUPS,
  type RedFlag,
  SEVERITIES,
  type Threshold,
  type Tri,
} from "@cno-atlas/clinical";

export const MET_TEXT: Record<"true" | "false" | "null", { symbol: string; text: string }> = {
  true: { symbol: "✓", text: "met" },
  false: { symbol: "✗", text: "not met" },
  null: { symbol: "?", text: "unknown" },
};

export const metText = (met: Tri) => MET_TEXT[String(met) as "true" | "false" | "null"];

export const STATUS_TEXT: Record<InstrumentStatus, string> = {
  computed: "computed",
  "insufficient-data": "insufficient data",
  "not-applicable": "not applicable",
  disabled: "disabled",
};

/** Evidence levels, strongest first (docs/clinical/README.md "Verification tags", D5 (docs/clinical/conventions.md#instrument-results)). */
export const EVIDENCE_LEVEL_TEXT: Record<EvidenceLevel, string> = {
  V: "verbatim: seen word for word in the source",
  D: "derived by arithmetic from verbatim numbers: needs a primary check",
  S: "from a secondary source reporting against this value: needs a primary check",
  CONV: "project convention (docs/clinical/conventions.md), replaceable by a reviewed rule table",
  U: "unverified recollection: shipped disabled, or run with a visible warning",
};

export function thresholdText(threshold: Threshold | undefined): string {
  if (!threshold) return "";
  const symbol = { ">=": "≥", ">": ">", "<": "<", "<=": "≤" }[threshold.comparator];
  return `threshold ${symbol} ${threshold.value}`;
}

/** "63 (threshold ≥ 39)", or the range the missing items leave open; "" when the rule has no score. */
export function scoreText(result: Pick<InstrumentResult, "score" | "scoreRange" | "threshold">): string {
  const threshold = thresholdText(result.threshold);
  const suffix = threshold ? ` (${threshold})` : "";
  if (result.score !== undefined) return `${result.score}${suffix}`;
  if (result.scoreRange) {
    const [min, max] = result.scoreRange;
    return `between ${min} and ${max}, items missing${suffix}`;
  }
  return "";
}

/** "would decide: C-reactive protein < 30 mg/L" — the item labels, falling back to ids. */
export function missingText(result: Pick<InstrumentResult, "missingToDecide" | "items">): string {
  const ids = result.missingToDecide ?? [];
  if (ids.length === 0) return "";
  const label = (id: string) => result.items.find((item) => item.id === id)?.label ?? id;
  return `would decide: ${ids.map(label).join("; ")}`;
}

/** D7 order: severity (high, moderate, info), then group, then id. Sorted here too, whatever the caller sends. */
export function sortRedFlags(flags: readonly RedFlag[]): RedFlag[] {
  const rank = (flag: RedFlag) => [SEVERITIES.indexOf(flag.severity), RED_FLAG_GROUPS.indexOf(flag.group)];
  return [...flags].sort((a, b) => {
    const [sa = 0, ga = 0] = rank(a);
    const [sb = 0, gb = 0] = rank(b);
    return sa - sb || ga - gb || a.id.localeCompare(b.id);
  });
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
