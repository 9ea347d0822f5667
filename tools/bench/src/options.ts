import { parseArgs } from "node:util";
import type { DatabaseKind } from "./report.ts";

export interface BenchOptions {
  quick: boolean;
  patients: number;
  seed: number;
  sites: number;
  databases: DatabaseKind[];
  /** Where the databases live; a full run keeps them there to resume. */
  workDir?: string;
  fresh: boolean;
  background: boolean;
  connections: number;
  /** Seconds per load run. */
  duration: number;
}

export const USAGE = `npm run bench -- [--quick] [--patients N] [--seed S] [--sites K] [--only pglite|postgres]
                    [--work DIR] [--fresh] [--background] [--connections C] [--duration SECONDS]
  --quick        1,000 patients, temporary databases, a few minutes (the one to run in a session)
  (default)      20,000 patients, resumable: databases in --work (default $TMPDIR/cno-atlas-bench-N),
                 results written after every step to bench/results/full*.json; run it with --background
  --patients N   another size, e.g. 100000 (results go to bench/results/full-N.json)
  --fresh        ignore the results and databases of an earlier run of the same size`;

function whole(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not ${value}`);
  return n;
}

/** The benchmark's command line; throws with a message naming the bad option. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      patients: { type: "string" },
      seed: { type: "string" },
      sites: { type: "string" },
      only: { type: "string" },
      work: { type: "string" },
      fresh: { type: "boolean", default: false },
      background: { type: "boolean", default: false },
      connections: { type: "string" },
      duration: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick === true;
  const only = values.only;
  if (only !== undefined && only !== "pglite" && only !== "postgres")
    throw new Error(`--only must be pglite or postgres, not ${only}`);
  if (quick && values.background)
    throw new Error("--background is for the full size; --quick runs in minutes");
  return {
    quick,
    patients: whole(values.patients, "patients", quick ? 1_000 : 20_000),
    seed: whole(values.seed, "seed", 1, 0),
    sites: whole(values.sites, "sites", 4),
    databases: only ? [only] : ["pglite", "postgres"],
    ...(values.work ? { workDir: values.work } : {}),
    fresh: values.fresh === true,
    background: values.background === true,
    connections: whole(values.connections, "connections", 64),
    duration: whole(values.duration, "duration", quick ? 5 : 15),
  };
}

/** The results file's base name: quick, full (20 k) or full-N for another size. */
export function resultsName(options: Pick<BenchOptions, "quick" | "patients">): string {
  if (options.quick) return options.patients === 1_000 ? "quick" : `quick-${options.patients}`;
  return options.patients === 20_000 ? "full" : `full-${options.patients}`;
}
