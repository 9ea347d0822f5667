import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findOrCreateSite, openDatabase, type RegistryDatabase } from "@cno-atlas/server";
import { syntheticSites } from "@cno-atlas/synth";
import { sql } from "kysely";
import { benchEvaluator } from "./evaluator-bench.ts";
import { describeMachine } from "./machine.ts";
import { benchChartLoad } from "./src/chart-load.ts";
import { benchQueries } from "./src/cohort-queries.ts";
import { benchCopy } from "./src/copy-bench.ts";
import { DEFAULT_BYTES_PER_PATIENT, directoryBytes, estimateBytes, freeBytes } from "./src/disk.ts";
import { benchExport } from "./src/export-bench.ts";
import { type ImportFigures, type ImportProgress, importCohort, importFigures } from "./src/import-bench.ts";
import { parseOptions, resultsName, USAGE } from "./src/options.ts";
import { type BenchCluster, startBenchCluster } from "./src/postgres-cluster.ts";
import { databaseBytes, patientCount, tableRows } from "./src/registry-facts.ts";
import {
  type DatabaseKind,
  evaluatorTable,
  REPORT_NOTES,
  registryTable,
  renderMarkdown,
} from "./src/report.ts";
import {
  type BenchResults,
  figuresOf,
  isDone,
  resumeResults,
  type StepRecord,
  withStep,
} from "./src/results.ts";

/**
 * `npm run bench [-- --quick]` (issue 6, D10 (docs/clinical/conventions.md#registry)): the registry on PGlite and on PostgreSQL 15
 * — import through the registry next to raw COPY, chart API latency under load from a separate
 * process, three cohort queries, the pseudonymized export when it exists — and evaluator
 * throughput. Prints the table; writes bench/results/<name>.json after every step, and .md.
 * Never asserts a time: figures depend on the machine and on what else runs on it.
 */
let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const quick = options.quick;
const name = resultsName(options);
const resultsDir = "bench/results";
const resultsPath = join(resultsDir, `${name}.json`);
mkdirSync(resultsDir, { recursive: true });

if (options.background) {
  // The same command, detached, its output in a log beside the results; this process returns at once.
  const log = join(resultsDir, `${name}.log`);
  const args = process.argv.slice(2).filter((a) => a !== "--background");
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...args], {
    detached: true,
    stdio: ["ignore", openSync(log, "a"), openSync(log, "a")],
  });
  child.unref();
  console.log(`Benchmark running in the background, pid ${child.pid}; log ${log}; results ${resultsPath}`);
  process.exit(0);
}

const say = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const config = {
  kind: quick ? "quick" : "full",
  patients: options.patients,
  seed: options.seed,
  sites: options.sites,
} as const;
const session = { started: new Date().toISOString(), machine: describeMachine() };
const workDir = quick
  ? mkdtempSync(join(tmpdir(), "cno-atlas-bench-"))
  : (options.workDir ?? join(tmpdir(), `cno-atlas-bench-${options.patients}`));
// --fresh removes only what this benchmark made there: --work may name a folder with other things in it.
if (!quick && options.fresh)
  for (const made of ["pglite", "postgres", "copy-csv"])
    rmSync(join(workDir, made), { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
chmodSync(workDir, 0o755); // the PostgreSQL cluster inside runs as `postgres`, which must reach it

const previous =
  !quick && existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, "utf8")) as BenchResults)
    : undefined;
let results = resumeResults(previous, config, session, quick || options.fresh);

/** Writes the results; through a temporary file and a rename, so a kill mid-write leaves the last good copy. */
async function save(): Promise<void> {
  for (const [path, text] of [
    [resultsPath, `${JSON.stringify(results, null, 2)}\n`],
    [join(resultsDir, `${name}.md`), renderMarkdown(results, REPORT_NOTES)],
  ] as const) {
    await writeFile(`${path}.partial`, text);
    await rename(`${path}.partial`, path);
  }
}

/** Runs a step unless a resumed run finished it; records its figures, or why it has none. */
async function step(
  stepName: string,
  work: () => Promise<Omit<StepRecord, "at" | "seconds">>,
): Promise<StepRecord> {
  const done = results.steps[stepName];
  if (done && isDone(results, stepName)) {
    say(`${stepName}: done in an earlier run, skipped`);
    return done;
  }
  say(`${stepName} …`);
  const started = performance.now();
  let record: StepRecord;
  try {
    record = { ...(await work()), at: new Date().toISOString() };
  } catch (error) {
    record = { status: "failed", reason: (error as Error).message, at: new Date().toISOString() };
  }
  record.seconds = Math.round((performance.now() - started) / 100) / 10;
  results = withStep(results, stepName, record);
  await save();
  say(`${stepName}: ${record.status}${record.reason ? ` (${record.reason})` : ""} in ${record.seconds} s`);
  return record;
}

async function checkDisk(): Promise<void> {
  const quickFile = join(resultsDir, "quick.json");
  let perPatient = DEFAULT_BYTES_PER_PATIENT;
  if (existsSync(quickFile)) {
    const last = JSON.parse(readFileSync(quickFile, "utf8")) as BenchResults;
    const pglite = figuresOf<ImportFigures & { bytesOnDisk?: number }>(last, "pglite/import");
    const postgres = figuresOf<ImportFigures & { bytesOnDisk?: number }>(last, "postgres/import");
    if (pglite?.bytesOnDisk && postgres?.bytesOnDisk)
      perPatient = {
        pglite: pglite.bytesOnDisk / pglite.patients,
        postgres: postgres.bytesOnDisk / postgres.patients,
      };
  }
  const need = estimateBytes(options.patients, perPatient, options.databases);
  const free = await freeBytes(workDir);
  const gib = (b: number) => (b / 2 ** 30).toFixed(1);
  say(`disk: about ${gib(need)} GiB needed in ${workDir}, ${gib(free)} GiB free`);
  if (free < need) {
    console.error(
      `Not enough free disk in ${workDir}: about ${gib(need)} GiB needed, ${gib(free)} GiB free. Use --work DIR.`,
    );
    process.exit(1);
  }
}

/** What a kill must clean up: our PostgreSQL (a resumed run starts it again) and a quick run's folder. */
const running: { cluster?: BenchCluster | undefined } = {};
function onKill(signal: NodeJS.Signals): void {
  const code = signal === "SIGINT" ? 130 : 143;
  // Stopping the server cuts open connections, whose errors would surface as crashes: only exiting is left.
  process.on("uncaughtException", () => process.exit(code));
  void (running.cluster?.stop() ?? Promise.resolve()).finally(() => {
    if (quick) rmSync(workDir, { recursive: true, force: true });
    process.exit(code);
  });
}
process.once("SIGINT", onKill);
process.once("SIGTERM", onKill);

async function openRegistry(
  kind: DatabaseKind,
): Promise<{ database: RegistryDatabase; cluster?: BenchCluster; url?: string }> {
  if (kind === "pglite") return { database: await openDatabase({ dataDir: join(workDir, "pglite") }) };
  const cluster = await startBenchCluster(join(workDir, "postgres"), !quick);
  const url = await cluster.ensureDatabase("registry");
  return { database: await openDatabase({ databaseUrl: url }), cluster, url };
}

async function benchDatabase(kind: DatabaseKind): Promise<void> {
  say(`${kind}: opening`);
  let opened: Awaited<ReturnType<typeof openRegistry>>;
  try {
    opened = await openRegistry(kind);
  } catch (error) {
    // No database, no figures: record why under the first step, and go on with the other database.
    await step(`${kind}/import`, async () => ({
      status: "failed",
      reason: `could not open: ${(error as Error).message}`,
    }));
    return;
  }
  const { database, cluster, url } = opened;
  running.cluster = cluster;
  try {
    const siteIds: string[] = [];
    for (const site of syntheticSites(options.seed, options.sites))
      siteIds.push(await findOrCreateSite(database.db, site.name));
    const earlier = figuresOf<ImportFigures>(results, `${kind}/import`);
    const held = await patientCount(database);
    if (earlier && held !== earlier.patients) {
      // The work folder was deleted or replaced since: the figures stand, the data must be made again.
      say(
        `${kind}: the database holds ${held} patients, not the ${earlier.patients} imported earlier: importing again`,
      );
      results = withStep(results, `${kind}/import`, {
        status: "failed",
        reason: "database no longer holds the import",
        at: new Date().toISOString(),
      });
    }
    const imported = await step(`${kind}/import`, async () => {
      const running = results.steps[`${kind}/import`];
      const progress = await importCohort(database.db, {
        cohort: { patients: options.patients, seed: options.seed, sites: siteIds },
        batches: quick ? 5 : 20,
        ...(running?.status === "running" ? { progress: running.progress as ImportProgress } : {}),
        onBatch: async (p) => {
          results = withStep(results, `${kind}/import`, {
            status: "running",
            progress: p,
            at: new Date().toISOString(),
          });
          await save();
          say(
            `${kind}/import: ${p.done.toLocaleString("en")} of ${options.patients.toLocaleString("en")} patients, batch ${(p.batchRowsPerSecond.at(-1) ?? 0).toLocaleString("en")} rows/s`,
          );
        },
      });
      const counted = await tableRows(database);
      const bytesOnDisk =
        kind === "pglite" ? directoryBytes(join(workDir, "pglite")) : await databaseBytes(database);
      return {
        status: "done",
        figures: { ...importFigures(progress), bytesOnDisk, rowsInTables: counted },
        ...(counted === progress.rows
          ? {}
          : {
              reason: `rows counted while importing (${progress.rows}) differ from the tables (${counted})`,
            }),
      };
    });
    if (imported.status !== "done") return;
    await sql`ANALYZE`.execute(database.db);
    const today = (
      await database.db
        .selectFrom("encounters")
        .select((eb) => eb.fn.max("date").as("last"))
        .executeTakeFirst()
    )?.last;
    const on = typeof today === "string" ? today : "2030-01-01";

    if (kind === "postgres" && cluster && url)
      await step("postgres/copy", async () => {
        await cluster.dropDatabase("copy_target");
        const targetUrl = await cluster.ensureDatabase("copy_target");
        try {
          return {
            status: "done",
            figures: await benchCopy({ sourceUrl: url, targetUrl, workDir, runs: 3 }),
          };
        } finally {
          await cluster.dropDatabase("copy_target");
        }
      });
    await step(`${kind}/queries`, async () => ({
      status: "done",
      figures: await benchQueries(database.db, 5),
    }));
    await step(`${kind}/chart-load`, async () => {
      const outcome = await benchChartLoad(database, siteIds, on, {
        connections: options.connections,
        warmupSeconds: quick ? 2 : 5,
        durationSeconds: options.duration,
        runs: 3,
        maxPatients: options.patients,
      });
      return outcome.ok
        ? { status: "done", figures: outcome.figures }
        : { status: "failed", reason: outcome.reason };
    });
    await step(`${kind}/export`, async () => {
      const outcome = await benchExport(database, on, 3);
      return outcome.status === "done"
        ? { status: "done", figures: outcome.figures }
        : { status: outcome.status, reason: outcome.reason };
    });
  } finally {
    await database.close();
    await cluster?.stop();
    running.cluster = undefined;
  }
}

say(
  `${name}: ${options.patients.toLocaleString("en")} patients on ${options.databases.join(" and ")}; work dir ${workDir}`,
);
if (!quick) await checkDisk();
await save();
try {
  await step("evaluator", async () => {
    const count = quick ? 10_000 : 100_000;
    say(`evaluator: ${count.toLocaleString("en")} random valid presentations, 5 runs, one core`);
    return { status: "done", figures: benchEvaluator(count, 5) };
  });
  for (const kind of options.databases) await benchDatabase(kind);
} finally {
  if (quick) rmSync(workDir, { recursive: true, force: true });
}
console.log(`\n${registryTable(results)}\n\n${evaluatorTable(results)}\n`);
console.log(`Written ${resultsPath} and ${join(resultsDir, `${name}.md`)}`);
if (!quick)
  console.log(
    `The databases stay in ${workDir} (${(directoryBytes(workDir) / 2 ** 30).toFixed(1)} GiB), so a later run ` +
      `re-runs only unfinished steps (e.g. the export once it exists); delete that folder when done.`,
  );
