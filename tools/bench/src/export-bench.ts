import { randomBytes } from "node:crypto";
import { type RegistryDatabase, ROUTES, startServer } from "@cno-atlas/server";
import { COURSE_TABLES } from "./course-row-count.ts";
import { CsvRecordCounter } from "./csv-count.ts";
import { median, perSecond } from "./stats.ts";

export interface ExportFigures {
  entities: { entity: string; rows: number; bytes: number; medianMs: number }[];
  rows: number;
  runs: number;
  rowsPerSecond: number;
  runsRowsPerSecond: number[];
  /** The benchmark process (server and streaming client) during the export, MiB. */
  peakRssMiB: number;
  rssBeforeMiB: number;
  peakHeapMiB: number;
  auth: string;
}

export type ExportOutcome =
  | { status: "done"; figures: ExportFigures }
  | { status: "not-available" | "failed"; reason: string };

const EXPORT_PREFIX = "/api/export";

/**
 * The full pseudonymized export, once it exists (GET /api/export/:entity.csv, being built beside
 * this): every entity streamed over HTTP from a real server, rows counted as they arrive, rows per
 * second over all entities, median of the runs, and the process's peak memory sampled every 20 ms.
 * Without an export route in the server's route table the answer is "not available" — never a guess.
 */
export async function benchExport(
  database: RegistryDatabase,
  today: string,
  runs: number,
): Promise<ExportOutcome> {
  const routes = exportRoutes(ROUTES);
  if (routes.length === 0)
    return { status: "not-available", reason: `no GET ${EXPORT_PREFIX}… route in the server's route table` };
  // D10: the key lives outside the database; a benchmark run gets a throwaway one unless one is set.
  process.env.CNO_ATLAS_PSEUDONYM_KEY ??= randomBytes(32).toString("hex");
  let fault = "";
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    database,
    // A researcher's scope is not by site (the server's RequestContext): consenting patients, pseudonymized.
    context: { user: "cno-atlas-bench-researcher", role: "researcher", siteIds: [] },
    today: () => today,
    logFault: (message) => {
      fault ||= message;
    },
  });
  try {
    const urls = await exportUrls(server.url, routes, fetch);
    if (urls.length === 0)
      return {
        status: "failed",
        reason: `export routes ${routes.join(", ")} answered no CSV for any registry entity${fault ? `: ${fault}` : ""}`,
      };
    const memory = sampleMemory();
    const perEntity = new Map<string, { rows: number; bytes: number; ms: number[] }>();
    const runsRowsPerSecond: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        let rows = 0;
        let ms = 0;
        for (const { entity, url } of urls) {
          const got = await streamCsv(url);
          if (got.status !== 200)
            return {
              status: "failed",
              reason: `GET ${url} answered ${got.status}${fault ? `: ${fault}` : ""}`,
            };
          const entry = perEntity.get(entity) ?? { rows: got.rows, bytes: got.bytes, ms: [] };
          entry.ms.push(got.ms);
          perEntity.set(entity, entry);
          rows += got.rows;
          ms += got.ms;
        }
        runsRowsPerSecond.push(perSecond(rows, ms));
      }
    } finally {
      memory.stop();
    }
    const entities = [...perEntity].map(([entity, e]) => ({
      entity,
      rows: e.rows,
      bytes: e.bytes,
      medianMs: Math.round(median(e.ms)),
    }));
    const mib = (n: number) => Math.round(n / 2 ** 20);
    return {
      status: "done",
      figures: {
        entities,
        rows: entities.reduce((sum, e) => sum + e.rows, 0),
        runs,
        rowsPerSecond: Math.round(median(runsRowsPerSecond)),
        runsRowsPerSecond,
        peakRssMiB: mib(memory.peakRss),
        rssBeforeMiB: mib(memory.before),
        peakHeapMiB: mib(memory.peakHeap),
        auth: "explicit request context, role researcher (startServer `context`), no sign-in",
      },
    };
  } finally {
    await server.close();
  }
}

/** The export's data routes in a route table: GET /api/export/…, without the data dictionary. */
export function exportRoutes(routes: readonly { method: string; path: string }[]): string[] {
  return routes
    .filter((r) => r.method === "GET" && r.path.startsWith(`${EXPORT_PREFIX}/`))
    .map((r) => r.path)
    .filter((path) => !/\/dictionary(\.csv)?$/.test(path));
}

/**
 * The URLs to export: literal routes (/api/export/patients.csv) as they are; a route with one
 * parameter (/api/export/:entity.csv) for each registry entity name that answers CSV. The names
 * tried are the registry's own course tables (snake and kebab case; identifiers are never
 * exported), so a rename shows as a missing entity, not a wrong figure.
 */
export async function exportUrls(
  base: string,
  paths: readonly string[],
  fetcher: (url: string) => Promise<Response>,
): Promise<{ entity: string; url: string }[]> {
  const found: { entity: string; url: string }[] = [];
  const names = [
    ...new Set(
      COURSE_TABLES.filter((t) => t !== "patient_identifiers").flatMap((t) => [t, t.replaceAll("_", "-")]),
    ),
  ];
  for (const path of paths) {
    const params = path.match(/:[A-Za-z]+/g) ?? [];
    if (params.length === 0) {
      found.push({
        entity: path.slice(EXPORT_PREFIX.length + 1).replace(/\.csv$/, ""),
        url: `${base}${path}`,
      });
      continue;
    }
    if (params.length > 1) continue;
    for (const name of names) {
      const url = `${base}${path.replace(/:[A-Za-z]+/, name)}`;
      const response = await fetcher(url);
      await response.body?.cancel();
      if (response.status === 200 && (response.headers.get("content-type") ?? "").includes("csv"))
        found.push({ entity: name, url });
    }
  }
  return found;
}

async function streamCsv(url: string): Promise<{ status: number; rows: number; bytes: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel();
    return { status: response.status, rows: 0, bytes: 0, ms: 0 };
  }
  const counter = new CsvRecordCounter();
  const decoder = new TextDecoder();
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    counter.push(decoder.decode(chunk, { stream: true }));
  }
  return { status: 200, rows: counter.dataRecords, bytes, ms: performance.now() - started };
}

function sampleMemory() {
  const before = process.memoryUsage();
  const state = { before: before.rss, peakRss: before.rss, peakHeap: before.heapUsed };
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    state.peakRss = Math.max(state.peakRss, now.rss);
    state.peakHeap = Math.max(state.peakHeap, now.heapUsed);
  }, 20);
  return {
    get before() {
      return state.before;
    },
    get peakRss() {
      return state.peakRss;
    },
    get peakHeap() {
      return state.peakHeap;
    },
    stop: () => clearInterval(timer),
  };
}
