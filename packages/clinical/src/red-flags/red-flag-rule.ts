/**
 * The shape of one red-flag rule (DECISIONS.md D7) and the small readers the rules share.
 * A rule fires only on evidence: unknown data (a missing field, an undecidable qualified lab value,
 * a missing lesion list) never fires it.
 */

import type { EvaluationContext } from "../evaluation/context.ts";
import type { RedFlagGroup, Severity } from "../evaluation/types.ts";
import type { Source } from "../evidence.ts";
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
}

export interface RedFlagRule {
  id: string;
  group: RedFlagGroup;
  /** The severities this rule can emit (two for rf-met-scurvy, rf-met-hpp, rf-unifocal-nonclavicle). */
  severities: readonly Severity[];
  /** The citation of the trigger (diagnosis.md §7). */
  source: Source;
  /** null when the rule does not fire. */
  evaluate(ctx: EvaluationContext): RedFlagFinding | null;
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
