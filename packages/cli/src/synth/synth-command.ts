import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { isoDate } from "@cno-atlas/clinical";
import { findOrCreateSite } from "@cno-atlas/server";
import { generateCohort, syntheticSites, toNdjson } from "@cno-atlas/synth";
import { SingleBar } from "cli-progress";
import { importRecords } from "../registry/import-records.ts";
import { type DatabaseOptions, openRegistry } from "../registry/open-registry.ts";

export interface SynthCommandOptions extends DatabaseOptions {
  patients: string;
  seed: string;
  sites: string;
  out?: string;
  asOf?: string;
}

function wholeNumber(value: string, name: string, min: number): number | string {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `--${name} must be a whole number ≥ ${min}, not ${value}`;
}

/** A progress bar on a terminal only: CI logs and pipes get the summary line alone. */
function progress(total: number): { tick(): void; stop(): void } {
  if (!process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    format: "patients {bar} {value}/{total} {percentage}% eta {eta}s",
    stream: process.stderr,
  });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

async function writeNdjson(
  out: string,
  options: { patients: number; seed: string; sites: number; asOf?: string },
): Promise<void> {
  const file = createWriteStream(out);
  const bar = progress(options.patients);
  for (const record of generateCohort(options)) {
    if (!file.write(toNdjson(record))) await once(file, "drain");
    bar.tick();
  }
  bar.stop();
  file.end();
  await once(file, "finish");
}

/** `cno-atlas synth`: a synthetic cohort into the configured registry, or with --out into an NDJSON file. */
export async function synthCommand(options: SynthCommandOptions): Promise<number> {
  const patients = wholeNumber(options.patients, "patients", 0);
  const sites = wholeNumber(options.sites, "sites", 1);
  for (const value of [patients, sites]) if (typeof value === "string") return fail(value, 2);
  const { asOf } = options;
  if (asOf !== undefined && !isoDate.safeParse(asOf).success)
    return fail(`--as-of must be a date in the form YYYY-MM-DD, not ${asOf}`, 2);
  // Without --as-of the fixed epoch applies (D10: reproducible on any day; cut-off 2025-01-01).
  const counts = {
    patients: patients as number,
    seed: options.seed,
    sites: sites as number,
    ...(asOf ? { asOf } : {}),
  };
  const started = Date.now();
  if (options.out) {
    await writeNdjson(options.out, counts);
    process.stdout.write(
      `Wrote ${counts.patients} synthetic patients to ${options.out} in ${seconds(started)} s\n`,
    );
    return 0;
  }
  const opened = await openRegistry(options);
  if (!opened.ok) return fail(opened.message);
  try {
    const siteIds: string[] = [];
    for (const site of syntheticSites(counts.seed, counts.sites))
      siteIds.push(await findOrCreateSite(opened.database.db, site.name));
    const bar = progress(counts.patients);
    const written = await importRecords(
      opened.database,
      generateCohort({ ...counts, sites: siteIds }),
      bar.tick,
    );
    bar.stop();
    process.stdout.write(
      `Wrote ${written} synthetic patients over ${siteIds.length} site(s) into the ${opened.where} in ${seconds(started)} s\n`,
    );
    return 0;
  } finally {
    await opened.database.close();
  }
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function fail(message: string, code = 1): number {
  process.stderr.write(`${message}\n`);
  return code;
}
