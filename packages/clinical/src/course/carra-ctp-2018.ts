/**
 * CARRA consensus treatment plan (CTP) eligibility. Source: Zhao Y, et al. Arthritis Care Res
 * 2018;70(8):1228–1237, Table 1 — criteria and definitions verbatim [V] (docs/clinical/instruments/carra-ctp-2018.md).
 * Readings of a course [CONV] (D5 (docs/clinical/conventions.md#instrument-results)): enrolment = the assessment date; NSAID trial = weeks
 * of `nsaid` rows up to it; CTP "active disease"; exclusions = D7's `mimicPresent`. Numbers come from
 * `ctx.rules.carraCtp2018`, never literals.
 */
import { isVertebra, LONG_BONES } from "../atlas/bone-sites.ts";
import { calendarAge, completedYears, daysBetween, round1 } from "../derived/dates.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import { missingToDecide } from "../evaluation/scoring.ts";
import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import { weakest } from "../evidence.ts";
import { blastsPresent } from "../labs/blasts.ts";
import { and, or, type Tri } from "../logic/tri.ts";
import type { Course } from "../schema/course.ts";
import type { LabResult } from "../schema/lab-result.ts";
import type { Lesion } from "../schema/lesion.ts";
import { SOURCES } from "../sources.ts";
import { isMri, isWholeBodyStudy, siteSideKey } from "./course-records.ts";
import type { CourseProjection } from "./presentation-as-of.ts";
import type { ProjectedLesion } from "./project-lesions.ts";

type Check = Pick<InstrumentItem, "met" | "evidence">;

interface CtpInput {
  course: Course;
  ctx: EvaluationContext;
  on: string;
  projection: CourseProjection;
  /** Projected lesions (D1) with their studies; [] when no study was done (the course's list is its record). */
  lesions: ProjectedLesion[];
  warnings: string[];
}

const check = (met: Tri, evidence: string): Check => ({ met, evidence });
const hasEdema = (l: Lesion) => l.findings?.includes("bone-marrow-edema") === true;
const listed = (ls: readonly ProjectedLesion[]) =>
  ls.map((p) => `${siteSideKey(p.lesion)} (${p.study.date})`).join(", ");

/** Oedema among lesions: true on a recorded oedema, null when a lesion's findings were not recorded. */
function oedemaAmong(lesions: readonly ProjectedLesion[], what: string): Check {
  const hit = lesions.filter((p) => hasEdema(p.lesion));
  if (hit.length) return check(true, `${what}: bone-marrow-edema at ${listed(hit)}`);
  const unread = lesions.filter((p) => p.lesion.findings === undefined);
  if (unread.length) return check(null, `${what}: findings not recorded at ${listed(unread)}`);
  return check(false, `${what}: no lesion with bone-marrow-edema`);
}

/** "Age ≤ 21 years at enrolment", read as "before turning 22" in completed years [D] (docs/clinical/instruments/carra-ctp-2018.md). */
function age({ course, ctx, on }: CtpInput): Check {
  const max = ctx.rules.carraCtp2018.maxAgeYears;
  const birth = course.patient.birthDate;
  if (birth) {
    const years = completedYears(birth, on);
    const text = `born ${birth}: ${years} completed years (${round1(calendarAge(birth, on))} y) on ${on}`;
    return check(years <= max, `${text}; ≤ ${max} read as before turning ${max + 1} [D]`);
  }
  const { value, reasoning } = ctx.derived.ageAtAssessmentYears;
  if (value === null) return check(null, reasoning);
  return check(Math.floor(value) <= max, `${reasoning}; ${Math.floor(value)} completed years vs ≤ ${max}`);
}

/** Lesions of the studies within the CTP window (12 weeks by default), each with its modality. */
function lesionsInWindow({ ctx, on, projection }: CtpInput): {
  studies: number;
  lesions: ProjectedLesion[];
  days: number;
} {
  const days = ctx.rules.carraCtp2018.mriWithinWeeks * 7;
  const recent = projection.studies.filter((s) => daysBetween(s.date, on) <= days);
  const lesions = recent.flatMap((study) =>
    study.lesions
      .map((lesion) => ({ lesion: { ...lesion, modality: lesion.modality ?? study.modality }, study }))
      .filter((p) => p.lesion.status !== "resolved"),
  );
  return { studies: recent.length, lesions, days };
}

/**
 * Table 1 asks for an MRI within the window showing oedema, so every study in the window is read (not
 * only the projection: a later x-ray of the same bone does not undo the MRI).
 */
function mriOedema(input: CtpInput): Check {
  const { on } = input;
  const { studies, lesions, days } = lesionsInWindow(input);
  const mri = lesions.filter((p) => isMri(p.lesion.modality));
  if (!studies) return check(false, `no imaging study within ${days} days of ${on}`);
  return oedemaAmong(mri, `MRI lesions in studies within ${days} days of ${on}`);
}

/** WB-MRI or bone scintigraphy; the course's studies are its record, so none is false. */
function wholeBody({ projection, on }: CtpInput): Check {
  const studies = projection.studies.filter((s) => s.wholeBody);
  const counted = studies.filter(isWholeBodyStudy).at(-1);
  if (counted) return check(true, `whole-body ${counted.modality} on ${counted.date}`);
  const other = studies.map((s) => `; whole-body ${s.modality} ${s.date} is neither`).join("");
  return check(false, `no whole-body MRI or bone scintigraphy on or before ${on}${other}`);
}

/**
 * D11: days in the union of [start, min(stop, date)] over the `nsaid` rows, both ends counted (a
 * one-day course is one day); an open row runs to the date.
 */
function nsaidDays(course: Course, on: string): number {
  const spans = course.treatments
    .filter((t) => t.drugClass === "nsaid" && t.start <= on)
    .map((t) => [t.start, t.stop !== undefined && t.stop < on ? t.stop : on] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
  let days = 0;
  let covered = ""; // the last day already counted
  for (const [start, stop] of spans) {
    if (stop <= covered) continue;
    const from = start > covered ? start : covered;
    days += daysBetween(from, stop) + (start > covered ? 1 : 0);
    covered = stop;
  }
  return days;
}

function nsaidTrial({ course, ctx, on }: CtpInput): Check {
  const weeks = ctx.rules.carraCtp2018.nsaidTrialWeeks;
  const days = nsaidDays(course, on);
  const rows = course.treatments.some((t) => t.drugClass === "nsaid" && t.start <= on)
    ? "NSAID rows"
    : "no NSAID rows: 0 weeks (a course's treatment list is its record)";
  return check(
    days >= weeks * 7,
    `${rows}; ${days} days = ${round1(days / 7)} weeks up to ${on} vs ≥ ${weeks}`,
  );
}

/** D5 CTP "active disease": latest visit pain > 0 with a tender site, or projected oedema from a recent study. */
function activeDisease({ ctx, on, lesions, projection }: CtpInput): Check {
  const visit = projection.latestVisit;
  const pain: Tri = visit?.painNrs === undefined ? null : visit.painNrs > 0;
  const tender: Tri = visit?.tenderSites === undefined ? null : visit.tenderSites.length > 0;
  const days = ctx.rules.carraCtp2018.mriWithinWeeks * 7;
  const recent = lesions.filter((p) => daysBetween(p.study.date, on) <= days);
  const oedema = oedemaAmong(recent, `projected lesions from studies within ${days} days`);
  const sites = visit?.tenderSites ? visit.tenderSites.map(siteSideKey).join(", ") || "none" : "not recorded";
  const visitText = visit
    ? `latest visit ${visit.date}: pain ${visit.painNrs ?? "not recorded"}, tender ${sites}`
    : "no visit";
  return check(or(and(pain, tender), oedema.met), `${visitText}; ${oedema.evidence}`);
}

/**
 * D11: true when a C/T/L vertebral-body lesion with bone-marrow oedema is in a study from the date − 12
 * weeks to the date (`part` missing counts, with a warning, D5); false when a whole-body MRI in that
 * window shows none; otherwise null, "no spine imaging in the last 12 weeks". A whole-body bone scan
 * cannot show marrow oedema, so it does not decide false (a conservative reading where D11 is silent).
 */
function activeSpinalLesion(input: CtpInput): Check {
  const { lesions, days } = lesionsInWindow(input);
  const spinal = lesions.filter((p) => isVertebra(p.lesion.site) && p.lesion.part !== "posterior-elements");
  const active = spinal.filter((p) => hasEdema(p.lesion));
  for (const p of active.filter((p) => p.lesion.part === undefined)) {
    input.warnings.push(
      `${siteSideKey(p.lesion)}: vertebral part not recorded, counted as a vertebral body lesion.`,
    );
  }
  if (active.length)
    return check(true, `C/T/L vertebral-body oedema within ${days} days at ${listed(active)}`);
  const wholeBodyMri = input.projection.studies.find(
    (s) => isWholeBodyStudy(s) && isMri(s.modality) && daysBetween(s.date, input.on) <= days,
  );
  if (wholeBodyMri) {
    return check(
      false,
      `whole-body MRI on ${wholeBodyMri.date} shows no C/T/L vertebral-body lesion with oedema`,
    );
  }
  return check(null, `no spine imaging in the last 12 weeks (${days} days) that could show spinal oedema`);
}

function biopsy({ course }: CtpInput): Check {
  const b = course.biopsy;
  if (b?.performed !== true) return check(false, "no biopsy recorded (missing or not performed)");
  return check(
    true,
    `biopsy: findings ${b.findings?.join(", ") || "not recorded"}, culture ${b.culture ?? "not recorded"}`,
  );
}

/** Table 1: "clavicle, or symmetrical lesions in long bones at the metaphysis/epiphysis" [V], in the projection. */
function typicalDistribution({ lesions }: CtpInput): Check {
  const list = lesions.map((p) => p.lesion);
  const clavicle = list.find((l) => l.site === "clavicle");
  if (clavicle) return check(true, `clavicle lesion (${siteSideKey(clavicle)})`);
  const rightOf = (l: Lesion) =>
    list.filter((r) => r.side === "right" && r.site === l.site).map((r) => [l, r] as const);
  const pairs = list.flatMap((l) => (l.side === "left" && LONG_BONES.has(l.site) ? rightOf(l) : []));
  const typical = (s: Lesion["segment"]) => s === "metaphysis" || s === "epiphysis";
  // D4 symmetry: segments match; ends match when both are given.
  const hit = pairs.find(
    ([l, r]) => l.segment === r.segment && typical(l.segment) && (!l.end || !r.end || l.end === r.end),
  );
  if (hit) return check(true, `symmetric ${hit[0].site} ${hit[0].segment} lesions`);
  const open = pairs.find(([l, r]) => l.segment === undefined || r.segment === undefined);
  if (open) return check(null, `${open[0].site} lesions on both sides without a recorded segment`);
  return check(false, "no clavicle lesion and no symmetric metaphyseal/epiphyseal long-bone lesions");
}

/** Coexisting conditions of the projection (noted on or before the date); none recorded is false. */
function associatedCondition({ ctx }: CtpInput): Check {
  const found = (ctx.presentation.coexistingConditions ?? []).filter((c) =>
    ["ibd", "psoriasis", "palmoplantar-pustulosis"].includes(c),
  );
  if (found.length) return check(true, `coexisting ${found.join(", ")}`);
  return check(false, "no IBD, psoriasis or palmoplantar pustulosis recorded on or before the date");
}

/** "History of or current malignancy": D7 malignancy evidence, plus blasts on any earlier smear ("ever"). */
function malignancyEver({ course, ctx, on }: CtpInput): Check {
  const evidence = [...ctx.mimics.malignancy.evidence];
  const blasts = (l: LabResult, date: string) =>
    l.test === "blood-smear-blasts" && blastsPresent(l) === true && date <= on;
  const earlier = course.visits.some((v) => v.labs?.some((l) => blasts(l, l.takenOn ?? v.date)));
  const latest = blastsPresent(ctx.labs["blood-smear-blasts"]) === true;
  if (earlier && !latest) evidence.push("blasts on an earlier smear");
  return check(
    evidence.length > 0,
    evidence.join("; ") ||
      "no malignancy evidence (mimic work-up, blood smear, biopsy, cultures, antibiotic response)",
  );
}

function currentInfection({ ctx }: CtpInput): Check {
  const { present, evidence } = ctx.mimics.infection;
  return check(
    present,
    evidence.join("; ") ||
      "no infection evidence (mimic work-up, blood smear, biopsy, cultures, antibiotic response)",
  );
}

type Table = EvaluationContext["rules"]["carraCtp2018"];

/** Labels quote Table 1 [V] with the table's numbers, so a reviewed table never leaves a stale label. */
const CRITERIA: readonly [string, (input: CtpInput) => Check, (t: Table) => string][] = [
  ["age-at-most-21-at-enrolment", age, (t) => `Age ≤ ${t.maxAgeYears} years at enrolment`],
  [
    "mri-bone-oedema-within-12-weeks",
    mriOedema,
    (t) => `Bone oedema on STIR/T2FS MRI within ${t.mriWithinWeeks} weeks`,
  ],
  ["whole-body-imaging", wholeBody, () => "Whole-body imaging (WB-MRI or bone scintigraphy)"],
  ["nsaid-trial-at-least-4-weeks", nsaidTrial, (t) => `Failed ≥ ${t.nsaidTrialWeeks} weeks of NSAIDs`],
  [
    "active-disease",
    activeDisease,
    () => "Active disease (pain with focal tenderness, or persistent oedema)",
  ],
  ["active-spinal-lesion", activeSpinalLesion, () => "Active spinal lesion (regardless of an NSAID trial)"],
  ["biopsy", biopsy, () => "Bone biopsy to exclude infection/malignancy"],
  ["typical-distribution", typicalDistribution, () => "Typical distribution (no biopsy needed)"],
  [
    "ibd-psoriasis-or-ppp",
    associatedCondition,
    () => "IBD, psoriasis or palmoplantar pustulosis (no biopsy needed)",
  ],
  ["exclusion-malignancy-ever", malignancyEver, () => "Exclusion: history of or current malignancy"],
  [
    "exclusion-current-infectious-osteomyelitis",
    currentInfection,
    () => "Exclusion: current infectious osteomyelitis",
  ],
];

const CONTRAINDICATION: InstrumentItem = {
  id: "exclusion-contraindication-to-agent",
  label: "Exclusion: contraindication to the agent (to confirm)",
  met: null,
  evidence: "not modelled: arm-specific; confirm for the chosen CTP agent before enrolment",
};

/** D5 outcome over the leaf items; the contraindication item never decides it. */
function outcomeOf(items: readonly Pick<InstrumentItem, "id" | "met">[]): string {
  const m = (id: string): Tri => items.find((i) => i.id === id)?.met ?? null;
  const excluded = or(m("exclusion-malignancy-ever"), m("exclusion-current-infectious-osteomyelitis"));
  if (excluded === true) return "not-eligible";
  const included = and(
    m("age-at-most-21-at-enrolment"),
    m("mri-bone-oedema-within-12-weeks"),
    m("whole-body-imaging"),
    or(and(m("nsaid-trial-at-least-4-weeks"), m("active-disease")), m("active-spinal-lesion")),
    or(m("biopsy"), m("typical-distribution"), m("ibd-psoriasis-or-ppp")),
  );
  if (included === false) return "not-eligible";
  return included === true && excluded === false ? "eligible" : "undecided";
}

/** D5 `carra-ctp-2018` for a course, on its projection at the date and that projection's context. */
export function evaluateCarraCtp2018(projection: CourseProjection, ctx: EvaluationContext): InstrumentResult {
  const { course, on } = projection;
  const table = ctx.rules.carraCtp2018;
  const input: CtpInput = { course, ctx, on, projection, lesions: projection.lesions ?? [], warnings: [] };
  const deciding = CRITERIA.map(
    ([id, check, label]): InstrumentItem => ({ id, label: label(table), ...check(input) }),
  );
  const outcome = outcomeOf(deciding);
  const result: InstrumentResult = {
    id: "carra-ctp-2018",
    label: "CARRA consensus treatment plan eligibility (2018)",
    status: outcome === "undecided" ? "insufficient-data" : "computed",
    outcome,
    ruleVersion: table.ruleVersion,
    evidenceLevel: weakest(table.evidenceLevel, "CONV"),
    items: [...deciding, CONTRAINDICATION],
    warnings: [
      `Enrolment is read as ${on}, the assessment date.`,
      "Contraindication to the chosen agent is not assessed: confirm before enrolment.",
      ...input.warnings,
    ],
    source: SOURCES.zhao2018Ctp,
  };
  if (outcome === "undecided") {
    result.missingToDecide = missingToDecide(deciding, outcomeOf);
  }
  return result;
}
