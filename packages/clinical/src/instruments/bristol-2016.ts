/**
 * Bristol diagnostic criteria for CRMO/CNO.
 * Source: Roderick MR, et al. Pediatr Rheumatol Online J 2016;14(1):47. doi 10.1186/s12969-016-0109-1.
 * Structure [U], consistent with the [V] abstract; CRP cut-off 30 mg/L [S] (Ćosićkić, CEJP). The rule
 * runs with `evidenceLevel: "U"` by the explicit exception of D6 (docs/clinical/instruments/bristol-2016.md#our-readings); its items and null rules
 * are D6's, its outcome order D11's (a proven mimic first), implemented here literally.
 */
import { inflammatoryHistology } from "../derived/histology.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import { missingToDecide, settledOutcome } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult, InstrumentStatus } from "../evaluation/types.ts";
import { KINGELLA_ITEM_WARNING, SCURVY_WARNING } from "../evaluation/warnings.ts";
import { compareLab, describeLab } from "../labs/lab-reading.ts";
import { and, type Tri } from "../logic/tri.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Presentation } from "../schema/presentation.ts";
import type { HistologyFinding } from "../schema/vocabulary.ts";
import { SOURCES } from "../sources.ts";

type Outcome =
  | "mimic-present"
  | "criteria-met-without-biopsy"
  | "criteria-met-with-biopsy"
  | "criteria-not-met"
  | "whole-body-imaging-required"
  | "biopsy-required"
  | "undecided";

const STATUS: Record<Outcome, InstrumentStatus> = {
  "mimic-present": "not-applicable",
  "criteria-met-without-biopsy": "computed",
  "criteria-met-with-biopsy": "computed",
  "criteria-not-met": "computed",
  "whole-body-imaging-required": "insufficient-data",
  "biopsy-required": "insufficient-data",
  undecided: "insufficient-data",
};

/** The items whose values are read from the presentation; criterion 1 is recomputed from them. */
const LEAF_IDS = [
  "typical-clinical-findings",
  "typical-radiological-findings",
  "multifocal-or-clavicle-alone",
  "crp-below-30-mg-l",
  "criterion-2",
] as const;
type LeafId = (typeof LEAF_IDS)[number];
type Leaves = Record<LeafId, Tri>;

/** Facts the outcome order reads besides the items (D11). */
interface Situation {
  /** D7 mimicPresent in any group, or a biopsy granuloma. */
  mimicPresent: boolean;
  /** Exactly one bone, and whole-body imaging not recorded as performed. */
  singleBoneWithoutWholeBody: boolean;
  biopsyPerformed: boolean;
}

type Reading = Omit<InstrumentItem, "id" | "label">;

const MRI = new Set(["mri-stir", "whole-body-mri"]);
const PLAIN = new Set(["x-ray", "ct"]);

/** D6: bone pain without fever or local redness/warmth; features of inflammation leave it to the clinician. */
function typicalClinical(p: Presentation): Reading {
  const pain: Tri = p.bonePain ?? null;
  const afebrile: Tri = p.fever === undefined ? null : p.fever.present ? null : true;
  const local = p.clinicalSigns?.includes("local-redness-warmth") ?? false;
  const met = and(pain, afebrile, local ? null : true);
  const parts = [
    p.bonePain === undefined ? "bone pain not recorded" : `bone pain ${p.bonePain ? "present" : "absent"}`,
    p.fever === undefined ? "fever not recorded" : `fever ${p.fever.present ? "present" : "absent"}`,
    local
      ? "local redness/warmth found"
      : "no local redness/warmth listed among the signs (a sign not listed counts as not found)",
  ];
  const judgement =
    met === null && (p.fever?.present === true || local)
      ? "; features of inflammation present: whether they are significant is the clinician's judgement"
      : "";
  return { met, evidence: `${parts.join("; ")}${judgement}` };
}

/** Groups of plain-film findings: lytic; sclerosis; new bone formation (D6 [CONV]). */
function plainFilmGroups(lesion: Lesion): number {
  const f = lesion.findings ?? [];
  const groups = [
    f.includes("lytic"),
    f.includes("sclerosis") || f.includes("marginal-sclerosis"),
    f.includes("hyperostosis") || f.includes("periosteal-reaction"),
  ];
  return groups.filter(Boolean).length;
}

/** D6: met on MRI bone-marrow oedema or ≥ 2 plain-film groups; otherwise null, never false. */
function typicalRadiological(ctx: EvaluationContext): Reading {
  const lesions = ctx.presentation.lesions ?? [];
  const mri = lesions.find((l) => MRI.has(l.modality ?? "") && l.findings?.includes("bone-marrow-edema"));
  if (mri) return { met: true, evidence: `bone-marrow oedema on ${mri.modality} at ${mri.site}` };
  // D11: plain-film readings come from the latest x-ray or CT at each bone, even under a later MRI.
  const plain = ctx.radiographs.find((l) => PLAIN.has(l.modality ?? "") && plainFilmGroups(l) >= 2);
  if (plain) {
    return {
      met: true,
      evidence: `${plain.modality} at ${plain.site}: ${(plain.findings ?? []).join(", ")} (≥ 2 of lytic areas, sclerosis, new bone formation; project convention)`,
    };
  }
  return {
    met: null,
    evidence:
      "no MRI lesion with bone-marrow oedema and no x-ray/CT lesion with two of lytic areas, sclerosis, new bone formation; the recorded findings may be incomplete, so this stays open",
  };
}

/** D6: multifocal counts; a lone clavicle counts; a single other bone is unifocal only after whole-body imaging. */
function boneCount(ctx: EvaluationContext): Reading {
  const { derived } = ctx;
  const count = derived.lesionCount.value;
  const wholeBody = derived.wholeBodyImagingPerformed;
  if (count === null) return { met: null, evidence: derived.lesionCount.reasoning };
  if (derived.multifocal.value === true) return { met: true, evidence: derived.multifocal.reasoning };
  if (derived.onlyBoneIsClavicle.value === true) {
    return { met: true, evidence: `${derived.onlyBoneIsClavicle.reasoning}: "or clavicle alone"` };
  }
  const what =
    count === 0 ? "no bone with a lesion" : `${derived.onlyBoneIsClavicle.reasoning}, not a clavicle`;
  if (wholeBody.value === true) return { met: false, evidence: `${what}; ${wholeBody.reasoning}` };
  return {
    met: null,
    evidence: `${what} on the imaging given; ${wholeBody.reasoning}: whole-body imaging may show further lesions`,
  };
}

/** D6: CRP below the table's cut-off; exactly at it, or a qualified value whose bound does not decide, is null. */
function crpBelow(ctx: EvaluationContext): Reading {
  const cutOff = ctx.rules.bristol2016.crpMgPerL;
  const crp = ctx.labs.crp;
  const below = compareLab(crp, "<", cutOff);
  const above = compareLab(crp, ">", cutOff);
  const met: Tri = below === true ? true : above === true ? false : null;
  let note = "";
  if (met === null && crp) {
    note =
      typeof crp.canonical.value === "number"
        ? crp.qualifier === undefined
          ? `; exactly at the cut-off: whether ${cutOff} mg/L counts as raised is NOT FOUND`
          : "; the reported bound does not decide the cut-off"
        : `; the reported interpretation does not decide the ${cutOff} mg/L cut-off`;
  }
  const source = "cut-off [S]: a Bristol-selected cohort reports all CRP < 30 mg/L (Ćosićkić, CEJP)";
  return {
    met,
    evidence: `${describeLab(crp, "CRP")}${note}; ${source}`,
    ...(ctx.kingellaCaution && met === true ? { warnings: [KINGELLA_ITEM_WARNING] } : {}),
  };
}

function histologyReading(findings: readonly HistologyFinding[] | undefined): Tri {
  return inflammatoryHistology(findings).met;
}

/** D6 criterion 2: inflammatory biopsy (D3), negative culture, not on antibiotics. No biopsy → false. */
function criterion2(p: Presentation): Reading {
  const biopsy = p.biopsy;
  if (!biopsy?.performed) {
    return { met: false, evidence: `no biopsy (${biopsy ? "performed: false" : "none recorded"})` };
  }
  const inflammatory = histologyReading(biopsy.findings);
  const culture: Tri = biopsy.culture === "negative" ? true : biopsy.culture === "positive" ? false : null;
  const antibiotics = biopsy.onAntibioticsAtBiopsy;
  const offAntibiotics: Tri = antibiotics === undefined ? null : !antibiotics;
  const findings = biopsy.findings?.length ? biopsy.findings.join(", ") : "not recorded";
  const parts = [
    `histology: ${findings} → ${inflammatory === null ? "unknown" : inflammatory ? "inflammatory" : "not inflammatory"} (inflammatory = plasma cells, lymphocytes, neutrophils, osteoclasts, fibrosis, sclerosis or non-specific inflammation, and no malignant cells, Langerhans cells or granuloma)`,
    `culture ${biopsy.culture ?? "not recorded"}`,
    antibiotics === undefined
      ? "antibiotic status at biopsy not recorded"
      : `on antibiotics at biopsy: ${antibiotics ? "yes" : "no"}`,
  ];
  return { met: and(inflammatory, culture, offAntibiotics), evidence: parts.join("; ") };
}

/** D11's outcome order, first that applies; criterion 1 is a three-valued AND of pattern and CRP. */
function outcomeOf(leaves: Leaves, situation: Situation): Outcome {
  if (situation.mimicPresent) return "mimic-present";
  const criterion1 = and(leaves["multifocal-or-clavicle-alone"], leaves["crp-below-30-mg-l"]);
  const criterion2 = leaves["criterion-2"];
  const clinical = leaves["typical-clinical-findings"];
  const radiological = leaves["typical-radiological-findings"];
  if (clinical === false || radiological === false) return "criteria-not-met";
  if (clinical !== true || radiological !== true) return "undecided";
  if (criterion1 === true) return "criteria-met-without-biopsy";
  if (criterion2 === true) return "criteria-met-with-biopsy";
  if (criterion1 === false && situation.biopsyPerformed && criterion2 === false) return "criteria-not-met";
  if (criterion1 === false && !situation.biopsyPerformed) return "biopsy-required";
  const onlyWholeBodyOpen =
    situation.singleBoneWithoutWholeBody &&
    leaves["multifocal-or-clavicle-alone"] === null &&
    leaves["crp-below-30-mg-l"] === true;
  if (onlyWholeBodyOpen) return "whole-body-imaging-required";
  return "undecided";
}

function leavesOf(items: readonly { id: string; met: Tri }[]): Leaves {
  const met = (id: LeafId): Tri => items.find((i) => i.id === id)?.met ?? null;
  return Object.fromEntries(LEAF_IDS.map((id) => [id, met(id)])) as Leaves;
}

export function evaluateBristol2016(ctx: EvaluationContext): InstrumentResult {
  const table = ctx.rules.bristol2016;
  const p = ctx.presentation;
  const clinical = typicalClinical(p);
  if (ctx.kingellaCaution && clinical.met === true) clinical.warnings = [KINGELLA_ITEM_WARNING];
  const pattern = boneCount(ctx);
  const crp = crpBelow(ctx);
  const leafItems: InstrumentItem[] = [
    { id: "typical-clinical-findings", label: "Typical clinical findings", ...clinical },
    {
      id: "typical-radiological-findings",
      label: "Typical radiological findings",
      ...typicalRadiological(ctx),
    },
    { id: "multifocal-or-clavicle-alone", label: "More than one bone, or clavicle alone", ...pattern },
    { id: "crp-below-30-mg-l", label: `CRP < ${table.crpMgPerL} mg/L (not significantly raised)`, ...crp },
  ];
  const c2: InstrumentItem = {
    id: "criterion-2",
    label: "Criterion 2: inflammatory bone biopsy, culture negative, not on antibiotics",
    ...criterion2(p),
  };
  const c1: InstrumentItem = {
    id: "criterion-1",
    label: `Criterion 1: more than one bone (or clavicle alone) and CRP < ${table.crpMgPerL} mg/L`,
    met: and(pattern.met, crp.met),
    evidence: `bone pattern ${String(pattern.met)} and CRP < ${table.crpMgPerL} mg/L ${String(crp.met)} (a missing CRP, or one exactly at the cut-off, leaves it open)`,
  };
  const items = [...leafItems, c1, c2];
  const situation: Situation = {
    mimicPresent: ctx.foundMimics.length > 0,
    singleBoneWithoutWholeBody:
      ctx.derived.lesionCount.value === 1 && ctx.derived.wholeBodyImagingPerformed.value !== true,
    biopsyPerformed: p.biopsy?.performed === true,
  };
  const leaves = leavesOf(items);
  const leafList = LEAF_IDS.map((id) => ({ id, met: leaves[id] }));
  const outcomeOfLeaves = (completed: readonly { id: string; met: Tri }[]) =>
    outcomeOf(leavesOf(completed), situation);
  // "Otherwise undecided" only while a missing value could still change it (e.g. a biopsy after which
  // criterion 1 and 2 are false is not met whatever the typical findings turn out to be).
  const first = outcomeOf(leaves, situation);
  const settled =
    first === "undecided" ? (settledOutcome(leafList, outcomeOfLeaves) as Outcome | null) : null;
  const outcome = settled ?? first;

  const warnings: string[] = [];
  if (table.evidenceLevel !== "V") {
    // A table marked [V] would mean the primary table has been read; until then the caution stays.
    warnings.push(
      `Structure and CRP cut-off await the primary table (Roderick 2016, PMC5006369): the structure is unverified [U] and the ${table.crpMgPerL} mg/L cut-off rests on a secondary source [S].`,
    );
  }
  warnings.push(
    '"Atypical features such as age" (a trigger for a biopsy in the paper) has no published definition: not evaluated here.',
  );
  if (ctx.scurvyNotExcluded) warnings.push(SCURVY_WARNING);
  for (const item of items) for (const w of item.warnings ?? []) if (!warnings.includes(w)) warnings.push(w);

  const result: InstrumentResult = {
    id: "bristol-2016",
    label: "Bristol diagnostic criteria 2016 (CRMO/CNO)",
    status: STATUS[outcome],
    outcome,
    ruleVersion: table.ruleVersion,
    evidenceLevel: table.evidenceLevel,
    items,
    warnings,
    source: SOURCES.roderick2016,
  };
  if (result.status === "insufficient-data")
    result.missingToDecide = missingToDecide(leafList, outcomeOfLeaves);
  return result;
}
