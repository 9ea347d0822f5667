/**
 * Infection red flags (docs/clinical/red-flags.md#infection; ids, groups and severities D7 (docs/clinical/red-flags.md) [CONV]).
 * Numeric triggers are read from ctx.rules.redFlags, never written here.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import { thresholdCheck } from "../labs/lab-checks.ts";
import { describeLab } from "../labs/lab-reading.ts";
import { SOURCES } from "../sources.ts";
import {
  ageEvidence,
  confirmedWorkupRule,
  histologyFound,
  lesionsWith,
  notFired,
  type RedFlagRule,
  signsFound,
} from "./red-flag-rule.ts";

function feverEvidence(ctx: EvaluationContext): string {
  const max = ctx.presentation.fever?.maxTemperatureC;
  return max === undefined ? "fever present" : `fever present (max ${max} °C)`;
}

export const INFECTION_RULES: readonly RedFlagRule[] = [
  // EULAR/ACR 2025 exclusion "infection" (ARD abstract) [V]
  confirmedWorkupRule(
    "rf-inf-confirmed",
    "infection",
    "infection",
    SOURCES.zhao2025,
    "Infection is confirmed in the work-up: treat the osteomyelitis; this is not CNO.",
  ),
  {
    // Positive culture from bone or blood: EULAR/ACR 2025 exclusion "infection" [V];
    // negative bacteriology Se 1.0 for NBO, Kostik 2018 [V]
    id: "rf-inf-positive-micro",
    group: "infection",
    severities: ["high"],
    source: SOURCES.zhao2025,
    evaluate(ctx) {
      const p = ctx.presentation;
      const evidence: string[] = [];
      if (p.biopsy?.performed === true && p.biopsy.culture === "positive")
        evidence.push("biopsy culture positive");
      if (p.bloodCulture === "positive") evidence.push("blood culture positive");
      if (evidence.length === 0) return null;
      return {
        severity: "high",
        message: "Positive microbiology: treat as bacterial osteomyelitis until proven otherwise.",
        evidence,
      };
    },
  },
  {
    // Complete and sustained response to antimicrobials alone: EULAR/ACR exclusion, The Rheumatologist
    // (Levenson 2025) p.3 [V]
    id: "rf-inf-antibiotic-response",
    group: "infection",
    severities: ["high"],
    source: SOURCES.levenson2025,
    evaluate(ctx) {
      if (ctx.presentation.antibioticResponse !== "complete-sustained") return null;
      return {
        severity: "high",
        message: "Complete and sustained response to antibiotics alone points to infection, not CNO.",
        evidence: ["antibiotic response: complete and sustained"],
      };
    },
  },
  {
    // Abscess 0 % in CNO vs 39 % in bacterial OM, Schnabel 2016 [V]; sinus/fistula "never seen" in
    // CRMO/SAPHO (ECR 2022 poster, via docs/clinical/red-flags.md#infection) [V]
    id: "rf-inf-abscess-sinus",
    group: "infection",
    severities: ["high"],
    source: SOURCES.schnabel2016,
    evaluate(ctx) {
      const evidence = lesionsWith(ctx, ["abscess-or-sinus", "sequestrum"]);
      if (evidence.length === 0) return null;
      return {
        severity: "high",
        message: "Abscess, sinus tract or sequestrum is not seen in CNO: treat as bacterial osteomyelitis.",
        evidence,
      };
    },
  },
  {
    // Granuloma on biopsy (tuberculosis, fungal infection): no sourced trigger, project convention
    // (docs/clinical/red-flags.md#infection) [CONV]
    id: "rf-inf-histology",
    group: "infection",
    severities: ["moderate"],
    source: SOURCES.convention,
    evaluate(ctx) {
      const found = histologyFound(ctx, ["granuloma"]);
      if (found.length === 0) return null;
      return {
        severity: "moderate",
        message:
          "Granulomas on biopsy: exclude tuberculosis, BCG osteitis and fungal infection (stains, cultures, IGRA).",
        evidence: found.map((finding) => `biopsy: ${finding}`),
      };
    },
  },
  {
    // Fever and a single lesion: bacterial OM 100 % monofocal, fever 90.6 % (NBO 28.6 %, 34.1 %),
    // Kostik 2023 [V]
    id: "rf-inf-fever-unifocal",
    group: "infection",
    severities: ["moderate"],
    source: SOURCES.kostik2023,
    reads: ["fever", "temperature"],
    evaluate(ctx) {
      const { fever, unifocal, bones } = ctx.derived;
      if (fever.value !== true || unifocal.value !== true) return null;
      return {
        severity: "moderate",
        message:
          "Fever with a single bone lesion is the usual picture of bacterial osteomyelitis: exclude it.",
        evidence: [feverEvidence(ctx), `one bone on the imaging given: ${(bones.value ?? []).join(", ")}`],
      };
    },
  },
  {
    // CRP > 55 mg/L: CRP ≤ 55 mg/L favours NBO, Kostik 2023 NBODS item [V] (Kostik 2018 single criterion)
    id: "rf-inf-crp-gt55",
    group: "infection",
    severities: ["moderate"],
    source: SOURCES.kostik2023,
    reads: ["crp"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.crpHighMgPerL;
      const check = thresholdCheck(ctx.labs.crp, ">", limit);
      if (check.met !== true) return notFired(check);
      return {
        severity: "moderate",
        message: "CRP above the range typical of CNO: consider bacterial osteomyelitis.",
        evidence: [`${describeLab(ctx.labs.crp, "CRP")} > ${limit} mg/L`],
      };
    },
  },
  {
    // Band neutrophils > 220 cells/µL: Kostik 2023 NBODS item (≤ 220 favours NBO) [V]
    id: "rf-inf-bands-gt220",
    group: "infection",
    severities: ["moderate"],
    source: SOURCES.kostik2023,
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.bandNeutrophilsHighPerUl;
      const bands = ctx.labs["band-neutrophils"];
      const check = thresholdCheck(bands, ">", limit);
      if (check.met !== true) return notFired(check);
      return {
        severity: "moderate",
        message: "Raised band neutrophils: consider bacterial infection.",
        evidence: [`${describeLab(bands, "band neutrophils")} > ${limit} /µL`],
      };
    },
  },
  {
    // Kingella kingae: mainly 6–48 months (13-year series via a secondary summary) [S]; often afebrile
    // with a normal CRP, Mallet 2014 [V]. Bounds 0.5 ≤ age < 4.0 at assessment: D7 [CONV]
    id: "rf-inf-kingella-age",
    group: "infection",
    severities: ["moderate"],
    source: SOURCES.mallet2014,
    reads: ["age"],
    evaluate(ctx) {
      const { min, max } = ctx.rules.redFlags.kingellaAgeYears;
      const age = ctx.derived.ageAtAssessmentYears.value;
      if (age === null || age < min || age >= max) return null;
      return {
        severity: "moderate",
        message:
          "Age of Kingella kingae osteoarticular infection: absent fever or a normal CRP must not lower the suspicion of infection; consider PCR testing.",
        evidence: [ageEvidence(ctx, "age at assessment", age, `Kingella range ${min} to < ${max} years`)],
      };
    },
  },
  {
    // Local redness/warmth: 47 % in CNO vs 68 % in bacterial OM, Schnabel 2016 [V]; soft flag
    id: "rf-inf-local-signs",
    group: "infection",
    severities: ["info"],
    source: SOURCES.schnabel2016,
    evaluate(ctx) {
      const found = signsFound(ctx, ["local-redness-warmth"]);
      if (found.length === 0) return null;
      return {
        severity: "info",
        message:
          "Local redness or warmth is more common in bacterial osteomyelitis, though frequent in CNO too.",
        evidence: found.map((sign) => `clinical sign: ${sign}`),
      };
    },
  },
];
