/**
 * Japanese paediatric diagnostic criteria for CNO/CRMO (小児慢性特定疾病, 慢性再発性多発性骨髄炎).
 * Source: Japanese Paediatric Rheumatology Society, version 1.0, 2014-10-06,
 * https://www.shouman.jp/disease/instructions/06_05_022/ (read in the original Japanese) [V], docs/clinical/instruments/japan-2014.md
 * Three required items, no numbers. Outcome strings: D5 (docs/clinical/conventions.md#instrument-results). Inflammatory histology: D3.
 * Readings where the text is silent (project conventions, stated in each item's evidence):
 * - imaging is false only on an empty lesion list: recorded findings may be incomplete (as D6 reads Bristol);
 * - "other causes" stands for the four mimic groups of the work-up (D7 `mimicPresent`).
 */

import { sterileInflammatoryBiopsy } from "../derived/histology.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import { missingToDecide } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import type { Tri } from "../logic/tri.ts";
import { MIMIC_GROUPS } from "../mimics/mimic-present.ts";
import type { Lesion } from "../schema/lesion.ts";
import { SOURCES } from "../sources.ts";

type ItemBody = Pick<InstrumentItem, "met" | "evidence">;

const BIOPSY_OBLIGATORY =
  "Japan 2014 makes a biopsy obligatory, unlike Bristol criterion 1 and EULAR/ACR 2025, which can be met without one.";

const isMri = (l: Lesion) => l.modality === "mri-stir" || l.modality === "whole-body-mri";
const hasSclerosis = (l: Lesion) =>
  Boolean(l.findings?.some((f) => f === "sclerosis" || f === "marginal-sclerosis"));

/**
 * Item 1: plain radiographs with mixed lysis and sclerosis, and MRI bone/bone-marrow oedema (any
 * lesions). The radiograph is read from the latest x-ray at each bone, even under a later MRI (D11).
 */
function imagingItem(lesions: readonly Lesion[] | undefined, radiographs: readonly Lesion[]): ItemBody {
  if (!lesions) return { met: null, evidence: "no lesion list given" };
  if (lesions.length === 0)
    return { met: false, evidence: "no lesion on the imaging given (the lesion list is complete)" };
  const xray = radiographs.find(
    (l) => l.modality === "x-ray" && l.findings?.includes("lytic") && hasSclerosis(l),
  );
  const mri = lesions.find((l) => isMri(l) && l.findings?.includes("bone-marrow-edema"));
  const xrayText = xray
    ? `x-ray: lysis and sclerosis at ${xray.site}`
    : "no x-ray lesion with both lysis and sclerosis";
  const mriText = mri ? `MRI: bone-marrow oedema at ${mri.site}` : "no MRI lesion with bone-marrow oedema";
  if (xray && mri)
    return { met: true, evidence: `${xrayText}; ${mriText} (the text does not ask for the same bone)` };
  return {
    met: null,
    evidence: `${xrayText}; ${mriText}. Not counted as unmet: the study may be missing or its findings incompletely recorded [CONV]. The text names plain radiographs, so CT does not count.`,
  };
}

/** Item 3: other causes excluded. A confirmed or evident mimic (D7) outweighs an "excluded" entry. */
function otherCausesItem(ctx: EvaluationContext): ItemBody {
  const scope =
    "the four mimic groups of the work-up stand for 'other causes'; other autoimmune or autoinflammatory diseases are not modelled [CONV]";
  const present = MIMIC_GROUPS.filter((g) => ctx.mimics[g].present);
  if (present.length > 0) {
    const evidence = present.flatMap((g) => ctx.mimics[g].evidence).join("; ");
    return { met: false, evidence: `mimic present: ${evidence}; ${scope}` };
  }
  const workup = ctx.presentation.mimicWorkup ?? {};
  const open = MIMIC_GROUPS.filter((g) => workup[g] !== "excluded");
  if (open.length === 0) return { met: true, evidence: `all four mimic groups excluded; ${scope}` };
  const listed = open.map((g) => `${g} ${workup[g] ?? "not recorded"}`).join(", ");
  return { met: null, evidence: `not yet excluded: ${listed}; ${scope}` };
}

function items(ctx: EvaluationContext): InstrumentItem[] {
  const biopsy = sterileInflammatoryBiopsy(ctx.presentation.biopsy);
  return [
    {
      id: "imaging-lysis-sclerosis-and-marrow-edema",
      label: "Radiographs: mixed osteolysis and sclerosis; MRI: bone/bone-marrow oedema",
      ...imagingItem(ctx.presentation.lesions, ctx.radiographs),
    },
    {
      id: "biopsy-inflammation-culture-negative",
      label: "Biopsy: nonspecific inflammation, infection excluded by culture or PCR",
      met: biopsy.met,
      evidence: `${biopsy.evidence}. ${BIOPSY_OBLIGATORY}`,
    },
    { id: "other-causes-excluded", label: "Other causes excluded", ...otherCausesItem(ctx) },
  ];
}

function outcomeOf(itemList: readonly { met: Tri }[]): string {
  if (itemList.every((i) => i.met === true)) return "criteria-met";
  if (itemList.some((i) => i.met === false)) return "criteria-not-met";
  return "undecided";
}

export function evaluateJapan2014(ctx: EvaluationContext): InstrumentResult {
  const itemList = items(ctx);
  const outcome = outcomeOf(itemList);
  const biopsyMet = itemList.find((i) => i.id === "biopsy-inflammation-culture-negative")?.met;
  const result: InstrumentResult = {
    id: "japan-2014",
    label: "Japanese paediatric criteria for CNO/CRMO (2014)",
    status: outcome === "undecided" ? "insufficient-data" : "computed",
    outcome,
    ruleVersion: "japan-2014/v1.0-2014-10-06",
    evidenceLevel: "V",
    items: itemList,
    warnings: biopsyMet === true ? [] : [BIOPSY_OBLIGATORY],
    source: SOURCES.japan2014,
  };
  if (outcome === "undecided") {
    result.missingToDecide = missingToDecide(itemList, outcomeOf);
  }
  return result;
}
