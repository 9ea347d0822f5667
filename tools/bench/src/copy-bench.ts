import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "@cno-atlas/server";
import { COURSE_TABLES } from "./course-row-count.ts";
import { psql } from "./postgres-cluster.ts";
import { median, perSecond } from "./stats.ts";

export interface CopyFigures {
  rows: number;
  csvBytes: number;
  runs: number;
  /** Median over the runs of rows ÷ (psql wall time − an empty psql's start-up). */
  rowsPerSecond: number;
  runsRowsPerSecond: number[];
  psqlStartupMs: number;
}

/**
 * The baseline for the registry's write rate: the rows the registry wrote (its course tables, read
 * with COPY TO into CSV files) loaded with psql's \copy into an empty database with the identical
 * schema (the registry's own migrations, so the same keys, constraints and indexes), all tables in
 * one transaction. Between runs the tables are truncated. PostgreSQL only: psql cannot reach PGlite.
 */
export async function benchCopy(options: {
  sourceUrl: string;
  targetUrl: string;
  workDir: string;
  runs: number;
}): Promise<CopyFigures> {
  const { sourceUrl, targetUrl, workDir } = options;
  const csvDir = join(workDir, "copy-csv");
  mkdirSync(csvDir, { recursive: true });
  const file = (table: string) => join(csvDir, `${table}.csv`);
  const tables = ["sites", ...COURSE_TABLES];
  await psql(
    sourceUrl,
    tables.flatMap((t) => ["-c", `\\copy ${t} to '${file(t)}' with (format csv)`]),
  );
  const counts = await psql(sourceUrl, [
    "-At",
    "-c",
    COURSE_TABLES.map((t) => `SELECT count(*) FROM ${t}`).join(" UNION ALL "),
  ]);
  const rows = counts
    .trim()
    .split("\n")
    .reduce((sum, n) => sum + Number(n), 0);
  const csvBytes = COURSE_TABLES.reduce((sum, t) => sum + statSync(file(t)).size, 0);

  const target = await openDatabase({ databaseUrl: targetUrl }); // migrations: the identical schema
  await target.close();
  await psql(targetUrl, ["-c", `\\copy sites from '${file("sites")}' with (format csv)`]);
  // -1: one transaction around every -c, as a bulk load would run.
  const load = [
    "-1",
    ...COURSE_TABLES.flatMap((t) => ["-c", `\\copy ${t} from '${file(t)}' with (format csv)`]),
  ];
  const startup: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await psql(targetUrl, ["-c", "SELECT 1"]);
    startup.push(performance.now() - t);
  }
  const psqlStartupMs = median(startup);
  const runsRowsPerSecond: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    await psql(targetUrl, ["-c", `TRUNCATE ${[...COURSE_TABLES].reverse().join(", ")} CASCADE`]);
    await psql(targetUrl, ["-c", "CHECKPOINT"]);
    const t = performance.now();
    await psql(targetUrl, load);
    runsRowsPerSecond.push(perSecond(rows, performance.now() - t - psqlStartupMs));
  }
  rmSync(csvDir, { recursive: true, force: true });
  return {
    rows,
    csvBytes,
    runs: options.runs,
    rowsPerSecond: Math.round(median(runsRowsPerSecond)),
    runsRowsPerSecond,
    psqlStartupMs: Math.round(psqlStartupMs),
  };
}
