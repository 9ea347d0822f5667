/**
 * EULAR/ACR 2025 classification criteria for paediatric CNO.
 * Source: Zhao Y, et al. Ann Rheum Dis 2025;84(9):1458–1468. doi 10.1016/j.ard.2024.11.006 (abstract) [V];
 * entry wording Levenson 2025 and Healio 2022 [V]. Entry, exclusions, domain names and the ≥ 55
 * threshold are [V]; the item weights are NOT FOUND, so the weighted score runs only with a reviewed
 * table loaded as data (D9 (docs/clinical/conventions.md#rule-tables)) and is `disabled` (`weights-missing`) by default.
 * The imaging entry reading is a project convention [CONV], hence `evidenceLevel: "CONV"`.
 *
 * Exclusion items read `met` as "this mimic is excluded" (D11): true when the work-up says `excluded`
 * (vitamin C also on a normal or high vitamin C result, hypophosphatasia on a normal or high alkaline
 * phosphatase), false when it says `confirmed` or when the mimic is present by D7 `mimicPresent`,
 * null otherwise. A present mimic gives `mimic-present` before anything else.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import type { InstrumentItem, InstrumentResult, InstrumentStatus } from "../evaluation/types.ts";
import { UNDER_3_WARNING } from "../evaluation/warnings.ts";
import { aboveUpperLimit, describeLab, isNormal } from "../labs/lab-reading.ts";
import type { LabTest } from "../labs/lab-units.ts";
import { and, type Tri } from "../logic/tri.ts";
import { MIMIC_GROUPS, type MimicGroup } from "../mimics/mimic-present.ts";
import { SOURCES } from "../sources.ts";
import {
  tableItems,
  tableMissingToDecide,
  tableOutcome,
  weightedScoreFields,
} from "./eular-acr-2025-scoring.ts";

type Outcome =
  | "mimic-present"
  | "entry-not-met"
  | "entry-undecided"
  | "exclusions-not-assessed"
  | "weights-missing"
  | "classified"
  | "not-classified"
  | "undecided";

const STATUS: Record<Outcome, InstrumentStatus> = {
  "mimic-present": "not-applicable",
  "entry-not-met": "not-applicable",
  "entry-undecided": "insufficient-data",
  "exclusions-not-assessed": "insufficient-data",
  "weights-missing": "disabled",
  classified: "computed",
  "not-classified": "computed",
  undecided: "insufficient-data",
};

export const EULAR_ACR_NO_TABLE_RULE_VERSION = "eular-acr-2025/entry-and-exclusions-1 (weights not loaded)";

/** [V] entry: onset < 18 years; symptoms ≥ 6 weeks (= 42 days). */
const ENTRY_MAX_ONSET_YEARS = 18;
const ENTRY_MIN_WEEKS = 6;
/** Levenson 2025 [V]: "extreme caution" below 3 years. */
const CAUTION_ONSET_YEARS = 3;

interface Exclusion {
  id: string;
  group: MimicGroup;
  label: string;
  /** A result that excludes the mimic when normal or high (D11), and how to name it. */
  lab?: { test: LabTest; name: string };
}

const EXCLUSIONS: readonly Exclusion[] = [
  { id: "exclusion-malignancy", group: "malignancy", label: "Exclusion: malignancy excluded" },
  { id: "exclusion-infection", group: "infection", label: "Exclusion: infection excluded" },
  {
    id: "exclusion-vitamin-c-deficiency",
    group: "vitaminCDeficiency",
    label: "Exclusion: vitamin C deficiency excluded",
    lab: { test: "vitamin-c", name: "vitamin C" },
  },
  {
    id: "exclusion-hypophosphatasia",
    group: "hypophosphatasia",
    label: "Exclusion: hypophosphatasia excluded",
    lab: { test: "alkaline-phosphatase", name: "alkaline phosphatase" },
  },
];

export const CLASSIFICATION_NOTE =
  "EULAR/ACR 2025 are classification criteria for research and trials, not diagnostic criteria: a child who is not classified may still have CNO, and a classified one still needs the clinician's diagnosis (Zhao 2025).";
export const IMAGING_ENTRY_WARNING =
  'Entry imaging: what counts as "typical radiographic or MRI findings" is NOT FOUND; read as any imaged (non-clinical) lesion with at least one recorded finding, false only when whole-body imaging found no lesion [project convention].';
export const WEIGHTS_NOT_FOUND =
  'Weighted domains (lesion site, lesion pattern, age at onset, coexisting conditions, fever, bone biopsy, anaemia, CRP, ESR; total ≥ 55 classifies): the item weights of the Zhao 2025 table are NOT FOUND, so no score is computed. To score, load a reviewed rule-set file whose tables["eular-acr-2025"] holds the weight table (CLI --rules FILE).';
const PROVISIONAL_EXCLUSIONS =
  "Provisional 2022 exclusions (platelets < 100 ×10⁹/L, abnormal LDH) are not confirmed in the final criteria and are not applied here; they appear among the red flags.";

function ageItem(ctx: EvaluationContext): InstrumentItem {
  const onset = ctx.derived.ageAtOnsetYears;
  return {
    id: "entry-age-under-18",
    label: "Entry: age at onset < 18 years",
    met: onset.value === null ? null : onset.value < ENTRY_MAX_ONSET_YEARS,
    evidence: onset.reasoning,
  };
}

/** D9: bone pain false → false, missing → null; duration missing → null; ≥ 6 weeks (42 days). */
function painItem(ctx: EvaluationContext): InstrumentItem {
  const pain = ctx.presentation.bonePain;
  const weeks = ctx.derived.symptomDurationWeeks;
  const long: Tri = weeks.value === null ? null : weeks.value >= ENTRY_MIN_WEEKS;
  const painText = pain === undefined ? "bone pain not recorded" : `bone pain ${pain ? "present" : "absent"}`;
  return {
    id: "entry-bone-pain-6-weeks",
    label: "Entry: bone pain or musculoskeletal limitation for ≥ 6 weeks",
    met: and(pain ?? null, long),
    evidence: `${painText}; symptom duration ${weeks.reasoning}; needs ≥ ${ENTRY_MIN_WEEKS} weeks (42 days)`,
  };
}

/** D9 [CONV]: an imaged lesion with a finding; false only when whole-body imaging found none. */
function imagingItem(ctx: EvaluationContext): InstrumentItem {
  const lesions = ctx.presentation.lesions;
  const hit = lesions?.find(
    (l) => l.modality !== undefined && l.modality !== "clinical" && (l.findings?.length ?? 0) > 0,
  );
  const wholeBody = ctx.derived.wholeBodyImagingPerformed;
  let met: Tri = null;
  let evidence: string;
  if (hit) {
    met = true;
    evidence = `${hit.modality} at ${hit.site}: ${(hit.findings ?? []).join(", ")}`;
  } else if (wholeBody.value === true && lesions && lesions.every((l) => l.modality === "clinical")) {
    met = false;
    evidence = `${wholeBody.reasoning}; no imaged lesion listed`;
  } else {
    evidence = `no lesion with a recorded imaging modality and finding; ${wholeBody.reasoning}`;
  }
  return {
    id: "entry-imaging",
    label: "Entry: typical radiographic or MRI findings",
    met,
    evidence,
    warnings: [IMAGING_ENTRY_WARNING],
  };
}

function exclusionItems(ctx: EvaluationContext): InstrumentItem[] {
  return EXCLUSIONS.map(({ id, group, label, lab }) => {
    const mimic = ctx.mimics[group];
    const workup = ctx.presentation.mimicWorkup?.[group];
    if (mimic.present)
      return { id, label, met: false, evidence: `mimic present: ${mimic.evidence.join("; ")}` };
    if (workup === "confirmed") return { id, label, met: false, evidence: "confirmed in the mimic work-up" };
    if (workup === "excluded") return { id, label, met: true, evidence: "ruled out in the mimic work-up" };
    const result = lab ? ctx.labs[lab.test] : undefined;
    const name = lab?.name ?? "";
    if (result && (isNormal(result) === true || aboveUpperLimit(result) === true)) {
      return {
        id,
        label,
        met: true,
        evidence: `${describeLab(result, name)}: normal or high for the lab's range`,
      };
    }
    const resultText = result ? `; ${describeLab(result, name)} cannot be read against a range` : "";
    return {
      id,
      label,
      met: null,
      evidence: `not assessed (work-up ${workup ?? "not recorded"})${resultText}`,
    };
  });
}

/** The instrument item as shown: the domain is already named in the label. */
function withoutDomain(item: InstrumentItem & { domain: string }): InstrumentItem {
  const { domain: _domain, ...shown } = item;
  return shown;
}

function outcomeBeforeWeights(
  mimicPresent: boolean,
  entry: readonly InstrumentItem[],
  exclusions: readonly InstrumentItem[],
): Outcome | null {
  if (mimicPresent) return "mimic-present";
  if (entry.some((i) => i.met === false)) return "entry-not-met";
  if (entry.some((i) => i.met === null)) return "entry-undecided";
  if (exclusions.some((i) => i.met === null)) return "exclusions-not-assessed";
  return null;
}

export function evaluateEularAcr2025(ctx: EvaluationContext): InstrumentResult {
  const table = ctx.rules.eularAcr2025;
  const entry = [ageItem(ctx), painItem(ctx), imagingItem(ctx)];
  const exclusions = exclusionItems(ctx);
  const weighted = table ? tableItems(ctx, table) : [];
  const outcome: Outcome =
    outcomeBeforeWeights(
      MIMIC_GROUPS.some((g) => ctx.mimics[g].present),
      entry,
      exclusions,
    ) ?? (table ? tableOutcome(weighted, table.domainCombination, table.threshold) : "weights-missing");

  const warnings = [CLASSIFICATION_NOTE, IMAGING_ENTRY_WARNING];
  const onset = ctx.derived.ageAtOnsetYears.value;
  if (onset !== null && onset < CAUTION_ONSET_YEARS) warnings.push(UNDER_3_WARNING);
  if (table) {
    const { citation, reviewedBy, reviewedOn } = table.source;
    warnings.push(
      `Weights from the loaded table ${table.ruleVersion} (${citation}; reviewed by ${reviewedBy} on ${reviewedOn}); domains combine ${table.domainCombination}.`,
    );
  } else {
    warnings.push(WEIGHTS_NOT_FOUND);
  }
  warnings.push(PROVISIONAL_EXCLUSIONS);
  const items: InstrumentItem[] = [...entry, ...exclusions, ...weighted.map(withoutDomain)];
  for (const item of items) for (const w of item.warnings ?? []) if (!warnings.includes(w)) warnings.push(w);

  const result: InstrumentResult = {
    id: "eular-acr-2025",
    label: "EULAR/ACR 2025 classification criteria (paediatric CNO)",
    status: STATUS[outcome],
    outcome,
    ruleVersion: table ? table.ruleVersion : EULAR_ACR_NO_TABLE_RULE_VERSION,
    evidenceLevel: "CONV",
    ...(table ? weightedScoreFields(weighted, table.domainCombination) : {}),
    ...(table ? { threshold: { value: table.threshold, comparator: ">=" as const } } : {}),
    items,
    warnings,
    source: SOURCES.zhao2025,
  };
  if (result.status === "insufficient-data") {
    // A null exclusion (open → exclusions-not-assessed) and a null entry item (false → entry-not-met)
    // always decide; a null weighted item decides when it can move the total across the threshold.
    const deciding = new Set([...entry, ...exclusions].filter((i) => i.met === null).map((i) => i.id));
    if (table)
      for (const id of tableMissingToDecide(weighted, table.domainCombination, table.threshold))
        deciding.add(id);
    result.missingToDecide = items.filter((i) => deciding.has(i.id)).map((i) => i.id);
  }
  return result;
}
