import { blastsPresent } from "../labs/blasts.ts";
import type { LabIndex } from "../labs/lab-reading.ts";
import { belowLowerLimit } from "../labs/lab-reading.ts";
import type { Tri } from "../logic/tri.ts";
import type { Presentation } from "../schema/presentation.ts";

export const MIMIC_GROUPS = ["malignancy", "infection", "vitaminCDeficiency", "hypophosphatasia"] as const;
export type MimicGroup = (typeof MIMIC_GROUPS)[number];

export interface MimicFinding {
  present: boolean;
  evidence: string[];
}

/**
 * D7 (docs/clinical/red-flags.md) `mimicPresent` [CONV], used by EULAR/ACR 2025 (exclusions) and CARRA CTP
 * (malignancy ever / current infectious osteomyelitis). A mimic is present on a confirmed work-up
 * or on evidence that defines it.
 */
export function mimicPresent(p: Presentation, labs: LabIndex): Record<MimicGroup, MimicFinding> {
  const findings = p.biopsy?.performed ? (p.biopsy.findings ?? []) : [];
  const collect = (pairs: [boolean | Tri, string][]): MimicFinding => {
    const evidence = pairs.filter(([hit]) => hit === true).map(([, text]) => text);
    return { present: evidence.length > 0, evidence };
  };
  const blasts = blastsPresent(labs["blood-smear-blasts"]);
  return {
    malignancy: collect([
      [p.mimicWorkup?.malignancy === "confirmed", "malignancy confirmed in the work-up"],
      [blasts, "blasts on the blood smear"],
      [findings.includes("malignant-cells"), "malignant cells on biopsy"],
      [findings.includes("langerhans-cells"), "Langerhans cells on biopsy"],
    ]),
    infection: collect([
      [p.mimicWorkup?.infection === "confirmed", "infection confirmed in the work-up"],
      [p.biopsy?.performed === true && p.biopsy.culture === "positive", "positive biopsy culture"],
      [p.bloodCulture === "positive", "positive blood culture"],
      [p.antibioticResponse === "complete-sustained", "complete and sustained response to antibiotics alone"],
    ]),
    vitaminCDeficiency: collect([
      [p.mimicWorkup?.vitaminCDeficiency === "confirmed", "vitamin C deficiency confirmed in the work-up"],
      [belowLowerLimit(labs["vitamin-c"]), "vitamin C below the lab's lower limit"],
    ]),
    hypophosphatasia: collect([
      [p.mimicWorkup?.hypophosphatasia === "confirmed", "hypophosphatasia confirmed in the work-up"],
      [belowLowerLimit(labs["alkaline-phosphatase"]), "alkaline phosphatase below the lab's lower limit"],
    ]),
  };
}
