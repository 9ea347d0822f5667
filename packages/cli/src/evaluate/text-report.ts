import {
  type Evaluation,
  type InstrumentItem,
  type InstrumentResult,
  missingText,
  type RedFlag,
  type UndecidedRedFlag,
} from "@cno-atlas/clinical";

const MET_MARK = { true: "[x]", false: "[ ]", null: "[?]" } as const;

function itemLine(item: InstrumentItem): string[] {
  const mark = MET_MARK[String(item.met) as keyof typeof MET_MARK];
  const points = item.points === undefined ? "" : ` (${item.points} pts)`;
  const lines = [`    ${mark} ${item.label}${points}`, `        ${item.evidence}`];
  for (const warning of item.warnings ?? []) lines.push(`        ! ${warning}`);
  return lines;
}

function scoreText(result: InstrumentResult): string {
  const threshold = result.threshold
    ? `, threshold ${result.threshold.comparator} ${result.threshold.value}`
    : "";
  if (result.score !== undefined) return `score ${result.score}${threshold}`;
  if (result.scoreRange)
    return `score between ${result.scoreRange[0]} and ${result.scoreRange[1]}${threshold}`;
  return "no score";
}

function instrumentBlock(result: InstrumentResult): string[] {
  const lines = [
    `${result.label} [${result.id}]`,
    `  ${result.status}: ${result.outcome} — ${scoreText(result)}`,
    `  rule ${result.ruleVersion}, evidence ${result.evidenceLevel}; ${result.source.citation}${result.source.doi ? ` doi:${result.source.doi}` : ""}`,
  ];
  if (result.missingToDecide?.length) lines.push(`  would decide: ${result.missingToDecide.join(", ")}`);
  for (const warning of result.warnings) lines.push(`  ! ${warning}`);
  for (const item of result.items) lines.push(...itemLine(item));
  return lines;
}

function redFlagLine(flag: RedFlag): string[] {
  return [
    `  ${flag.severity.toUpperCase()} ${flag.group}: ${flag.message} [${flag.id}]`,
    ...flag.evidence.map((e) => `      ${e}`),
    ...flag.warnings.map((w) => `      ! ${w}`),
  ];
}

/** D11: the flags that neither fired nor were ruled out, and what would make them readable. */
function undecidedLines(undecided: readonly UndecidedRedFlag[]): string[] {
  if (!undecided.length) return [];
  return [
    "",
    `Could not be assessed (${undecided.length})`,
    ...undecided.map((u) => `  ${u.missing.map(missingText).join("; ")} [${u.id}]`),
  ];
}

/** A readable report with each item's evidence: red flags first, then derived facts, then instruments. */
export function textReport(evaluation: Evaluation): string {
  const d = evaluation.derived;
  const facts = [
    ["age at onset", d.ageAtOnsetYears.reasoning],
    ["age at assessment", d.ageAtAssessmentYears.reasoning],
    ["symptom duration", d.symptomDurationWeeks.reasoning],
    ["lesions", d.lesionCount.reasoning],
    ["symmetric", d.symmetric.reasoning],
    ["fever", d.fever.reasoning],
    ["vitamin C status", d.vitaminCStatusAssessed.reasoning],
  ];
  const lines = [
    `CNO Atlas evaluation, assessed on ${evaluation.assessedOn} (rule set ${evaluation.ruleSet.id})`,
    "",
    `Red flags (${evaluation.redFlags.length})`,
    ...(evaluation.redFlags.length
      ? evaluation.redFlags.flatMap(redFlagLine)
      : ["  none fired on the data given"]),
    ...undecidedLines(evaluation.redFlagsUndecided),
    "",
    "Derived facts",
    ...facts.map(([name, reasoning]) => `  ${name}: ${reasoning}`),
    ...d.warnings.map((w) => `  ! ${w}`),
    "",
    ...evaluation.instruments.flatMap((r) => [...instrumentBlock(r), ""]),
  ];
  return `${lines.join("\n")}\n`;
}
