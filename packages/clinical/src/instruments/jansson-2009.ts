/**
 * Jansson 2009 clinical score for nonbacterial osteitis.
 * Source: Jansson AF, et al. Arthritis Rheum 2009;60(4):1152–1159. doi 10.1002/art.24402 (abstract) [V].
 * Items, range 0–63 and cut-off ≥ 39 [V]; per-item points round(3·ln OR) [D] (docs/clinical/instruments/jansson-2009.md), so the
 * output is marked "derived, needs primary check". Item readings: D4 (docs/clinical/conventions.md#derived-facts) [CONV].
 */

import type { EvaluationContext } from "../evaluation/context.ts";
import { missingToDecide, scoreBounds, scoreFields } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import { KINGELLA_ITEM_WARNING, SCURVY_WARNING } from "../evaluation/warnings.ts";
import { compareLab, describeLab, isNormal } from "../labs/lab-reading.ts";
import { and, not, type Tri } from "../logic/tri.ts";
import { SOURCES } from "../sources.ts";

type ItemId = keyof EvaluationContext["rules"]["jansson2009"]["points"];

function normalBloodCount(ctx: EvaluationContext): Omit<InstrumentItem, "id" | "label" | "points"> {
  const { labs } = ctx;
  const cells = [labs.wbc, labs.hemoglobin, labs.platelets];
  const met = and(...cells.map(isNormal));
  const evidence = [
    describeLab(labs.wbc, "WBC"),
    describeLab(labs.hemoglobin, "haemoglobin"),
    describeLab(labs.platelets, "platelets"),
  ].join("; ");
  return { met, evidence: `${evidence}; normal = within the lab's own reference range` };
}

const RADIOGRAPHIC = new Set(["x-ray", "ct"]);

/**
 * D11: true when any lesion records marginal sclerosis (whatever the modality: the reader recorded it);
 * false when an x-ray or CT lesion exists without it; otherwise unknown — it is a radiographic sign,
 * and MRI reports often leave it out. In a course the x-ray/CT lesions are the latest at each bone.
 */
function marginalSclerosis(ctx: EvaluationContext): Omit<InstrumentItem, "id" | "label" | "points"> {
  const recorded = (l: { findings?: readonly string[] | undefined }) =>
    l.findings?.includes("marginal-sclerosis");
  const hit = ctx.presentation.lesions?.find(recorded) ?? ctx.radiographs.find(recorded);
  if (hit)
    return {
      met: true,
      evidence: `marginal sclerosis recorded at ${hit.site} (${hit.modality ?? "modality not recorded"})`,
    };
  const plain = ctx.radiographs.filter((l) => RADIOGRAPHIC.has(l.modality ?? ""));
  if (plain.length) {
    const sites = plain.map((l) => `${l.site} (${l.modality})`).join(", ");
    return { met: false, evidence: `no marginal sclerosis on the x-ray/CT lesions at ${sites}` };
  }
  return {
    met: null,
    evidence:
      "no lesion imaged by x-ray or CT: marginal sclerosis is a radiographic sign that MRI reports often leave out, so it stays open",
  };
}

function moreThanOneImagedLesion(ctx: EvaluationContext): Tri {
  const imaged = ctx.derived.imagedBoneCount.value;
  if (!imaged) return null;
  if (imaged.definite >= 2) return true;
  return imaged.possible < 2 ? false : null;
}

function crpAtLeast(ctx: EvaluationContext): Tri {
  return compareLab(ctx.labs.crp, ">=", ctx.rules.jansson2009.crpMgPerL);
}

function items(ctx: EvaluationContext): InstrumentItem[] {
  const { derived, rules } = ctx;
  const points = rules.jansson2009.points;

  const item = (
    id: ItemId,
    label: string,
    rest: Omit<InstrumentItem, "id" | "label" | "points">,
  ): InstrumentItem => ({
    id,
    label,
    points: points[id],
    ...rest,
  });
  const afebrile = not(derived.fever.value);
  return [
    item("normal-blood-cell-count", "Normal blood cell count", normalBloodCount(ctx)),
    item("symmetric-lesions", "Symmetric bone lesions", {
      met: derived.symmetric.value,
      evidence: derived.symmetric.reasoning,
    }),
    item("marginal-sclerosis", "Lesions with marginal sclerosis", marginalSclerosis(ctx)),
    item("normal-body-temperature", "Normal body temperature", {
      met: afebrile,
      evidence: `${derived.fever.reasoning}; the paper's temperature threshold is NOT FOUND, so fever.present decides`,
      ...(ctx.kingellaCaution && afebrile === true ? { warnings: [KINGELLA_ITEM_WARNING] } : {}),
    }),
    item("vertebral-clavicular-or-sternal", "Vertebral, clavicular or sternal location", {
      met:
        derived.spineInvolved.value === null
          ? null
          : Boolean(
              derived.spineInvolved.value || derived.clavicleInvolved.value || derived.sternumInvolved.value,
            ),
      evidence: `${derived.spineInvolved.reasoning}; ${derived.clavicleInvolved.reasoning}; ${derived.sternumInvolved.reasoning}. Sacrum and coccyx are not counted as vertebral (conservative reading).`,
    }),
    item("more-than-one-lesion", "More than one radiologically proven lesion", {
      met: moreThanOneImagedLesion(ctx),
      evidence: derived.imagedBoneCount.reasoning,
    }),
    item("crp-at-least-1-mg-dl", "C-reactive protein ≥ 1 mg/dL (10 mg/L)", {
      met: crpAtLeast(ctx),
      evidence: `${describeLab(ctx.labs.crp, "CRP")}; an elevated CRP adds points in this score (published direction)`,
    }),
  ];
}

function outcomeOf(itemList: readonly InstrumentItem[], threshold: number): string {
  const { min, max } = scoreBounds(itemList);
  if (min >= threshold) return "nbo-likely";
  if (max < threshold) return "below-cut-off";
  return "indeterminate";
}

export function evaluateJansson2009(ctx: EvaluationContext): InstrumentResult {
  const table = ctx.rules.jansson2009;
  const itemList = items(ctx);
  const outcome = outcomeOf(itemList, table.threshold);
  const warnings: string[] = [];
  if (table.evidenceLevel === "D") {
    warnings.push("Item points are derived (round(3·ln OR)), not read from the paper: needs primary check.");
  }
  const onset = ctx.derived.ageAtOnsetYears.value;
  if (onset !== null && onset < 3) {
    warnings.push("Onset before 3 years: the derivation cohort was older than 3 years.");
  }
  if (ctx.scurvyNotExcluded) warnings.push(SCURVY_WARNING);
  for (const item of itemList)
    for (const w of item.warnings ?? []) if (!warnings.includes(w)) warnings.push(w);
  const result: InstrumentResult = {
    id: "jansson-2009",
    label: "Jansson 2009 clinical score (NBO)",
    status: outcome === "indeterminate" ? "insufficient-data" : "computed",
    outcome,
    ruleVersion: table.ruleVersion,
    evidenceLevel: table.evidenceLevel,
    ...scoreFields(itemList),
    threshold: { value: table.threshold, comparator: ">=" },
    items: itemList,
    warnings,
    source: SOURCES.jansson2009,
  };
  if (outcome === "indeterminate") {
    result.missingToDecide = missingToDecide(itemList, (completed) => outcomeOf(completed, table.threshold));
  }
  return result;
}
