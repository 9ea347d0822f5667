/**
 * The shape of one red-flag rule (D7 (docs/clinical/red-flags.md)) and the small readers the rules share.
 * A rule fires only on evidence: unknown data (a missing field, an undecidable qualified lab value,
 * a missing lesion list) never fires it.
 */

import type { EvaluationContext } from "../evaluation/context.ts";
import type { InputKey } from "../evaluation/input-warnings.ts";
import type { RedFlagGroup, Severity } from "../evaluation/types.ts";
import type { Source } from "../evidence.ts";
import type { LabCheck } from "../labs/lab-checks.ts";
import type { MimicGroup } from "../mimics/mimic-present.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Condition, HistologyFinding, ImagingFinding, Sign } from "../schema/vocabulary.ts";

/** What a rule reports when it fires. */
export interface RedFlagFinding {
  severity: Severity;
  message: string;
  /** The concrete values that fired the flag. */
  evidence: string[];
  /** Only when one trigger of a composite rule has its own citation (e.g. uric acid vs LDH). */
  source?: Source;
  /** Cautions of the rule's own, e.g. a higher-severity trigger that could not be read. */
  warnings?: string[];
}

/** A rule that did not fire because a value it depends on was given but cannot be read (D11). */
export interface Unassessable {
  missing: string[];
}

export type RuleOutcome = RedFlagFinding | Unassessable | null;

export function isFinding(outcome: RuleOutcome): outcome is RedFlagFinding {
  return outcome !== null && "severity" in outcome;
}

export interface RedFlagRule {
  id: string;
  group: RedFlagGroup;
  /** The severities this rule can emit (two for rf-met-scurvy, rf-met-hpp, rf-unifocal-nonclavicle). */
  severities: readonly Severity[];
  /** The citation of the trigger (docs/clinical/red-flags.md). */
  source: Source;
  /** Inputs whose warnings (implausible value, contradiction) this flag carries when it fires (D11). */
  reads?: readonly InputKey[];
  /** A finding when the rule fires; `{ missing }` when a given value cannot be read; else null. */
  evaluate(ctx: EvaluationContext): RuleOutcome;
}

/** A lab check that did not fire: unassessable when a given value could not be read, else null. */
export function notFired(check: LabCheck): Unassessable | null {
  return check.missing.length ? { missing: check.missing } : null;
}

/** D3 signs convention: `clinicalSigns` lists what was found; a sign not listed counts as not found. */
export function signsFound(ctx: EvaluationContext, signs: readonly Sign[]): Sign[] {
  const found = ctx.presentation.clinicalSigns ?? [];
  return signs.filter((sign) => found.includes(sign));
}

export function conditionsPresent(ctx: EvaluationContext, conditions: readonly Condition[]): Condition[] {
  const present = ctx.presentation.coexistingConditions ?? [];
  return conditions.filter((condition) => present.includes(condition));
}

/** Histology findings of a biopsy that was performed (a biopsy not performed has no findings). */
export function histologyFound(
  ctx: EvaluationContext,
  wanted: readonly HistologyFinding[],
): HistologyFinding[] {
  const biopsy = ctx.presentation.biopsy;
  if (biopsy?.performed !== true) return [];
  const findings = biopsy.findings ?? [];
  return wanted.filter((finding) => findings.includes(finding));
}

export function describeSite(lesion: Lesion): string {
  const where = [lesion.side, lesion.site, lesion.segment, lesion.end].filter(Boolean).join(" ");
  return lesion.modality ? `${where} (${lesion.modality})` : where;
}

/** One evidence line per lesion carrying any of the wanted imaging findings. */
export function lesionsWith(ctx: EvaluationContext, wanted: readonly ImagingFinding[]): string[] {
  const lines: string[] = [];
  for (const lesion of ctx.presentation.lesions ?? []) {
    const hits = wanted.filter((finding) => lesion.findings?.includes(finding));
    if (hits.length > 0) lines.push(`${hits.join(", ")} at ${describeSite(lesion)}`);
  }
  return lines;
}

/** Decimal years for evidence, truncated (not rounded) to 2 places so 3.997 reads 3.99, not 4. */
export function formatYears(years: number): string {
  return `${Math.floor(years * 100 + 1e-9) / 100} years`;
}

/** "age at onset 2.5 years (< 3 years)", saying "approximate" when no date anchors the age (D11). */
export function ageEvidence(ctx: EvaluationContext, what: string, years: number, rule: string): string {
  const approximate = ctx.course?.ageApproximate ? ", approximate: no date anchors the reported age" : "";
  return `${what} ${formatYears(years)} (${rule}${approximate})`;
}

/**
 * A mimic confirmed in the work-up: an EULAR/ACR 2025 exclusion (Zhao 2025, ARD abstract) [V], so high
 * (D7). The four work-up groups share this one shape.
 */
export function confirmedWorkupRule(
  id: string,
  group: RedFlagGroup,
  workup: MimicGroup,
  source: Source,
  message: string,
): RedFlagRule {
  return {
    id,
    group,
    severities: ["high"],
    source,
    evaluate(ctx) {
      if (ctx.presentation.mimicWorkup?.[workup] !== "confirmed") return null;
      return { severity: "high", message, evidence: [`mimicWorkup.${workup}: confirmed`] };
    },
  };
}
