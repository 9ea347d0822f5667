/**
 * CHAQ disability index. Source: Singh G, et al. Arthritis Rheum 1994;37(12):1761–1769 [V]
 * (monitoring.md §6.3): 8 domains; items 0–3 or not applicable; domain score = highest item; an aid or
 * help raises the domain to a minimum of 2; DI = sum of domain scores ÷ domains answered, 0–3.
 * DECISIONS.md D5: `disability-index` only when all 8 domains are filled; a domain of only `na` counts
 * as filled and leaves the denominator [D]; otherwise `incomplete`.
 */

import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import type { EvidenceLevel } from "../evidence.ts";
import { CHAQ_DOMAINS, type ChaqAnswers, type ChaqDomainId, type Course } from "../schema/course.ts";
import { SOURCES } from "../sources.ts";
import { latestUpTo } from "./presentation-as-of.ts";

const LABELS: Record<ChaqDomainId, string> = {
  dressing: "Dressing & grooming",
  arising: "Arising",
  eating: "Eating",
  walking: "Walking",
  hygiene: "Hygiene",
  reach: "Reach",
  grip: "Grip",
  activities: "Activities",
};

const MAX_SCORE = 3;
const AID_MINIMUM = 2; // Singh 1994 [V]: aid/device or help from another person → minimum 2

export interface ChaqDomainReading {
  id: ChaqDomainId;
  /** scored: ≥ 1 item 0–3; not-applicable: every item `na` [D]; unfilled: otherwise. */
  state: "scored" | "not-applicable" | "unfilled";
  score?: number;
  /** The lowest score an unfilled domain could still take (2 with an aid ticked). */
  floor: number;
  evidence: string;
}

type Domain = ChaqAnswers["domains"][number];

/**
 * One domain. Reading [CONV], the source being silent (monitoring.md §6.3 "NOT FOUND"): a domain whose
 * items are all unanswered stays unfilled even with an aid ticked — the aid only sets a floor of 2, so
 * the domain could be 2 or 3 (or not applicable) and the range says so; `na` mixed with unanswered
 * items is unfilled too, since the unanswered ones could hold a score.
 */
export function readChaqDomain(id: ChaqDomainId, domain: Domain | undefined): ChaqDomainReading {
  if (!domain) return { id, state: "unfilled", floor: 0, evidence: "domain not answered" };
  const items = `items [${domain.items.map((i) => (i === null ? "–" : i)).join(", ")}]${domain.aidOrHelp ? ", aid/help used" : ""}`;
  const numbers = domain.items.filter((i): i is 0 | 1 | 2 | 3 => typeof i === "number");
  const floor = domain.aidOrHelp ? AID_MINIMUM : 0;
  if (numbers.length) {
    const highest = Math.max(...numbers);
    const score = Math.max(highest, floor);
    const raised = score > highest ? `, raised to ${AID_MINIMUM} for the aid/help` : "";
    return {
      id,
      state: "scored",
      score,
      floor,
      evidence: `${items}: highest item ${highest}${raised} → ${score}`,
    };
  }
  if (domain.items.length && domain.items.every((i) => i === "na")) {
    return {
      id,
      state: "not-applicable",
      floor,
      evidence: `${items}: all not applicable, left out of the denominator [D]`,
    };
  }
  const aid = domain.aidOrHelp ? `; the aid/help would make it ${AID_MINIMUM} or ${MAX_SCORE}` : "";
  return { id, state: "unfilled", floor, evidence: `${items}: no item answered${aid}` };
}

/** Lowest and highest DI the unfilled domains allow: each could be left out (all `na`) or score floor..3. */
function diRange(scores: number[], open: ChaqDomainReading[]): [number, number] {
  const bound = (values: number[], better: (v: number, mean: number) => boolean): number => {
    let sum = scores.reduce((a, b) => a + b, 0);
    let count = scores.length;
    for (const v of values) {
      if (count === 0 || better(v, sum / count)) {
        sum += v;
        count += 1;
      }
    }
    return count === 0 ? 0 : sum / count;
  };
  const floors = open.map((d) => d.floor).sort((a, b) => a - b);
  const min = bound(floors, (v, mean) => v < mean); // adding a value below the mean lowers it
  const max = bound(
    open.map(() => MAX_SCORE),
    (v, mean) => v > mean,
  );
  return [round3(min), round3(max)];
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface ChaqIndex {
  domains: ChaqDomainReading[];
  di?: number;
  range?: [number, number];
}

/** The DI of one questionnaire: `di` when all 8 domains are filled and one is scored; else `range`. */
export function chaqDisabilityIndex(answers: ChaqAnswers | undefined): ChaqIndex {
  const domains = CHAQ_DOMAINS.map((id) =>
    readChaqDomain(
      id,
      answers?.domains.find((d) => d.id === id),
    ),
  );
  const scores = domains.flatMap((d) => (d.score === undefined ? [] : [d.score]));
  const open = domains.filter((d) => d.state === "unfilled");
  if (open.length) return { domains, range: diRange(scores, open) };
  if (!scores.length) return { domains };
  return { domains, di: round3(scores.reduce((a, b) => a + b, 0) / scores.length) };
}

function item(reading: ChaqDomainReading): InstrumentItem {
  const met = reading.state === "scored" ? true : reading.state === "not-applicable" ? false : null;
  const base = { id: reading.id, label: LABELS[reading.id], met, evidence: reading.evidence };
  return reading.score === undefined ? base : { ...base, points: reading.score };
}

/** D5 `chaq`: the latest CHAQ on or before the date. */
export function evaluateChaq(course: Course, on: string): InstrumentResult {
  const visit = latestUpTo(
    course.visits.filter((v) => v.chaq),
    (v) => v.date,
    on,
  );
  const index = chaqDisabilityIndex(visit?.chaq);
  const items = index.domains.map(item);
  const complete = index.range === undefined;
  const usedNa = index.domains.some((d) => d.state === "not-applicable");
  const warnings = visit ? [] : [`No CHAQ recorded on or before ${on}.`];
  if (complete && index.di === undefined)
    warnings.push("Every domain is not applicable: the disability index is undefined.");
  const evidenceLevel: EvidenceLevel = usedNa ? "D" : "V";
  return {
    id: "chaq",
    label: `CHAQ disability index${visit ? ` (${visit.date})` : ""}`,
    status: complete ? "computed" : "insufficient-data",
    outcome: complete ? "disability-index" : "incomplete",
    ruleVersion: "chaq/singh-1994-1",
    evidenceLevel,
    ...(index.di === undefined ? {} : { score: index.di }),
    ...(index.range === undefined ? {} : { scoreRange: index.range }),
    ...(complete ? {} : { missingToDecide: items.filter((i) => i.met === null).map((i) => i.id) }),
    items,
    warnings,
    source: SOURCES.singh1994Chaq,
  };
}
