/**
 * Red flags of the "other" group (docs/clinical/red-flags.md#malignancy; ids, groups and severities D7 (docs/clinical/red-flags.md) [CONV]).
 */
import { SOURCES } from "../sources.ts";
import { ageEvidence, type RedFlagRule } from "./red-flag-rule.ts";

/** rf-unifocal-nonclavicle's messages: a biopsy already done is never asked for again (D11). */
const UNIFOCAL_MESSAGES = {
  moderate: {
    noBiopsy:
      "A single non-clavicular lesion after whole-body imaging: a biopsy is needed (Bristol criterion 2).",
    biopsied:
      "A single non-clavicular lesion after whole-body imaging, biopsied: check that its histology, culture and antibiotic status exclude infection and malignancy (Bristol criterion 2).",
  },
  info: {
    noBiopsy:
      "A single non-clavicular lesion on the imaging given: do whole-body imaging first; if still single, biopsy.",
    biopsied:
      "A single non-clavicular lesion on the imaging given, biopsied: whole-body imaging would show whether other bones are involved.",
  },
} as const;

export const OTHER_RULES: readonly RedFlagRule[] = [
  {
    // "If fever is present, assess for both malignancy and infection", UpToDate CNO table footnote [V];
    // fever 16 % CNO vs 31 % mimickers, ACR 2020 [V]. No temperature threshold (D4).
    id: "rf-fever",
    group: "other",
    severities: ["moderate"],
    source: SOURCES.uptodateCno,
    reads: ["fever", "temperature"],
    evaluate(ctx) {
      if (ctx.derived.fever.value !== true) return null;
      const max = ctx.presentation.fever?.maxTemperatureC;
      return {
        severity: "moderate",
        message: "Fever: assess for both malignancy and infection before attributing it to CNO.",
        evidence: [max === undefined ? "fever present" : `fever present (max ${max} °C)`],
      };
    },
  },
  {
    // One bone, not a clavicle: Bristol criterion 2 requires a biopsy (Roderick 2016 abstract) [V].
    // Moderate after whole-body imaging (biopsy), info without it (whole-body imaging first) [CONV, D7]
    id: "rf-unifocal-nonclavicle",
    group: "other",
    severities: ["moderate", "info"],
    source: SOURCES.roderick2016,
    evaluate(ctx) {
      const { unifocal, onlyBoneIsClavicle, bones } = ctx.derived;
      if (unifocal.value !== true || onlyBoneIsClavicle.value !== false) return null;
      const bone = `one bone with a lesion, not a clavicle: ${(bones.value ?? []).join(", ")}`;
      const biopsied = ctx.presentation.biopsy?.performed === true ? "biopsied" : "noBiopsy";
      const biopsy = biopsied === "biopsied" ? ["biopsy performed"] : [];
      const wbi = ctx.presentation.wholeBodyImaging;
      if (wbi?.performed === true) {
        return {
          severity: "moderate",
          message: UNIFOCAL_MESSAGES.moderate[biopsied],
          evidence: [
            bone,
            `whole-body imaging performed${wbi.modality ? ` (${wbi.modality})` : ""}`,
            ...biopsy,
          ],
        };
      }
      return {
        severity: "info",
        message: UNIFOCAL_MESSAGES.info[biopsied],
        evidence: [
          bone,
          wbi ? "whole-body imaging not performed" : "whole-body imaging not recorded",
          ...biopsy,
        ],
      };
    },
  },
  {
    // Bone lesions in infancy call for infection, non-accidental injury and a monogenic
    // autoinflammatory disease (DIRA) first; CNO is rare at this age. Project convention (D11) [CONV]
    id: "rf-other-infant",
    group: "other",
    severities: ["moderate"],
    source: SOURCES.convention,
    reads: ["age"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.infantAgeYears;
      const age = ctx.derived.ageAtAssessmentYears.value;
      if (age === null || age >= limit) return null;
      return {
        severity: "moderate",
        message:
          "Bone lesions in infancy: consider infection, non-accidental injury and a monogenic autoinflammatory disease (DIRA) first; CNO is rare at this age.",
        evidence: [ageEvidence(ctx, "age at assessment", age, `< ${limit} year`)],
      };
    },
  },
];
