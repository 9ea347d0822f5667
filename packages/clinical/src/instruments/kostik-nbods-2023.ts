/**
 * Kostik 2023 NBO diagnostic score (NBODS), nonbacterial vs bacterial osteomyelitis.
 * Source: Kostik MM, Maletin AS, Petukhova VV, Mushkin AY. Front Pediatr 2023;11:1067206,
 * doi 10.3389/fped.2023.1067206 (abstract) [V], docs/clinical/instruments/kostik-nbods-2023.md#points-and-threshold Items, points and the "> 17" cut-off
 * are [V] but read from the rule table (ctx.rules.kostik2023), never from literals here.
 * D5 (docs/clinical/conventions.md#instrument-results): outcome `score-only`, no NBO/BO label, because the published cut-off does not add
 * up (see cutOffWarning). D4: multifocal and the complete lesion list (femur item). D7: Kingella.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import { scoreFields } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import { KINGELLA_ITEM_WARNING, SCURVY_WARNING } from "../evaluation/warnings.ts";
import { compareLab, describeLab } from "../labs/lab-reading.ts";
import type { Tri } from "../logic/tri.ts";
import type { Kostik2023Table } from "../rules/tables.ts";
import { SOURCES } from "../sources.ts";

type ItemId = keyof Kostik2023Table["points"];
type ItemBody = Pick<InstrumentItem, "met" | "evidence" | "warnings">;

function femurItem(ctx: EvaluationContext): ItemBody {
  const lesions = ctx.presentation.lesions;
  if (!lesions) return { met: null, evidence: "no lesion list given" };
  const femur = lesions.find((l) => l.site === "femur");
  return femur
    ? { met: true, evidence: `femoral lesion${femur.side ? ` (${femur.side})` : ""}` }
    : { met: false, evidence: "no femoral lesion listed (the lesion list is complete)" };
}

function crpItem(ctx: EvaluationContext, table: Kostik2023Table): ItemBody {
  const met = compareLab(ctx.labs.crp, "<=", table.crpMgPerL);
  const undecided = ctx.labs.crp && met === null ? `; cannot decide ≤ ${table.crpMgPerL} mg/L` : "";
  // A low CRP counts toward NBO here; in a young child that must not lower the suspicion of Kingella (D7).
  const caution = ctx.kingellaCaution && met === true ? { warnings: [KINGELLA_ITEM_WARNING] } : {};
  return { met, evidence: `${describeLab(ctx.labs.crp, "CRP")}${undecided}`, ...caution };
}

function bandsItem(ctx: EvaluationContext, table: Kostik2023Table): ItemBody {
  const bands = ctx.labs["band-neutrophils"];
  const met = compareLab(bands, "<=", table.bandNeutrophilsPerUl);
  const note = bands ? "" : "; needs a manual differential, which many labs no longer report";
  return { met, evidence: `${describeLab(bands, "band neutrophils")}${note}` };
}

function items(ctx: EvaluationContext, table: Kostik2023Table): InstrumentItem[] {
  const item = (id: ItemId, label: string, body: ItemBody): InstrumentItem => ({
    id,
    label,
    points: table.points[id],
    ...body,
  });
  const multifocal: Tri = ctx.derived.multifocal.value;
  return [
    item("crp-le-55-mg-l", `CRP ≤ ${table.crpMgPerL} mg/L`, crpItem(ctx, table)),
    item("multifocal", "Multifocal involvement", {
      met: multifocal,
      evidence: ctx.derived.multifocal.reasoning,
    }),
    item("femur-involved", "Femur involvement", femurItem(ctx)),
    item(
      "band-neutrophils-le-220",
      `Band neutrophils ≤ ${table.bandNeutrophilsPerUl} cells/µL`,
      bandsItem(ctx, table),
    ),
  ];
}

/**
 * docs/clinical/instruments/kostik-nbods-2023.md#points-and-threshold: with "> threshold", the CRP item alone passes, which is hard to reconcile with the
 * reported 96.9 % specificity (Kostik 2018 gave CRP ≤ 55 mg/L a specificity of 0.73). Said only while
 * the table's numbers still show the problem, so a corrected table silences it.
 */
function cutOffWarning(table: Kostik2023Table): string | null {
  const crpPoints = table.points["crp-le-55-mg-l"];
  if (crpPoints <= table.threshold) return null;
  return (
    `The published cut-off (> ${table.threshold}) is arithmetically inconsistent: CRP ≤ ${table.crpMgPerL} mg/L alone gives ` +
    `${crpPoints} points and multifocal involvement alone ${table.points.multifocal}, so one item would decide most cases, ` +
    "which does not fit the reported 96.9 % specificity. The score is shown without a label until the full text is checked."
  );
}

function warningsFor(ctx: EvaluationContext, table: Kostik2023Table): string[] {
  const warnings: string[] = [];
  const cutOff = cutOffWarning(table);
  if (cutOff) warnings.push(cutOff);
  if (ctx.kingellaCaution) warnings.push(KINGELLA_ITEM_WARNING);
  if (ctx.scurvyNotExcluded) warnings.push(SCURVY_WARNING);
  return warnings;
}

export function evaluateKostikNbods2023(ctx: EvaluationContext): InstrumentResult {
  const table = ctx.rules.kostik2023;
  const itemList = items(ctx, table);
  return {
    id: "kostik-nbods-2023",
    label: "Kostik 2023 NBO diagnostic score (NBODS)",
    status: "computed",
    outcome: "score-only",
    ruleVersion: table.ruleVersion,
    evidenceLevel: table.evidenceLevel,
    ...scoreFields(itemList),
    // D5/D11: the published cut-off does not add up, so no output shows it as a threshold; a reviewed
    // table whose cut-off is consistent (no cut-off warning) may show its own.
    ...(cutOffWarning(table) === null
      ? { threshold: { value: table.threshold, comparator: ">" as const } }
      : {}),
    items: itemList,
    warnings: warningsFor(ctx, table),
    source: SOURCES.kostik2023,
  };
}
