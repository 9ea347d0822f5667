/**
 * Jansson 2007 diagnostic criteria for nonbacterial osteitis (NBO).
 * Source: Jansson A, Renner ED, Ramser J, et al. Rheumatology (Oxford) 2007;46(1):154–160,
 * doi 10.1093/rheumatology/kel190. Evidence [U]: the criteria text was NOT FOUND verbatim; the four
 * major and six minor criteria and the rule "2 major, or 1 major + 3 minor" are a recollection of
 * reviews (docs/clinical/instruments/jansson-2007.md). D5 (docs/clinical/conventions.md#instrument-results): status `disabled`, outcome `rule-unverified`, no score;
 * the items are still evaluated so the chart shows what is present. D3: inflammatory histology.
 * D4: bones, multifocal, the complete lesion list, normal labs. Where the text gives no number or the
 * schema has no field, the item stays `null` and its evidence says why: nothing here invents a bound.
 */

import { DAYS_PER_YEAR, round2 } from "../derived/dates.ts";
import { sterileInflammatoryBiopsy } from "../derived/histology.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import { aboveUpperLimit, describeLab, isNormal } from "../labs/lab-reading.ts";
import { and } from "../logic/tri.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Condition, ImagingFinding, Sign } from "../schema/vocabulary.ts";
import { SOURCES } from "../sources.ts";

type ItemBody = Pick<InstrumentItem, "met" | "evidence">;

/** Calendar months as D4 counts years (365.25 days), so "6 months" is a unit conversion, not a clinical number. */
const SIX_MONTHS_IN_WEEKS = DAYS_PER_YEAR / 2 / 7;
const SKIN_PPP: readonly Condition[] = ["psoriasis", "palmoplantar-pustulosis"];
const CONSTITUTIONAL: readonly Sign[] = ["weight-loss", "asthenia-anorexia", "night-sweats"];
const LYSIS_OR_SCLEROSIS: readonly ImagingFinding[] = ["lytic", "sclerosis", "marginal-sclerosis"];

/**
 * A finding on a listed lesion. An empty list is a negative study (D4) → false; a list whose lesions
 * lack the finding stays null, because findings may be incompletely recorded (the reading D6 gives Bristol).
 */
function findingItem(
  lesions: readonly Lesion[] | undefined,
  findings: readonly ImagingFinding[],
  what: string,
): ItemBody {
  if (!lesions) return { met: null, evidence: "no lesion list given" };
  if (lesions.length === 0)
    return { met: false, evidence: "no lesion on the imaging given (the lesion list is complete)" };
  const hit = lesions.find((l) => l.modality !== "clinical" && l.findings?.some((f) => findings.includes(f)));
  if (hit)
    return {
      met: true,
      evidence: `${what} recorded at ${hit.site}${hit.modality ? ` (${hit.modality})` : ""}`,
    };
  return {
    met: null,
    evidence: `${what} not recorded on any imaged lesion; findings may be incompletely recorded`,
  };
}

function pppOrPsoriasis(conditions: readonly Condition[] | undefined): ItemBody {
  if (!conditions) return { met: null, evidence: "coexisting conditions not recorded" };
  const hit = conditions.filter((c) => SKIN_PPP.includes(c));
  return hit.length > 0
    ? { met: true, evidence: `coexisting ${hit.join(", ")}` }
    : { met: false, evidence: "neither psoriasis nor palmoplantar pustulosis among the recorded conditions" };
}

/** "Normal blood count and good general state of health": the second half is a judgement the schema lacks. */
function bloodCountAndHealth(ctx: EvaluationContext): ItemBody {
  const { labs } = ctx;
  const count = and(isNormal(labs.wbc), isNormal(labs.hemoglobin), isNormal(labs.platelets));
  const cbc = [
    describeLab(labs.wbc, "WBC"),
    describeLab(labs.hemoglobin, "haemoglobin"),
    describeLab(labs.platelets, "platelets"),
  ].join("; ");
  if (count === false) return { met: false, evidence: `${cbc}: blood count not normal` };
  const fever = ctx.derived.fever.value === true ? ["fever"] : [];
  const unwell: string[] = [
    ...fever,
    ...(ctx.presentation.clinicalSigns ?? []).filter((s) => CONSTITUTIONAL.includes(s)),
  ];
  if (unwell.length > 0) {
    return {
      met: false,
      evidence: `${cbc}; not in good general health: ${unwell.join(", ")} [CONV reading]`,
    };
  }
  const countText = count === true ? "blood count normal" : "blood count not decided";
  return {
    met: null,
    evidence: `${cbc}; ${countText}; "good general state of health" is a clinical judgement the presentation does not record`,
  };
}

/** No numeric bound for "mildly-to-moderately elevated" (NOT FOUND); only "not elevated at all" is decidable. */
function crpEsrMildlyElevated(ctx: EvaluationContext): ItemBody {
  const crp = aboveUpperLimit(ctx.labs.crp);
  const esr = aboveUpperLimit(ctx.labs.esr);
  const shown = `${describeLab(ctx.labs.crp, "CRP")}; ${describeLab(ctx.labs.esr, "ESR")}`;
  if (crp === false && esr === false)
    return { met: false, evidence: `${shown}: neither above the lab's upper limit` };
  return {
    met: null,
    evidence: `${shown}; the bound of "mildly-to-moderately elevated" is NOT FOUND, so no value can meet it`,
  };
}

/**
 * Observation time is at most the symptom duration, so symptoms of ≤ 6 months decide "no"; longer
 * symptoms leave it open, since the presentation does not record when observation began.
 */
function observationOver6Months(ctx: EvaluationContext): ItemBody {
  const weeks = ctx.derived.symptomDurationWeeks.value;
  if (weeks === null) return { met: null, evidence: ctx.derived.symptomDurationWeeks.reasoning };
  const shown = `symptoms for ${round2(weeks)} weeks (6 months = ${round2(SIX_MONTHS_IN_WEEKS)} weeks)`;
  if (weeks <= SIX_MONTHS_IN_WEEKS)
    return { met: false, evidence: `${shown}: observation cannot be longer than 6 months` };
  return { met: null, evidence: `${shown}; when observation began is not recorded` };
}

/** Only the CNO-associated conditions are in the schema, so their absence cannot exclude other autoimmune disease. */
function otherAutoimmune(conditions: readonly Condition[] | undefined): ItemBody {
  const hit = (conditions ?? []).filter((c) => !SKIN_PPP.includes(c));
  if (hit.length > 0)
    return { met: true, evidence: `coexisting ${hit.join(", ")} (CNO-associated conditions [CONV])` };
  return {
    met: null,
    evidence:
      "no associated condition recorded besides psoriasis/PPP; other autoimmune diseases have no field in the presentation",
  };
}

interface Criterion {
  id: string;
  label: string;
  read: (ctx: EvaluationContext) => ItemBody;
}

/** The [U] list of docs/clinical/instruments/jansson-2007.md, in its order; ids are kebab-case (D5). */
const CRITERIA: readonly Criterion[] = [
  {
    id: "major-radiological-lesion",
    label: "Major: radiologically proven osteolytic/sclerotic bone lesion",
    read: (ctx) => findingItem(ctx.presentation.lesions, LYSIS_OR_SCLEROSIS, "lysis or sclerosis"),
  },
  {
    id: "major-multifocal",
    label: "Major: multifocal bone lesions",
    read: (ctx) => ({ met: ctx.derived.multifocal.value, evidence: ctx.derived.multifocal.reasoning }),
  },
  {
    id: "major-ppp-or-psoriasis",
    label: "Major: palmoplantar pustulosis or psoriasis",
    read: (ctx) => pppOrPsoriasis(ctx.presentation.coexistingConditions),
  },
  {
    id: "major-sterile-biopsy-inflammation",
    label: "Major: sterile bone biopsy with inflammation and/or fibrosis, sclerosis",
    read: (ctx) => sterileInflammatoryBiopsy(ctx.presentation.biopsy),
  },
  {
    id: "minor-normal-blood-count",
    label: "Minor: normal blood count and good general state of health",
    read: bloodCountAndHealth,
  },
  {
    id: "minor-crp-esr-mildly-elevated",
    label: "Minor: CRP and ESR mildly-to-moderately elevated",
    read: crpEsrMildlyElevated,
  },
  {
    id: "minor-observation-over-6-months",
    label: "Minor: observation time longer than 6 months",
    read: observationOver6Months,
  },
  {
    id: "minor-hyperostosis",
    label: "Minor: hyperostosis",
    read: (ctx) => findingItem(ctx.presentation.lesions, ["hyperostosis"], "hyperostosis"),
  },
  {
    id: "minor-other-autoimmune-disease",
    label: "Minor: other autoimmune disease apart from PPP or psoriasis",
    read: (ctx) => otherAutoimmune(ctx.presentation.coexistingConditions),
  },
  {
    id: "minor-family-history",
    label: "Minor: first- or second-degree relative with autoimmune or autoinflammatory disease, or NBO",
    read: () => ({ met: null, evidence: "family history is not part of the presentation schema" }),
  },
];

const UNVERIFIED_WARNING =
  "Jansson 2007 criteria are an unverified recollection [U]: the criteria text was not found. Before enabling, check against the paper (doi 10.1093/rheumatology/kel190) the four major and six minor criteria, their wording, and the rule (2 major, or 1 major + 3 minor). No outcome is computed; the items are shown for information.";

export function evaluateJansson2007(ctx: EvaluationContext): InstrumentResult {
  return {
    id: "jansson-2007",
    label: "Jansson 2007 diagnostic criteria (NBO)",
    status: "disabled",
    outcome: "rule-unverified",
    ruleVersion: "jansson-2007/builtin-1 (unverified)",
    evidenceLevel: "U",
    items: CRITERIA.map(({ id, label, read }) => ({ id, label, ...read(ctx) })),
    warnings: [UNVERIFIED_WARNING],
    source: SOURCES.jansson2007,
  };
}
