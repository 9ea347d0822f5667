/**
 * The load generator, run as its own process (chart-load.ts forks it), so the server under test does
 * not share an event loop with its client: autocannon with a fixed number of connections, each
 * request for the next patient's chart. Latencies are kept whole (autocannon's histogram has no p95)
 * and summarised here; only the summary goes back over IPC.
 */
import autocannon from "autocannon";
import { type Percentiles, percentiles } from "./stats.ts";

export interface LoadJob {
  url: string;
  paths: string[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  runs: number;
  timeoutSeconds: number;
}

export interface LoadRun {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency of the 2xx answers, ms. */
  latency: Percentiles;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

function runOnce(job: LoadJob, seconds: number, next: { i: number }): Promise<LoadRun> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: seconds,
        timeout: job.timeoutSeconds,
        requests: [
          {
            method: "GET",
            setupRequest: (req) => ({ ...req, path: job.paths[next.i++ % job.paths.length] as string }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const ok = latencies.length;
        resolve({
          requests: result.requests.total,
          seconds: result.duration,
          requestsPerSecond: Math.round(ok / result.duration),
          latency: percentiles(latencies),
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

process.once("message", async (job: LoadJob) => {
  const next = { i: 0 };
  try {
    if (job.warmupSeconds > 0) await runOnce(job, job.warmupSeconds, next);
    const runs: LoadRun[] = [];
    for (let r = 0; r < job.runs; r++) runs.push(await runOnce(job, job.durationSeconds, next));
    process.send?.({ ok: true, runs }, () => process.exit(0));
  } catch (error) {
    process.send?.({ ok: false, error: String(error) }, () => process.exit(1));
  }
});
