/**
 * Red flags of the "other" group (diagnosis.md §7.1; ids, groups and severities DECISIONS.md D7 [CONV]).
 */
import { SOURCES } from "../sources.ts";
import type { RedFlagRule } from "./red-flag-rule.ts";

export const OTHER_RULES: readonly RedFlagRule[] = [
  {
    // "If fever is present, assess for both malignancy and infection", UpToDate CNO table footnote [V];
    // fever 16 % CNO vs 31 % mimickers, ACR 2020 [V]. No temperature threshold (D4).
    id: "rf-fever",
    group: "other",
    severities: ["moderate"],
    source: SOURCES.uptodateCno,
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
      const wbi = ctx.presentation.wholeBodyImaging;
      if (wbi?.performed === true) {
        return {
          severity: "moderate",
          message:
            "A single non-clavicular lesion after whole-body imaging: a biopsy is needed (Bristol criterion 2).",
          evidence: [bone, `whole-body imaging performed${wbi.modality ? ` (${wbi.modality})` : ""}`],
        };
      }
      return {
        severity: "info",
        message:
          "A single non-clavicular lesion on the imaging given: do whole-body imaging first; if still single, biopsy.",
        evidence: [bone, wbi ? "whole-body imaging not performed" : "whole-body imaging not recorded"],
      };
    },
  },
];
