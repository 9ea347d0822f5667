/**
 * Generation speed of the synthetic cohort (prints, never asserts):
 *   npx tsx tools/synth/src/bench-synth.ts [--patients 5000] [--seed 1] [--sites 4]
 * Reports records/second and visits/second for generation alone, with NDJSON serialization, and with
 * schema validation (courseSchema.parse), and the peak heap, to show generation streams in constant memory.
 */
import { courseSchema } from "@cno-atlas/clinical";
import { generateCohort, toNdjson } from "./index.ts";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const patients = option("patients", 5000);
const seed = option("seed", 1);
const sites = option("sites", 4);

function run(
  label: string,
  work: (record: ReturnType<typeof generateCohort> extends Iterable<infer R> ? R : never) => number,
) {
  let peak = process.memoryUsage().heapUsed;
  let visits = 0;
  let bytes = 0;
  const started = performance.now();
  let i = 0;
  for (const record of generateCohort({ patients, seed, sites })) {
    visits += record.course.visits.length;
    bytes += work(record);
    if (++i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = (n: number) => Math.round(n / seconds).toLocaleString("en");
  console.log(
    `${label.padEnd(34)} ${rate(patients).padStart(8)} records/s ${rate(visits).padStart(10)} visits/s` +
      `${bytes ? `  ${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : ""}  peak heap ${(peak / 1e6).toFixed(0)} MB`,
  );
}

console.log(`synthetic cohort: ${patients} patients, seed ${seed}, ${sites} sites, Node ${process.version}`);
run("generate", () => 0);
run("generate + NDJSON", (record) => toNdjson(record).length);
run("generate + NDJSON + courseSchema", (record) => {
  courseSchema.parse(record.course);
  return toNdjson(record).length;
});
