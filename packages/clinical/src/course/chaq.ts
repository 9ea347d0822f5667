/**
 * CHAQ disability index. Source: Singh G, et al. Arthritis Rheum 1994;37(12):1761–1769 [V]
 * (docs/clinical/instruments/chaq.md): 8 domains; items 0–3 or not applicable; domain score = highest item; an aid or
 * help raises the domain to a minimum of 2. D11 (docs/clinical/conventions.md#appendix-for-maintainers) (replacing D5): a domain with no answered
 * item (only `na` or unanswered) is left out; with at least 6 of 8 domains scored [CONV, the HAQ-DI
 * completeness rule as commonly applied] the index is the mean over the scored domains, else the
 * questionnaire is `incomplete`. Only domain and item ids ship: the item wording comes from a
 * site-supplied file until the form's licence is confirmed.
 */

import type { InstrumentItem, InstrumentResult } from "../evaluation/types.ts";
import type { EvidenceLevel } from "../evidence.ts";
import { CHAQ_DOMAINS, type ChaqAnswers, type ChaqDomainId } from "../schema/course.ts";
import { SOURCES } from "../sources.ts";
import { latestUpTo } from "./course-records.ts";
import type { CourseProjection } from "./presentation-as-of.ts";

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

const AID_MINIMUM = 2; // Singh 1994 [V]: aid/device or help from another person → minimum 2
/** D11 [CONV]: the index needs at least this many of the 8 domains scored. */
export const CHAQ_MIN_SCORED_DOMAINS = 6;

export interface ChaqDomainReading {
  id: ChaqDomainId;
  /** scored: ≥ 1 item answered 0–3; left-out: no answered item (only `na` or unanswered). */
  state: "scored" | "left-out";
  score?: number;
  evidence: string;
}

type Domain = ChaqAnswers["domains"][number];

/** One domain: its highest answered item, raised to 2 with an aid or help; no answered item → left out. */
export function readChaqDomain(id: ChaqDomainId, domain: Domain | undefined): ChaqDomainReading {
  if (!domain) return { id, state: "left-out", evidence: "domain not answered: left out" };
  const items = `items [${domain.items.map((i) => (i === null ? "–" : i)).join(", ")}]${domain.aidOrHelp ? ", aid/help used" : ""}`;
  const numbers = domain.items.filter((i): i is 0 | 1 | 2 | 3 => typeof i === "number");
  if (!numbers.length) return { id, state: "left-out", evidence: `${items}: no item answered, left out` };
  const highest = Math.max(...numbers);
  const score = domain.aidOrHelp ? Math.max(highest, AID_MINIMUM) : highest;
  const raised = score > highest ? `, raised to ${AID_MINIMUM} for the aid/help` : "";
  return { id, state: "scored", score, evidence: `${items}: highest item ${highest}${raised} → ${score}` };
}

export interface ChaqIndex {
  domains: ChaqDomainReading[];
  scored: number;
  /** The mean over scored domains, when at least 6 of 8 are scored. */
  di?: number;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The disability index of one questionnaire (D11). */
export function chaqDisabilityIndex(answers: ChaqAnswers | undefined): ChaqIndex {
  const domains = CHAQ_DOMAINS.map((id) =>
    readChaqDomain(
      id,
      answers?.domains.find((d) => d.id === id),
    ),
  );
  const scores = domains.flatMap((d) => (d.score === undefined ? [] : [d.score]));
  if (scores.length < CHAQ_MIN_SCORED_DOMAINS) return { domains, scored: scores.length };
  return { domains, scored: scores.length, di: round3(scores.reduce((a, b) => a + b, 0) / scores.length) };
}

function item(reading: ChaqDomainReading): InstrumentItem {
  const base = {
    id: reading.id,
    label: LABELS[reading.id],
    met: reading.state === "scored" ? true : null,
    evidence: reading.evidence,
  };
  return reading.score === undefined ? base : { ...base, points: reading.score };
}

const RESPONDENT = { child: "answered by the child", parent: "answered by a parent" } as const;

/** `chaq`: the latest CHAQ on or before the date. */
export function evaluateChaq(projection: CourseProjection): InstrumentResult {
  const { course, on } = projection;
  const visit = latestUpTo(
    course.visits.filter((v) => v.chaq),
    (v) => v.date,
    on,
  );
  const index = chaqDisabilityIndex(visit?.chaq);
  const items = index.domains.map(item);
  const complete = index.di !== undefined;
  const warnings = visit ? [] : [`No CHAQ recorded on or before ${on}.`];
  if (visit?.chaq?.respondent) warnings.push(`CHAQ ${RESPONDENT[visit.chaq.respondent]}.`);
  if (visit && !complete) {
    warnings.push(
      `Only ${index.scored} of 8 domains scored: the index needs at least ${CHAQ_MIN_SCORED_DOMAINS} (project convention, after the HAQ-DI completeness rule).`,
    );
  }
  if (complete && index.scored < 8) {
    warnings.push(
      `${index.scored} of 8 domains scored: the mean over those (at least ${CHAQ_MIN_SCORED_DOMAINS} needed).`,
    );
  }
  // Eight scored domains use only the published rule; the 6-of-8 rule is a project convention.
  const evidenceLevel: EvidenceLevel = index.scored === 8 ? "V" : "CONV";
  return {
    id: "chaq",
    label: `CHAQ disability index${visit ? ` (${visit.date})` : ""}`,
    status: complete ? "computed" : "insufficient-data",
    outcome: complete ? "disability-index" : "incomplete",
    ruleVersion: "chaq/singh-1994-2 (6 of 8 domains)",
    evidenceLevel,
    ...(index.di === undefined ? {} : { score: index.di }),
    ...(complete ? {} : { missingToDecide: items.filter((i) => i.met === null).map((i) => i.id) }),
    items,
    warnings,
    source: SOURCES.singh1994Chaq,
  };
}
