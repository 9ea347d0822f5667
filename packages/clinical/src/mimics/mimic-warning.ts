/**
 * D11 (docs/clinical/conventions.md#appendix-for-maintainers), "a proven mimic outranks every criteria met": Bristol answers `mimic-present`, and
 * every other instrument keeps its outcome but carries this warning, which the chart shows beside the
 * outcome. A granuloma on biopsy counts here with the infection group (tuberculosis, fungal infection).
 */
import type { Presentation } from "../schema/presentation.ts";
import { MIMIC_GROUPS, type MimicFinding, type MimicGroup } from "./mimic-present.ts";

/** How the chart names each group. */
export const MIMIC_GROUP_LABELS: Record<MimicGroup, string> = {
  malignancy: "malignancy",
  infection: "infection",
  vitaminCDeficiency: "vitamin C deficiency (scurvy)",
  hypophosphatasia: "hypophosphatasia",
};

/** Every warning built here starts so, so the chart can place it beside the outcome. */
export const MIMIC_WARNING_PREFIX = "Mimic present";

export interface FoundMimic {
  group: MimicGroup;
  evidence: string[];
}

/** D7 `mimicPresent` per group, with a biopsy granuloma added to infection (D11). */
export function foundMimics(p: Presentation, mimics: Record<MimicGroup, MimicFinding>): FoundMimic[] {
  const granuloma = p.biopsy?.performed === true && p.biopsy.findings?.includes("granuloma") === true;
  return MIMIC_GROUPS.flatMap((group) => {
    const evidence = [...mimics[group].evidence];
    if (group === "infection" && granuloma)
      evidence.push("granuloma on biopsy (tuberculosis, fungal infection)");
    return evidence.length ? [{ group, evidence }] : [];
  });
}

/** The warning every instrument carries when a mimic is found; null when none is. */
export function mimicWarning(found: readonly FoundMimic[]): string | null {
  if (!found.length) return null;
  const named = found.map((m) => `${MIMIC_GROUP_LABELS[m.group]} (${m.evidence.join("; ")})`).join("; ");
  return `${MIMIC_WARNING_PREFIX}: ${named}. These criteria assume mimics are excluded, so this outcome does not support CNO.`;
}
