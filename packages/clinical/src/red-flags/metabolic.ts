/**
 * Metabolic mimics: scurvy and hypophosphatasia (docs/clinical/red-flags.md#metabolic; ids, groups and severities
 * D7 (docs/clinical/red-flags.md) [CONV]). Lab limits are the reporting laboratory's own (D4).
 */
import { belowRangeCheck, type LabCheck } from "../labs/lab-checks.ts";
import { describeLab } from "../labs/lab-reading.ts";
import { SOURCES } from "../sources.ts";
import {
  confirmedWorkupRule,
  notFired,
  type RedFlagFinding,
  type RedFlagRule,
  signsFound,
} from "./red-flag-rule.ts";

/**
 * The moderate (signs) finding of a two-severity rule, saying so when the lab result that would make it
 * high could not be read (D11: an input that could decide is never silently ignored).
 */
function moderateBySigns(finding: RedFlagFinding, check: LabCheck, test: string): RedFlagFinding {
  if (!check.missing.length) return finding;
  const warning = `The ${test} result could not be read against the lab's range (missing: ${check.missing.join(", ")}): a result below the range would make this high.`;
  return { ...finding, warnings: [warning] };
}

export const METABOLIC_RULES: readonly RedFlagRule[] = [
  // EULAR/ACR 2025 exclusion "vitamin C deficiency" (ARD abstract) [V]
  confirmedWorkupRule(
    "rf-met-scurvy-confirmed",
    "metabolic",
    "vitaminCDeficiency",
    SOURCES.zhao2025,
    "Vitamin C deficiency is confirmed: treat scurvy; it excludes CNO classification.",
  ),
  {
    // High: low plasma ascorbate [V]; moderate: gum bleeding, petechiae, neurodisability or restrictive diet
    // [V]: Masci 2022 (scurvy case series); EULAR/ACR exclusion
    id: "rf-met-scurvy",
    group: "metabolic",
    severities: ["high", "moderate"],
    source: SOURCES.masci2022,
    evaluate(ctx) {
      const check = belowRangeCheck(ctx.labs["vitamin-c"]);
      const low = check.met === true;
      const signs = signsFound(ctx, ["gum-bleeding", "petechiae", "neurodevelopmental-or-restrictive-diet"]);
      if (!low && signs.length === 0) return notFired(check);
      const evidence = signs.map((sign) => `clinical sign: ${sign}`);
      if (low) {
        return {
          severity: "high",
          message:
            "Vitamin C below the lab's range: scurvy mimics CNO; treat and reassess before classifying.",
          evidence: [
            `${describeLab(ctx.labs["vitamin-c"], "vitamin C")} below the lab's lower limit`,
            ...evidence,
          ],
        };
      }
      const finding: RedFlagFinding = {
        severity: "moderate",
        message: "Signs or risk context of scurvy: measure vitamin C before attributing the lesions to CNO.",
        evidence,
      };
      return moderateBySigns(finding, check, "vitamin C");
    },
  },
  {
    // Symmetric metaphyseal lesions with vitamin C status not assessed (D4, replacing docs/clinical/red-flags.md#metabolic's
    // "block score display") [CONV]; scurvy gives symmetric metaphyseal changes, Masci 2022 [V]
    id: "rf-met-scurvy-not-excluded",
    group: "metabolic",
    severities: ["info"],
    source: SOURCES.masci2022,
    evaluate(ctx) {
      if (!ctx.scurvyNotExcluded) return null;
      return {
        severity: "info",
        message:
          "Symmetric metaphyseal lesions and vitamin C status not assessed: check vitamin C to exclude scurvy.",
        evidence: [ctx.derived.symmetricMetaphyseal.reasoning, ctx.derived.vitaminCStatusAssessed.reasoning],
      };
    },
  },
  // EULAR/ACR 2025 exclusion "hypophosphatasia" (ARD abstract) [V]
  confirmedWorkupRule(
    "rf-met-hpp-confirmed",
    "metabolic",
    "hypophosphatasia",
    SOURCES.zhao2025,
    "Hypophosphatasia is confirmed: it mimics CNO and excludes CNO classification.",
  ),
  {
    // High: ALP below the lab's age/sex range [V]; moderate: premature tooth loss [V]: Whyte 2009;
    // EULAR/ACR exclusion. No fixed ALP number is sourced (lab range only).
    id: "rf-met-hpp",
    group: "metabolic",
    severities: ["high", "moderate"],
    source: SOURCES.whyte2009,
    evaluate(ctx) {
      const alp = ctx.labs["alkaline-phosphatase"];
      const check = belowRangeCheck(alp);
      const low = check.met === true;
      const signs = signsFound(ctx, ["premature-tooth-loss"]);
      if (!low && signs.length === 0) return notFired(check);
      const evidence = signs.map((sign) => `clinical sign: ${sign}`);
      if (low) {
        return {
          severity: "high",
          message:
            "Alkaline phosphatase below the lab's range: exclude hypophosphatasia (PLP, ALPL testing).",
          evidence: [`${describeLab(alp, "alkaline phosphatase")} below the lab's lower limit`, ...evidence],
        };
      }
      const finding: RedFlagFinding = {
        severity: "moderate",
        message: "Premature tooth loss: measure alkaline phosphatase to exclude hypophosphatasia.",
        evidence,
      };
      return moderateBySigns(finding, check, "alkaline phosphatase");
    },
  },
];
