import { courseSchema } from "@cno-atlas/clinical";
import { type RegistryDatabase, saveCourse } from "@cno-atlas/server";
import { type CohortOptions, generatePatient } from "@cno-atlas/synth";
import { courseRowCount } from "./course-row-count.ts";
import { median, perSecond } from "./stats.ts";

export type Registry = RegistryDatabase["db"];

/** The audit trail's name for rows written by the benchmark. */
export const BENCH_USER = "cno-atlas-bench";

/** Where an import stands: saved in the results file after every batch, so a killed run resumes. */
export interface ImportProgress {
  /** Patients in the registry (each saveCourse is one transaction: all of a patient or nothing). */
  done: number;
  rows: number;
  visits: number;
  /** Patients and rows whose time was measured (a crash loses the time of its unfinished batch). */
  timedPatients: number;
  timedRows: number;
  ms: { generate: number; parse: number; save: number };
  batchRowsPerSecond: number[];
}

export interface ImportFigures {
  patients: number;
  rows: number;
  visits: number;
  /** Median over the batches of rows ÷ saveCourse time: the registry's write rate. */
  registryRowsPerSecond: number;
  registryRowsPerSecondOverall: number;
  registryPatientsPerSecond: number;
  /** Generation + courseSchema.parse + saveCourse: what `cno-atlas synth` achieves. */
  endToEndRowsPerSecond: number;
  batchRowsPerSecond: number[];
  ms: ImportProgress["ms"];
}

export const emptyProgress = (): ImportProgress => ({
  done: 0,
  rows: 0,
  visits: 0,
  timedPatients: 0,
  timedRows: 0,
  ms: { generate: 0, parse: 0, save: 0 },
  batchRowsPerSecond: [],
});

export interface ImportOptions {
  cohort: CohortOptions & { sites: readonly string[] };
  batches: number;
  progress?: ImportProgress;
  /** After each batch, with a copy of the progress so far (the caller persists it). */
  onBatch: (progress: ImportProgress) => Promise<void>;
}

/**
 * Generates the cohort and writes it through the registry (saveCourse, one transaction per patient,
 * with its audit rows), timing generation, parsing and saving apart. Resumes after the patients
 * already in the database: record k depends on the seed and k only (tools/synth cohort.ts).
 */
export async function importCohort(db: Registry, options: ImportOptions): Promise<ImportProgress> {
  const total = options.cohort.patients;
  const progress = structuredClone(options.progress ?? emptyProgress());
  const inDatabase = Number(
    (
      await db
        .selectFrom("patients")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (inDatabase < progress.done)
    throw new Error(
      `the results file records ${progress.done} imported patients but the database holds ${inDatabase}: run with --fresh`,
    );
  // Saved after the last checkpoint of a killed run: counted, not timed.
  for (let index = progress.done; index < inDatabase; index++) {
    const record = generatePatient(options.cohort, index);
    progress.rows += courseRowCount(courseSchema.parse(record.course), 2);
    progress.visits += record.course.visits.length;
  }
  progress.done = inDatabase;
  const batchSize = Math.max(1, Math.ceil(total / options.batches));
  while (progress.done < total) {
    const end = Math.min(total, (Math.floor(progress.done / batchSize) + 1) * batchSize);
    let batchRows = 0;
    let batchSave = 0;
    for (let index = progress.done; index < end; index++) {
      const t0 = performance.now();
      const record = generatePatient(options.cohort, index);
      const t1 = performance.now();
      const course = courseSchema.parse(record.course);
      const t2 = performance.now();
      await saveCourse(
        db,
        { userId: BENCH_USER, siteId: record.siteId },
        {
          siteId: record.siteId,
          researchConsent: record.researchConsent,
          identifiers: [
            { kind: "name", value: record.identifiers.name },
            { kind: "mrn", value: record.identifiers.mrn },
          ],
        },
        course,
      );
      const t3 = performance.now();
      const rows = courseRowCount(course, 2);
      progress.ms.generate += t1 - t0;
      progress.ms.parse += t2 - t1;
      progress.ms.save += t3 - t2;
      batchSave += t3 - t2;
      batchRows += rows;
      progress.rows += rows;
      progress.timedRows += rows;
      progress.visits += record.course.visits.length;
      progress.timedPatients++;
      progress.done++;
    }
    progress.batchRowsPerSecond.push(perSecond(batchRows, batchSave));
    await options.onBatch(structuredClone(progress));
  }
  return progress;
}

/** The figures of a finished import. */
export function importFigures(progress: ImportProgress): ImportFigures {
  const { ms } = progress;
  const round = (n: number) => Math.round(n);
  return {
    patients: progress.done,
    rows: progress.rows,
    visits: progress.visits,
    registryRowsPerSecond: round(median(progress.batchRowsPerSecond)),
    registryRowsPerSecondOverall: perSecond(progress.timedRows, ms.save),
    registryPatientsPerSecond: perSecond(progress.timedPatients, ms.save),
    endToEndRowsPerSecond: perSecond(progress.timedRows, ms.generate + ms.parse + ms.save),
    batchRowsPerSecond: progress.batchRowsPerSecond,
    ms: { generate: round(ms.generate), parse: round(ms.parse), save: round(ms.save) },
  };
}
