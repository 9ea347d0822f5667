import { BONE_SITES, isPaired } from "@cno-atlas/clinical";
import { sql } from "kysely";
import type { Registry } from "./import-bench.ts";
import { median } from "./stats.ts";

/**
 * Three cohort questions a registry is asked, on computable facts only (D10 (docs/clinical/conventions.md#registry): PedCNO
 * stays disabled, so "PedCNO50" is read as "pain NRS halved"). Each result is printed beside its
 * time, as a check that the query found something.
 */
export interface CohortQuery {
  id: string;
  label: string;
  /** What the result counts. */
  unit: "patients" | "sites";
  run(db: Registry): Promise<{ count: number; detail?: string }>;
}

const PAIRED_SITES = BONE_SITES.filter(isPaired);

export const COHORT_QUERIES: readonly CohortQuery[] = [
  {
    id: "spine-tnf-pain-halved",
    label: "spinal lesion, on a TNF inhibitor, pain NRS halved within 6 months of its start",
    unit: "patients",
    // Baseline pain: the latest visit with a pain score on or before the start; response: any visit
    // with a score in the 6 months after it at or below half the baseline (baseline > 0).
    async run(db) {
      const { rows } = await sql<{ patients: string }>`
        SELECT count(DISTINCT t.patient_id) AS patients
        FROM treatments t
        CROSS JOIN LATERAL (
          SELECT e.pain_nrs FROM encounters e
          WHERE e.patient_id = t.patient_id AND e.date <= t.started_on AND e.pain_nrs IS NOT NULL
          ORDER BY e.date DESC, e.ordinal DESC LIMIT 1
        ) baseline
        WHERE t.drug_class = 'tnf-inhibitor'
          AND baseline.pain_nrs > 0
          AND EXISTS (
            SELECT 1 FROM lesions l JOIN bone_sites b ON b.id = l.site
            WHERE l.patient_id = t.patient_id AND b.region = 'spine'
          )
          AND EXISTS (
            SELECT 1 FROM encounters f
            WHERE f.patient_id = t.patient_id
              AND f.date > t.started_on
              AND f.date <= (t.started_on + interval '6 months')::date
              AND f.pain_nrs <= baseline.pain_nrs / 2.0
          )`.execute(db);
      return { count: Number(rows[0]?.patients ?? 0) };
    },
  },
  {
    id: "symmetric-by-site",
    label: "multifocal with symmetric lesions (D4), patients by site",
    unit: "sites",
    // Symmetric (D4): a paired site on both sides in one study, same segment and end where both give
    // them; that is two bones, so multifocal. One row per site with its number of patients.
    async run(db) {
      const { rows } = await sql<{ site: string; patients: string }>`
        SELECT a.site, count(DISTINCT a.patient_id) AS patients
        FROM lesions a
        JOIN lesions b ON b.imaging_study_id = a.imaging_study_id AND b.site = a.site
        WHERE a.side = 'left' AND b.side = 'right'
          AND a.site IN (${sql.join(PAIRED_SITES)})
          AND (a.segment IS NULL OR b.segment IS NULL OR a.segment = b.segment)
          AND (a.end_ IS NULL OR b.end_ IS NULL OR a.end_ = b.end_)
          AND a.status IS DISTINCT FROM 'resolved' AND b.status IS DISTINCT FROM 'resolved'
        GROUP BY a.site
        ORDER BY patients DESC, a.site`.execute(db);
      const detail = rows
        .slice(0, 3)
        .map((r) => `${r.site} ${r.patients}`)
        .join(", ");
      return { count: rows.length, detail };
    },
  },
  {
    id: "mimic-suspect-first-visit",
    label: "mimic-suspect: platelets < 100 ×10⁹/L or CRP > 55 mg/L at the first visit",
    unit: "patients",
    async run(db) {
      const { rows } = await sql<{ patients: string }>`
        WITH first_visit AS (
          SELECT DISTINCT ON (patient_id) id, patient_id FROM encounters
          ORDER BY patient_id, date, ordinal
        )
        SELECT count(DISTINCT f.patient_id) AS patients
        FROM first_visit f
        JOIN lab_results r ON r.encounter_id = f.id
        WHERE (r.test = 'platelets' AND r.canonical_value < 100)
           OR (r.test = 'crp' AND r.canonical_value > 55)`.execute(db);
      return { count: Number(rows[0]?.patients ?? 0) };
    },
  },
];

export interface QueryFigures {
  id: string;
  label: string;
  unit: CohortQuery["unit"];
  result: number;
  detail?: string;
  medianMs: number;
  runsMs: number[];
}

/** Each query once to warm caches, then `runs` timed runs; the median is the figure. */
export async function benchQueries(db: Registry, runs: number): Promise<QueryFigures[]> {
  const figures: QueryFigures[] = [];
  for (const query of COHORT_QUERIES) {
    const { count, detail } = await query.run(db);
    const runsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await query.run(db);
      runsMs.push(Math.round((performance.now() - t) * 100) / 100);
    }
    figures.push({
      id: query.id,
      label: query.label,
      unit: query.unit,
      result: count,
      ...(detail ? { detail } : {}),
      medianMs: median(runsMs),
      runsMs,
    });
  }
  return figures;
}
