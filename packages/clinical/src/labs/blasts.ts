/**
 * Blasts on the blood smear (D11 (docs/clinical/conventions.md#appendix-for-maintainers)): present when the value is true or the interpretation is
 * "high"; absent when false or "normal" (a value true wins over an interpretation "normal"). The schema
 * refuses "low". Read in one place for the red flag, the mimic groups and CARRA CTP.
 */
import type { Tri } from "../logic/tri.ts";
import type { LabResult } from "../schema/lab-result.ts";

export function blastsPresent(lab: LabResult | undefined): Tri {
  if (!lab) return null;
  if (lab.value === true || lab.interpretation === "high") return true;
  if (lab.value === false || lab.interpretation === "normal") return false;
  return null;
}
