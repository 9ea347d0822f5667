import type { EvaluatorFigures } from "../evaluator-bench.ts";
import type { LoadFigures } from "./chart-load.ts";
import type { QueryFigures } from "./cohort-queries.ts";
import type { CopyFigures } from "./copy-bench.ts";
import type { ExportFigures } from "./export-bench.ts";
import type { ImportFigures } from "./import-bench.ts";
import { type BenchResults, figuresOf } from "./results.ts";

export const DATABASES = ["pglite", "postgres"] as const;
export type DatabaseKind = (typeof DATABASES)[number];

const n = (value: number) => (Number.isFinite(value) ? value.toLocaleString("en") : "—");
const ms = (value: number) => (value >= 100 ? n(Math.round(value)) : value.toFixed(1));

/** A cell: the figure, or why there is none. */
function cell<T>(results: BenchResults, step: string, show: (figures: T) => string): string {
  const record = results.steps[step];
  if (!record) return "not run";
  if (record.status === "done") return show(record.figures as T);
  if (record.status === "not-available") return "not available";
  if (record.status === "running") return "unfinished";
  return `failed${record.reason ? `: ${record.reason.slice(0, 80).replaceAll("|", "/")}` : ""}`;
}

function row(name: string, cells: string[]): string {
  return `| ${name} | ${cells.join(" | ")} |`;
}

/** The registry table: one column per database. */
export function registryTable(results: BenchResults): string {
  const copy = figuresOf<CopyFigures>(results, "postgres/copy");
  const per = (build: (db: DatabaseKind, index: number) => string) => DATABASES.map((db, i) => build(db, i));
  const imp = (db: DatabaseKind, show: (f: ImportFigures) => string) => cell(results, `${db}/import`, show);
  const load = (db: DatabaseKind, show: (f: LoadFigures) => string) =>
    cell(results, `${db}/chart-load`, show);
  const firstImport = DATABASES.map((db) => figuresOf<ImportFigures>(results, `${db}/import`)).find(Boolean);
  const batches = firstImport?.batchRowsPerSecond.length ?? 0;
  const queries = DATABASES.map((db) => figuresOf<QueryFigures[]>(results, `${db}/queries`));
  const queryIds = (queries.find(Boolean) ?? []).map((q) => ({ id: q.id, label: q.label }));
  const connections =
    DATABASES.map((db) => figuresOf<LoadFigures>(results, `${db}/chart-load`)).find(Boolean)?.connections ??
    64;
  const lines = [
    "| figure | PGlite (embedded) | PostgreSQL 15 |",
    "| --- | ---: | ---: |",
    row(
      `import through the registry (saveCourse), rows/s, median (range) of ${batches} batches`,
      per((db) => imp(db, (f) => `${n(f.registryRowsPerSecond)}${spread(f.batchRowsPerSecond)}`)),
    ),
    row(
      "… patients/s (one transaction each, with its audit rows)",
      per((db) => imp(db, (f) => n(f.registryPatientsPerSecond))),
    ),
    row(
      "generate + parse + save (what `cno-atlas synth` does), rows/s",
      per((db) => imp(db, (f) => n(f.endToEndRowsPerSecond))),
    ),
    row("raw COPY of the same rows (psql \\copy, empty identical schema), rows/s", [
      "(PostgreSQL's is the baseline)",
      cell(results, "postgres/copy", (f: CopyFigures) => n(f.rowsPerSecond)),
    ]),
    row(
      "**registry ÷ COPY**",
      per((db) =>
        imp(db, (f) =>
          copy ? `**${(f.registryRowsPerSecond / copy.rowsPerSecond).toFixed(3)}**` : "no COPY figure",
        ),
      ),
    ),
    row(
      `chart API p50 / p95 / p99 ms, ${connections} connections`,
      per((db) =>
        load(
          db,
          (f) =>
            `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}${db === "pglite" ? " (single-connection queue)" : ""}`,
        ),
      ),
    ),
    row(
      "chart API answers/s (2xx)",
      per((db) => load(db, (f) => `${n(f.requestsPerSecond)}${loadProblems(f)}`)),
    ),
    ...queryIds.map((q, i) =>
      row(
        `Q${i + 1} ${q.label}: median ms (result)`,
        per((db, j) => {
          const found = queries[j]?.find((x) => x.id === q.id);
          return found
            ? `${ms(found.medianMs)} (${n(found.result)} ${found.unit})`
            : cell(results, `${db}/queries`, () => "—");
        }),
      ),
    ),
    row(
      "full pseudonymized export, rows/s",
      per((db) =>
        cell(results, `${db}/export`, (f: ExportFigures) => `${n(f.rowsPerSecond)} (${n(f.rows)} rows)`),
      ),
    ),
    row(
      "export peak RSS MiB (before export)",
      per((db) =>
        cell(results, `${db}/export`, (f: ExportFigures) => `${n(f.peakRssMiB)} (${n(f.rssBeforeMiB)})`),
      ),
    ),
  ];
  return lines.join("\n");
}

/** The range of the runs behind a median: a wide one means something else used the cores meanwhile. */
function spread(runs: readonly number[]): string {
  return runs.length > 1 ? ` (${n(Math.min(...runs))}–${n(Math.max(...runs))})` : "";
}

function loadProblems(f: LoadFigures): string {
  const bad = f.runs.reduce(
    (sum, r) =>
      sum +
      r.errors +
      r.timeouts +
      Object.entries(r.statuses).reduce((s, [status, count]) => s + (status.startsWith("2") ? 0 : count), 0),
    0,
  );
  return bad > 0 ? ` (${n(bad)} errors or non-2xx)` : "";
}

export function evaluatorTable(results: BenchResults): string {
  const show = (pick: (f: EvaluatorFigures) => number) =>
    cell(results, "evaluator", (f: EvaluatorFigures) => `${n(pick(f))} /s`);
  return [
    "| evaluator (one core) | median |",
    "| --- | ---: |",
    row("evaluatePresentation on parsed objects", [show((f) => f.evaluatePerSecond)]),
    row("parse + evaluate from JSON text", [show((f) => f.parseAndEvaluatePerSecond)]),
  ].join("\n");
}

/** The whole Markdown file. */
export function renderMarkdown(results: BenchResults, notes: readonly string[]): string {
  const { config } = results;
  const sessions = results.sessions
    .map(
      (s) =>
        `- ${s.started}: ${s.machine.cpu}, ${s.machine.cores} cores, ${s.machine.memoryGiB} GiB, Node ${s.machine.node}, ` +
        `${s.machine.platform}, load average ${s.machine.loadAverage} at start`,
    )
    .join("\n");
  const imported = DATABASES.map((db) => figuresOf<ImportFigures>(results, `${db}/import`)).find(Boolean);
  const cohort = imported
    ? `${n(imported.patients)} synthetic patients, ${n(imported.visits)} visits, ${n(imported.rows)} registry rows`
    : `${n(config.patients)} synthetic patients`;
  const evaluator = figuresOf<EvaluatorFigures>(results, "evaluator");
  return [
    `# CNO Atlas benchmarks (${config.kind})`,
    "",
    `${cohort} (seed ${config.seed}, ${config.sites} sites), on:`,
    "",
    sessions,
    "",
    registryTable(results),
    "",
    evaluator
      ? `Evaluator: ${n(evaluator.presentations)} random valid presentations, median of ${evaluator.runs} runs.`
      : "",
    "",
    evaluatorTable(results),
    "",
    ...notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}

/** How each figure was made, under the tables of the Markdown file. */
export const REPORT_NOTES: readonly string[] = [
  "Figures are medians of several runs on the machine(s) above; other work on the cores moves them, so compare runs on one machine only.",
  "Import: generated in-process, parsed with courseSchema, saved with saveCourse (one transaction per patient, with 1–2 audit rows); rows = registry rows in the 14 course tables; median over consecutive batches. COPY: the same rows dumped to CSV and loaded with psql \\copy in one transaction into an empty database migrated by the registry (same keys, constraints, indexes); psql start-up subtracted; median of 3. PGlite's ratio is to the same PostgreSQL COPY.",
  "Chart API: autocannon in a separate process, closed loop (each connection sends its next request when the answer arrives, so once the server is saturated latency ≈ connections ÷ throughput); each request the next patient's GET /api/patients/:id/chart, against startServer on 127.0.0.1 in the benchmark process, with an explicit clinician request context (no sign-in); median of 3 runs after a warm-up. PGlite has one connection: its figures are a single-connection queue, not concurrency. PostgreSQL: the registry's pg pool (10 connections).",
  "Cohort queries: SQL via Kysely on computable facts (D10), after ANALYZE, one warm-up run, then the median of 5.",
  "Export: every GET /api/export/<entity>.csv (not the dictionary) as a researcher context, streamed and counted; consenting patients only; median of 3; peak RSS of the benchmark process (server and client) sampled every 20 ms.",
];
