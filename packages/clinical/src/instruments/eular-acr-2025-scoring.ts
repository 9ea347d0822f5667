/**
 * EULAR/ACR 2025 weighted domains (D9 (docs/clinical/conventions.md#rule-tables)): three-valued evaluation of a loaded table's
 * predicates over the presentation, and the domain arithmetic. Points may be negative, so bounds and
 * `missingToDecide` are computed from the set of values each domain can still take, not by assuming
 * that a met item only ever adds.
 */
import type { EvaluationContext } from "../evaluation/context.ts";
import type { InstrumentItem } from "../evaluation/types.ts";
import { KINGELLA_ITEM_WARNING } from "../evaluation/warnings.ts";
import { aboveUpperLimit, belowLowerLimit, compareLab, describeLab, isNormal } from "../labs/lab-reading.ts";
import { and, type Tri } from "../logic/tri.ts";
import type { EularAcrItem, EularAcrPredicate, EularAcrTable } from "../rules/eular-acr-table.ts";

type Reading = { met: Tri; evidence: string };
export type DomainCombination = EularAcrTable["domainCombination"];
export type TableOutcome = "classified" | "not-classified" | "undecided";

/** A table item as scored: its domain, points and three-valued `met`. */
export interface ScoredItem {
  id: string;
  domain: string;
  points: number;
  met: Tri;
}

const range = (min?: number, max?: number) =>
  `${min === undefined ? "" : `≥ ${min}`}${min !== undefined && max !== undefined ? " and " : ""}${max === undefined ? "" : `< ${max}`}`;

/** One predicate of the closed set (D9), read three-valued. Bands are min inclusive, max exclusive. */
export function evaluatePredicate(ctx: EvaluationContext, when: EularAcrPredicate): Reading {
  const { presentation: p, derived } = ctx;
  if ("sites" in when) {
    if (!p.lesions) return { met: null, evidence: "no lesion list given" };
    const hit = p.lesions.find((l) => when.sites.includes(l.site));
    return hit
      ? { met: true, evidence: `lesion at ${hit.site}` }
      : {
          met: false,
          evidence: `no listed lesion at ${when.sites.join(", ")} (the lesion list is complete)`,
        };
  }
  if ("pattern" in when) {
    const fact = derived[when.pattern];
    return { met: fact.value, evidence: fact.reasoning };
  }
  if ("ageAtOnset" in when) {
    const { min, max } = when.ageAtOnset;
    const age = derived.ageAtOnsetYears.value;
    const met = age === null ? null : (min === undefined || age >= min) && (max === undefined || age < max);
    return { met, evidence: `${derived.ageAtOnsetYears.reasoning}; band ${range(min, max)} years` };
  }
  if ("conditions" in when) {
    const listed = p.coexistingConditions;
    if (!listed) return { met: null, evidence: "coexisting conditions not recorded" };
    const hits = listed.filter((c) => when.conditions.includes(c));
    return hits.length
      ? { met: true, evidence: `coexisting ${hits.join(", ")}` }
      : { met: false, evidence: `none of ${when.conditions.join(", ")} among the recorded conditions` };
  }
  if ("fever" in when) {
    const fever = derived.fever.value;
    return { met: fever === null ? null : fever === when.fever, evidence: derived.fever.reasoning };
  }
  if ("histology" in when) {
    if (!p.biopsy?.performed) return { met: false, evidence: "no biopsy (the criteria apply without one)" };
    const findings = p.biopsy.findings ?? [];
    if (findings.length === 0) return { met: null, evidence: "biopsy performed, findings not recorded" };
    const hits = findings.filter((f) => when.histology.includes(f));
    return {
      met: hits.length > 0,
      evidence: `biopsy findings: ${findings.join(", ")}${hits.length ? ` (matching ${hits.join(", ")})` : ""}`,
    };
  }
  return labPredicate(ctx, when);
}

function labPredicate(ctx: EvaluationContext, when: Extract<EularAcrPredicate, { lab: unknown }>): Reading {
  const lab = ctx.labs[when.lab];
  const described = describeLab(lab, when.lab);
  if (!lab) return { met: null, evidence: described };
  const parts: Tri[] = [];
  const wanted: string[] = [];
  if (when.min !== undefined) parts.push(compareLab(lab, ">=", when.min));
  if (when.max !== undefined) parts.push(compareLab(lab, "<", when.max));
  if (when.min !== undefined || when.max !== undefined)
    wanted.push(`${range(when.min, when.max)} ${lab.canonical.unit}`);
  if (when.interpretation !== undefined) {
    const read = { high: aboveUpperLimit, low: belowLowerLimit, normal: isNormal }[when.interpretation];
    parts.push(read(lab));
    wanted.push(`${when.interpretation} for the lab's own range`);
  }
  const rule = wanted.length ? wanted.join(", ") : "a result recorded";
  return { met: and(...parts), evidence: `${described}; item wants ${rule}` };
}

/** Kingella (D7): items that count absent fever or a normal/low CRP toward CNO. */
function countsAbsentFeverOrLowCrp(item: EularAcrItem): boolean {
  if (item.points <= 0) return false;
  const when = item.when;
  if ("fever" in when) return when.fever === false;
  if ("lab" in when && when.lab === "crp") {
    return when.max !== undefined || when.interpretation === "normal" || when.interpretation === "low";
  }
  return false;
}

/** The table's items, evaluated, in table order. */
export function tableItems(ctx: EvaluationContext, table: EularAcrTable): (InstrumentItem & ScoredItem)[] {
  return table.items.map((item) => {
    const reading = evaluatePredicate(ctx, item.when);
    const kingella = ctx.kingellaCaution && reading.met === true && countsAbsentFeverOrLowCrp(item);
    return {
      id: item.id,
      domain: item.domain,
      label: `${item.label} (${item.domain})`,
      points: item.points,
      ...reading,
      ...(kingella ? { warnings: [KINGELLA_ITEM_WARNING] } : {}),
    };
  });
}

/**
 * Every score a domain can still take over the completions of its null items, without enumerating
 * them: highest-only takes the known maximum or any higher open item (or, with none known, 0 or any
 * open item); additive takes the known sum plus any subset sum of the open items.
 */
function domainValues(items: readonly ScoredItem[], combination: DomainCombination): Set<number> {
  if (combination === "highest-only") return new Set(highestBases(items).map((base) => base ?? 0));
  const known = items.filter((i) => i.met === true).map((i) => i.points);
  let sums = new Set([known.reduce((a, b) => a + b, 0)]);
  for (const item of items) {
    if (item.met === null) sums = new Set([...sums, ...[...sums].map((s) => s + item.points)]);
  }
  return sums;
}

/** Highest-only: the best met item over the completions of the open ones; `null` when none is met. */
function highestBases(items: readonly ScoredItem[]): (number | null)[] {
  const known = items.filter((i) => i.met === true).map((i) => i.points);
  const open = items.filter((i) => i.met === null).map((i) => i.points);
  if (known.length === 0) return [null, ...open];
  const top = Math.max(...known);
  return [top, ...open.filter((p) => p > top)];
}

function sumset(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function byDomain<T extends ScoredItem>(items: readonly T[]): Map<string, T[]> {
  const domains = new Map<string, T[]>();
  for (const item of items) domains.set(item.domain, [...(domains.get(item.domain) ?? []), item]);
  return domains;
}

/** Score bounds over the null items; `known` when every item is decided. */
export function weightedBounds(
  items: readonly ScoredItem[],
  combination: DomainCombination,
): { min: number; max: number; known: boolean } {
  let min = 0;
  let max = 0;
  for (const domain of byDomain(items).values()) {
    const values = [...domainValues(domain, combination)];
    min += Math.min(...values);
    max += Math.max(...values);
  }
  return { min, max, known: items.every((i) => i.met !== null) };
}

/** The score itself (every item known), else its range (D5). */
export function weightedScoreFields(
  items: readonly ScoredItem[],
  combination: DomainCombination,
): { score?: number; scoreRange?: [number, number] } {
  const { min, max, known } = weightedBounds(items, combination);
  return known ? { score: min } : { scoreRange: [min, max] };
}

export function tableOutcome(
  items: readonly ScoredItem[],
  combination: DomainCombination,
  threshold: number,
): TableOutcome {
  const { min, max } = weightedBounds(items, combination);
  if (min >= threshold) return "classified";
  if (max < threshold) return "not-classified";
  return "undecided";
}

/**
 * D5 `missingToDecide` for the weighted score: a null item decides when, for some completion of the
 * other null items, making it true rather than false moves the total across the threshold.
 */
export function tableMissingToDecide(
  items: readonly ScoredItem[],
  combination: DomainCombination,
  threshold: number,
): string[] {
  const domains = byDomain(items);
  const deciding: string[] = [];
  for (const item of items) {
    if (item.met !== null) continue;
    let others = new Set([0]);
    for (const [name, domain] of domains)
      if (name !== item.domain) others = sumset(others, domainValues(domain, combination));
    const peers = (domains.get(item.domain) ?? []).filter((i) => i.id !== item.id);
    const pairs = domainPairs(item.points, peers, combination);
    const crosses = pairs.some(([a, b]) =>
      [...others].some((t) => t + a >= threshold !== t + b >= threshold),
    );
    if (crosses) deciding.push(item.id);
  }
  return deciding;
}

/**
 * The domain's score with the item false and with it true, for each completion of its peers.
 * Highest-only: the best met peer (none → 0), against max(best peer, item) (none → the item).
 * Additive: any sum the peers can take, against that sum plus the item.
 */
function domainPairs(
  points: number,
  peers: readonly ScoredItem[],
  combination: DomainCombination,
): [number, number][] {
  if (combination === "additive")
    return [...domainValues(peers, combination)].map((sum) => [sum, sum + points]);
  return highestBases(peers).map((base) => (base === null ? [0, points] : [base, Math.max(base, points)]));
}
