/**
 * Monogenic / syndromic autoinflammatory bone disease (docs/clinical/red-flags.md#monogenic, docs/clinical/red-flags.md#early-onset-caution; ids, groups and
 * severities D7 (docs/clinical/red-flags.md) [CONV]). Ages are at ONSET; thresholds come from ctx.rules.redFlags.
 */
import type { Source } from "../evidence.ts";
import { SOURCES } from "../sources.ts";
import { ageEvidence, conditionsPresent, type RedFlagRule, signsFound } from "./red-flag-rule.ts";

export const MONOGENIC_RULES: readonly RedFlagRule[] = [
  {
    // Composite trigger for genetic testing: project convention (docs/clinical/red-flags.md#monogenic) [CONV]; components [V]:
    // onset < 2 y and consanguinity, Majeed syndrome (Ferguson 2005); pustulosis in infancy, DIRA
    // (Aksentijevich 2009); pyoderma gangrenosum, PAPA (Lindor 1997). The flag cites the first component found.
    id: "rf-mono-syndromic",
    group: "monogenic",
    severities: ["moderate"],
    source: SOURCES.ferguson2005,
    reads: ["age"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.syndromicOnsetYears;
      const onset = ctx.derived.ageAtOnsetYears.value;
      const hits: [string, Source][] = [];
      if (onset !== null && onset < limit) {
        hits.push([ageEvidence(ctx, "age at onset", onset, `< ${limit} years`), SOURCES.ferguson2005]);
      }
      for (const sign of signsFound(ctx, ["pustular-rash-in-infancy"])) {
        hits.push([`clinical sign: ${sign}`, SOURCES.aksentijevich2009]);
      }
      for (const condition of conditionsPresent(ctx, ["pyoderma-gangrenosum"])) {
        hits.push([`coexisting condition: ${condition}`, SOURCES.lindor1997]);
      }
      for (const sign of signsFound(ctx, ["consanguinity"]))
        hits.push([`clinical sign: ${sign}`, SOURCES.ferguson2005]);
      const first = hits[0];
      if (!first) return null;
      return {
        severity: "moderate",
        message:
          "Features of a monogenic autoinflammatory bone disease (Majeed, DIRA, PAPA): consider genetic testing.",
        evidence: hits.map(([text]) => text),
        source: first[1],
      };
    },
  },
  {
    // "Extreme caution when classifying a patient younger than 3 years", EULAR/ACR commentary
    // (Levenson 2025) [V]
    id: "rf-age-lt3",
    group: "monogenic",
    severities: ["moderate"],
    source: SOURCES.levenson2025,
    reads: ["age"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.earlyOnsetYears;
      const onset = ctx.derived.ageAtOnsetYears.value;
      if (onset === null || onset >= limit) return null;
      return {
        severity: "moderate",
        message: `Onset before ${limit} years: non-genetic CNO is rare at this age; classify with extreme caution and consider a monogenic work-up.`,
        evidence: [ageEvidence(ctx, "age at onset", onset, `< ${limit} years`)],
      };
    },
  },
];
