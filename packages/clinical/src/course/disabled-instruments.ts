/**
 * Course instruments whose rule is NOT FOUND (D5 (docs/clinical/conventions.md#instrument-results)): `pedcno`, `cno-cdas`, `rai-cromris`
 * ship disabled with outcome `rule-unverified` and evidence level U, and show the inputs they would use
 * (docs/clinical/monitoring.md#raw-components-and-versioned-scores: unverified rules return "rule-unverified" rather than a number). Items carry
 * `met: null` because nothing is decided; the evidence holds the values.
 */
import { boneKey } from "../atlas/bone.ts";
import { lesionFacts } from "../derived/lesion-facts.ts";
import type { InstrumentId, InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import type { Source } from "../evidence.ts";
import { describeLab } from "../labs/lab-reading.ts";
import type { Visit } from "../schema/course.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { ImagingFinding } from "../schema/vocabulary.ts";
import { SOURCES } from "../sources.ts";
import { chaqDisabilityIndex } from "./chaq.ts";
import { siteSideKey } from "./course-records.ts";
import type { CourseProjections } from "./presentation-as-of.ts";

function disabled(
  id: InstrumentId,
  label: string,
  items: InstrumentItem[],
  warnings: string[],
  source: Source,
): InstrumentResult {
  return {
    id,
    label,
    status: "disabled",
    outcome: "rule-unverified",
    ruleVersion: `${id}/unverified`,
    evidenceLevel: "U",
    items,
    warnings,
    source,
  };
}

const shown = (value: number | undefined) => (value === undefined ? "not recorded" : String(value));

/** One moment PedCNO compares: a visit and the projection at its date (D1). */
interface Snapshot {
  name: string;
  visit: Visit;
  lesions: Lesion[] | undefined;
  esr: string;
}

function snapshot(projections: CourseProjections, name: string, visit: Visit): Snapshot {
  const { presentation } = projections.at(visit.date);
  const esr = presentation.labs?.find((l) => l.test === "esr");
  return {
    name: `${name} (${visit.date})`,
    visit,
    lesions: presentation.lesions,
    esr: esr ? `${describeLab(esr, "ESR")} taken ${esr.takenOn}` : "ESR not recorded",
  };
}

/** docs/clinical/instruments/pedcno.md#core-variables: the five core variables [B], as recalled; the verbatim list was not retrieved. */
const PEDCNO_VARIABLES: readonly [string, string, (s: Snapshot) => string][] = [
  ["esr-mm-h", "ESR, mm/h [B]", (s) => s.esr],
  [
    "radiological-lesion-count",
    "Number of radiological lesions [B]",
    (s) =>
      s.lesions
        ? `${lesionFacts(s.lesions).imagedBoneCount.value?.definite ?? 0} imaged bone(s)`
        : "no imaging",
  ],
  [
    "physician-global-severity",
    "Physician global assessment, NRS 0–10 [B]",
    (s) => shown(s.visit.physicianGlobal),
  ],
  [
    "patient-global-severity",
    "Patient/parent global assessment, NRS 0–10 [B]",
    (s) => shown(s.visit.patientGlobal),
  ],
  [
    "chaq-di",
    "CHAQ disability index [B]",
    (s) => (s.visit.chaq ? shown(chaqDisabilityIndex(s.visit.chaq).di) : "not recorded"),
  ],
];

/** Baseline = the first `baseline` visit, else the first visit (docs/clinical/instruments/pedcno.md#open-questions-for-a-reviewer A7: reference visit NOT FOUND). */
function baselineVisit(projections: CourseProjections, on: string): Visit | undefined {
  const visits = projections.course.visits
    .filter((v) => v.date <= on)
    .sort((a, b) => a.date.localeCompare(b.date));
  return visits.find((v) => v.kind === "baseline") ?? visits[0];
}

export function evaluatePedCno(projections: CourseProjections, on: string): InstrumentResult {
  const first = baselineVisit(projections, on);
  const last = projections.at(on).latestVisit;
  const moments = [
    first && snapshot(projections, "baseline", first),
    last && snapshot(projections, "now", last),
  ];
  const items = PEDCNO_VARIABLES.map(([id, label, read]) => ({
    id,
    label,
    met: null,
    evidence: moments.map((m) => (m ? `${m.name}: ${read(m)}` : "no visit")).join("; "),
  }));
  return disabled(
    "pedcno",
    "PedCNO response (Beck 2010)",
    items,
    [
      "NOT FOUND: the PedCNO 30/50/70 response rule (Beck 2010 full text not read); the five core variables are [B] recollections. Inputs shown only.",
    ],
    SOURCES.beck2010,
  );
}

/** Wu 2023 [V]: patient pain, patient global assessment and clinical CNO lesion count are the key variables. */
export function evaluateCnoCdas(projections: CourseProjections, on: string): InstrumentResult {
  const visit = projections.at(on).latestVisit;
  const at = visit ? ` at the latest visit (${visit.date})` : "";
  const tender = visit?.tenderSites && new Set(visit.tenderSites.map((t) => boneKey(t.site, t.side)));
  const items: InstrumentItem[] = [
    {
      id: "patient-pain",
      label: "Patient pain, NRS 0–10",
      met: null,
      evidence: `${shown(visit?.painNrs)}${at}`,
    },
    {
      id: "patient-global",
      label: "Patient global assessment, NRS 0–10",
      met: null,
      evidence: `${shown(visit?.patientGlobal)}${at}`,
    },
    {
      id: "clinical-lesion-count",
      label: "Clinical CNO lesion count",
      met: null,
      evidence: tender
        ? `${tender.size} tender bone(s)${at}: ${[...tender].join(", ") || "none"}`
        : `tender sites not recorded${at}`,
    },
  ];
  return disabled(
    "cno-cdas",
    "CNO clinical disease activity score (CARRA/CHOIR)",
    items,
    [
      "NOT FOUND: the CNO CDAS formula, weights, range and activity cut-offs (Wu 2023), and CHOIR's definition of a clinically active lesion (tender sites shown instead). Inputs shown only.",
    ],
    SOURCES.wu2023Cdas,
  );
}

/** Capponi 2021 [V] parameters, with the findings that record each (reading of D3's vocabulary [CONV]). */
const RAI_PARAMETERS: readonly [string, ImagingFinding[] | null][] = [
  ["bone marrow hyperintensity", ["bone-marrow-edema"]],
  ["signal extension", null],
  ["soft tissue/periosteal hyperintensity", ["soft-tissue-inflammation", "periosteal-reaction"]],
  ["bony expansion", ["bony-expansion"]],
  ["vertebral collapse", ["vertebral-collapse"]],
];

function raiEvidence(lesion: Lesion): string {
  const findings = lesion.findings;
  if (!findings) return "findings not recorded";
  return RAI_PARAMETERS.map(([name, codes]) => {
    if (!codes) return `${name}: not captured (grades NOT FOUND)`;
    return `${name}: ${codes.some((c) => findings.includes(c)) ? "present" : "absent"}`;
  }).join("; ");
}

export function evaluateRaiCromris(projections: CourseProjections, on: string): InstrumentResult {
  const lesions = (projections.at(on).presentation.lesions ?? []).filter(
    (l) => l.modality === "mri-stir" || l.modality === "whole-body-mri",
  );
  const items = lesions.map((lesion, index) => ({
    id: `lesion-${index + 1}-${siteSideKey(lesion).replace(" ", "-")}`,
    label: `${siteSideKey(lesion)}${lesion.part ? ` (${lesion.part})` : ""}`,
    met: null,
    evidence: raiEvidence(lesion),
  }));
  const warnings = [
    "NOT FOUND: points per parameter and the bone-unit list (Capponi 2021); each bone unit scores 0–7 [V], so no score is given. Parameter findings shown only.",
  ];
  if (!items.length) warnings.push(`No MRI lesion in the projection on ${on}.`);
  return disabled(
    "rai-cromris",
    "RAI-CROMRIS whole-body MRI activity index",
    items,
    warnings,
    SOURCES.capponi2021,
  );
}
