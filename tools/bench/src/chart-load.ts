import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type RegistryDatabase, type RequestContext, startServer } from "@cno-atlas/server";
import type { LoadJob, LoadRun } from "./load-child.ts";
import { median } from "./stats.ts";

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  runs: number;
  /** How many patients' charts the requests cycle through. */
  maxPatients: number;
}

export interface LoadFigures {
  patients: number;
  connections: number;
  /** Where the caller's identity came from (see `benchChartLoad`). */
  auth: string;
  chartBytes: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  runs: LoadRun[];
  serverFaults: number;
}

export type LoadOutcome = { ok: true; figures: LoadFigures } | { ok: false; reason: string };

/**
 * GET /api/patients/:id/chart under `connections` concurrent connections from a separate process
 * (load-child.ts) against a real startServer on 127.0.0.1, cycling through many patients; medians
 * over the runs of each run's p50/p95/p99. The server runs with an explicit request context (a
 * clinician of every benchmark site, `startServer`'s `context` option) rather than a sign-in: the
 * figure is the chart's cost, and a session lookup per request would be a different benchmark.
 */
export async function benchChartLoad(
  database: RegistryDatabase,
  siteIds: readonly string[],
  today: string,
  settings: LoadSettings,
): Promise<LoadOutcome> {
  const ids = await database.db
    .selectFrom("patients")
    .select("id")
    .orderBy("id")
    .limit(settings.maxPatients)
    .execute();
  if (ids.length === 0) return { ok: false, reason: "no patients in the registry" };
  const context: RequestContext = { user: "cno-atlas-bench", role: "clinician", siteIds };
  let faults = 0;
  let firstFault = "";
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    database,
    context,
    today: () => today,
    logFault: (message) => {
      faults++;
      firstFault ||= message;
    },
  });
  try {
    const paths = ids.map((r) => `/api/patients/${r.id}/chart`);
    const probe = await fetch(`${server.url}${paths[0]}`);
    const body = await probe.text();
    if (probe.status !== 200)
      return {
        ok: false,
        reason: `GET chart answered ${probe.status} with an explicit clinician context: ${firstFault || body.slice(0, 200)}`,
      };
    const runs = await runChild({
      url: server.url,
      paths,
      connections: settings.connections,
      warmupSeconds: settings.warmupSeconds,
      durationSeconds: settings.durationSeconds,
      runs: settings.runs,
      timeoutSeconds: 60,
    });
    const of = (pick: (run: LoadRun) => number) => median(runs.map(pick));
    return {
      ok: true,
      figures: {
        patients: ids.length,
        connections: settings.connections,
        auth: "explicit request context (startServer `context`), no sign-in",
        chartBytes: Buffer.byteLength(body),
        p50: of((r) => r.latency.p50),
        p95: of((r) => r.latency.p95),
        p99: of((r) => r.latency.p99),
        requestsPerSecond: of((r) => r.requestsPerSecond),
        runs,
        serverFaults: faults,
      },
    };
  } finally {
    await server.close();
  }
}

function runChild(job: LoadJob): Promise<LoadRun[]> {
  const child = fork(fileURLToPath(new URL("./load-child.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.once("message", (message: { ok: true; runs: LoadRun[] } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.runs);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once("exit", (code) => {
      if (!settled) reject(new Error(`load generator exited with ${code} before reporting`));
    });
    child.send(job);
  });
}
