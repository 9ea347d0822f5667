import type { Machine } from "../machine.ts";

/** What a results file was made for; a resumed run must match it, else it starts afresh. */
export interface RunConfig {
  kind: "quick" | "full";
  patients: number;
  seed: number;
  sites: number;
}

export type StepStatus = "done" | "running" | "failed" | "not-available";

export interface StepRecord {
  status: StepStatus;
  /** When the step last changed (ISO time). */
  at: string;
  seconds?: number;
  figures?: unknown;
  /** Why a step failed or is not available. */
  reason?: string;
  /** A step that can stop half-way (the import) keeps its position here. */
  progress?: unknown;
}

export interface BenchResults {
  config: RunConfig;
  /** One entry per invocation that worked on these results (a resumed run adds one). */
  sessions: { started: string; machine: Machine }[];
  steps: Record<string, StepRecord>;
}

export function sameConfig(a: RunConfig, b: RunConfig): boolean {
  return a.kind === b.kind && a.patients === b.patients && a.seed === b.seed && a.sites === b.sites;
}

/**
 * The results a run starts from. A previous file for the same configuration is resumed: finished
 * steps are kept (and skipped), a running step keeps its progress, failed and unavailable ones are
 * dropped so they run again (the export may exist by now). Anything else starts empty.
 */
export function resumeResults(
  previous: BenchResults | undefined,
  config: RunConfig,
  session: { started: string; machine: Machine },
  fresh: boolean,
): BenchResults {
  if (!previous || fresh || !sameConfig(previous.config, config))
    return { config, sessions: [session], steps: {} };
  const steps: Record<string, StepRecord> = {};
  for (const [name, step] of Object.entries(previous.steps))
    if (step.status === "done" || step.status === "running") steps[name] = step;
  return { config, sessions: [...previous.sessions, session], steps };
}

export function isDone(results: BenchResults, step: string): boolean {
  return results.steps[step]?.status === "done";
}

/** A copy of the results with one step recorded. */
export function withStep(results: BenchResults, name: string, step: StepRecord): BenchResults {
  return { ...results, steps: { ...results.steps, [name]: step } };
}

/** The figures of a finished step, typed by the caller (results files are written by this code only). */
export function figuresOf<T>(results: BenchResults, step: string): T | undefined {
  const record = results.steps[step];
  return record?.status === "done" ? (record.figures as T) : undefined;
}
