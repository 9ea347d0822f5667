import type { SurveillanceTable } from "@cno-atlas/clinical";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import type { PatientListQuery } from "../schemas/patient.ts";

export interface PatientListItem {
  id: string;
  siteId: string;
  version: number;
  /** The first identifier of kind "name" / "mrn", when there is one. */
  name: string | null;
  mrn: string | null;
  sex: string | null;
  birthDate: string | null;
  researchConsent: string;
  lastVisitOn: string | null;
  /** Registry activity (D11): active, inactive, or not recorded (never read as remission). */
  activity: "active" | "inactive" | "not-recorded";
  /** activity = active (the `active` filter). */
  active: boolean;
  /** A mimic confirmed in the work-up: not followed as CNO, so no reminders (D11). */
  mimicConfirmed: boolean;
  onTreatment: boolean;
  /** Either reminder overdue (the `overdue` filter). */
  overdue: boolean;
  followUpDue: string | null;
  followUpOverdue: boolean;
  wholeBodyMriDue: string | null;
  wholeBodyMriOverdue: boolean;
  createdAt: string;
}

export interface PatientPage {
  items: PatientListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** `date + months` as the core's addMonths computes it (reminders.ts): calendar months, else 30.4375-day months. */
function addMonths(date: RawBuilder<unknown>, months: number): RawBuilder<string> {
  return Number.isInteger(months)
    ? sql<string>`(${date} + make_interval(months => ${months}::int))::date`
    : sql<string>`(${date} + ${Math.round(months * 30.4375)}::int)`;
}

/**
 * The list's derived facts, computed in SQL so filters and paging run in the database. Each
 * mirrors one definition of the core, as of `today` (a test checks them against the core):
 * - activity: diseaseActivity (D11): latest visit's physician global ≥ 1, or a non-resolved lesion
 *   with bone-marrow-edema in a study within the window (182 days) → active; physician global 0 →
 *   inactive; otherwise not recorded. "Latest" = on or before today, ties to the later ordinal
 *   (latestUpTo: the one listed last wins);
 * - mimicConfirmed: a mimic group confirmed in the work-up (D11): no reminders, so both dues are null;
 * - followUpDue / wholeBodyMriDue: reminders() — latest visit + 3 months (active or not recorded)
 *   or 6 (inactive); WB-MRI: the
 *   earliest of last WB-MRI + routine months, first treatment change after it + N months, first
 *   flare after it; without a WB-MRI, the diagnosis date, else the first visit, else today;
 * - onTreatment: a treatment started on or before today that has no stop or stops today or later.
 */
function facts(siteIds: readonly string[], today: string, rules: SurveillanceTable) {
  const d = sql`${today}::date`;
  const lastWb = sql.ref("wb.date");
  return sql`
    WITH base AS (
      SELECT p.id, p.site_id, p.version, p.sex, p.birth_date, p.research_consent, p.created_at,
        p.diagnosis_date, lv.date AS last_visit_on, wb.date AS last_wb_mri,
        (SELECT i.value FROM patient_identifiers i WHERE i.patient_id = p.id AND i.kind = 'name'
          ORDER BY i.ordinal, i.id LIMIT 1) AS name,
        (SELECT i.value FROM patient_identifiers i WHERE i.patient_id = p.id AND i.kind = 'mrn'
          ORDER BY i.ordinal, i.id LIMIT 1) AS mrn,
        CASE WHEN coalesce(lv.physician_global >= 1, false) OR EXISTS (
            SELECT 1 FROM lesions l JOIN imaging_studies s ON s.id = l.imaging_study_id
            WHERE s.patient_id = p.id AND s.date <= ${d} AND s.date >= ${d} - ${rules.activeLesionWithinDays}::int
              AND l.status IS DISTINCT FROM 'resolved' AND 'bone-marrow-edema' = ANY (l.findings))
          THEN 'active' WHEN lv.physician_global = 0 THEN 'inactive' ELSE 'not-recorded' END AS activity,
        'confirmed' IN (coalesce(p.mimic_malignancy, ''), coalesce(p.mimic_infection, ''),
          coalesce(p.mimic_vitamin_c_deficiency, ''), coalesce(p.mimic_hypophosphatasia, '')) AS mimic_confirmed,
        EXISTS (SELECT 1 FROM treatments t WHERE t.patient_id = p.id AND t.started_on <= ${d}
          AND (t.stopped_on IS NULL OR t.stopped_on >= ${d})) AS on_treatment,
        CASE WHEN wb.date IS NULL THEN coalesce(p.diagnosis_date,
            (SELECT min(e.date) FROM encounters e WHERE e.patient_id = p.id), ${d})
          ELSE LEAST(${addMonths(lastWb, rules.wholeBodyMriRoutineMonths)},
            (SELECT ${addMonths(sql.ref("c.day"), rules.wholeBodyMriMonthsAfterTreatmentChange)} FROM (
              SELECT min(x.day) AS day FROM (
                SELECT t.started_on AS day FROM treatments t WHERE t.patient_id = p.id
                UNION ALL SELECT t.stopped_on FROM treatments t WHERE t.patient_id = p.id) x
              WHERE x.day > wb.date AND x.day <= ${d}) c),
            (SELECT min(e.date) FROM encounters e WHERE e.patient_id = p.id AND e.kind = 'flare'
              AND e.date > wb.date AND e.date <= ${d}))
        END AS wb_mri_due_template
      FROM patients p
      LEFT JOIN LATERAL (SELECT e.date, e.physician_global FROM encounters e
        WHERE e.patient_id = p.id AND e.date <= ${d}
        ORDER BY e.date DESC, e.ordinal DESC, e.id DESC LIMIT 1) lv ON true
      LEFT JOIN LATERAL (SELECT s.date FROM imaging_studies s WHERE s.patient_id = p.id AND s.whole_body
        AND s.modality IN ('whole-body-mri', 'mri-stir') AND s.date <= ${d}
        ORDER BY s.date DESC LIMIT 1) wb ON true
      WHERE p.site_id = ANY (${[...siteIds]}::uuid[])
    ), listed AS (
      SELECT base.*, activity = 'active' AS active,
        CASE WHEN last_visit_on IS NULL OR mimic_confirmed THEN NULL
          WHEN activity = 'inactive' THEN ${addMonths(sql.ref("last_visit_on"), rules.visitMonthsInRemission)}
          ELSE ${addMonths(sql.ref("last_visit_on"), rules.visitMonthsWhileActive)} END AS follow_up_due,
        CASE WHEN mimic_confirmed THEN NULL ELSE wb_mri_due_template END AS wb_mri_due
      FROM base
    )`;
}

const ORDER = {
  name: sql`name ASC NULLS LAST, id`,
  "-name": sql`name DESC NULLS LAST, id`,
  lastVisit: sql`last_visit_on ASC NULLS LAST, id`,
  "-lastVisit": sql`last_visit_on DESC NULLS LAST, id`,
  created: sql`created_at ASC, id`,
  "-created": sql`created_at DESC, id DESC`,
} as const;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** Search, filters, sort and paging over the patients of the caller's sites, with the total. */
export async function listPatients(
  db: Kysely<Database>,
  siteIds: readonly string[],
  query: PatientListQuery,
  today: string,
  rules: SurveillanceTable,
): Promise<PatientPage> {
  const page = { page: query.page, pageSize: query.pageSize };
  const sites = query.siteId ? siteIds.filter((s) => s === query.siteId) : siteIds;
  if (sites.length === 0) return { items: [], ...page, total: 0 };
  const conditions = [sql`true`];
  if (query.q !== undefined) {
    const pattern = likeLiteral(query.q);
    conditions.push(sql`(id::text ILIKE ${pattern} OR EXISTS (SELECT 1 FROM patient_identifiers i
      WHERE i.patient_id = listed.id AND i.value ILIKE ${pattern}))`);
  }
  if (query.active !== undefined) conditions.push(sql`active = ${query.active}`);
  if (query.onTreatment !== undefined) conditions.push(sql`on_treatment = ${query.onTreatment}`);
  // Overdue = due strictly before today, as the core's reminders() says (D1).
  const followUpOverdue = sql`coalesce(follow_up_due < ${today}::date, false)`;
  const wbMriOverdue = sql`coalesce(wb_mri_due < ${today}::date, false)`;
  const overdue = sql`(${followUpOverdue} OR ${wbMriOverdue})`;
  if (query.overdue !== undefined) conditions.push(query.overdue ? overdue : sql`NOT ${overdue}`);
  const where = sql.join(conditions, sql` AND `);
  const cte = facts(sites, today, rules);
  const total = await sql<{ n: string }>`${cte} SELECT count(*) AS n FROM listed WHERE ${where}`.execute(db);
  const rows = await sql<Row>`${cte}
    SELECT listed.*, ${overdue} AS overdue, ${followUpOverdue} AS follow_up_overdue,
      ${wbMriOverdue} AS wb_mri_overdue
    FROM listed WHERE ${where} ORDER BY ${ORDER[query.sort]}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { items: rows.rows.map(toItem), ...page, total: Number(total.rows[0]?.n ?? 0) };
}

interface Row {
  id: string;
  site_id: string;
  version: number;
  name: string | null;
  mrn: string | null;
  sex: string | null;
  birth_date: string | null;
  research_consent: string;
  last_visit_on: string | null;
  activity: PatientListItem["activity"];
  active: boolean;
  mimic_confirmed: boolean;
  on_treatment: boolean;
  overdue: boolean;
  follow_up_due: string | null;
  follow_up_overdue: boolean;
  wb_mri_due: string | null;
  wb_mri_overdue: boolean;
  created_at: Date;
}

function toItem(r: Row): PatientListItem {
  return {
    id: r.id,
    siteId: r.site_id,
    version: r.version,
    name: r.name,
    mrn: r.mrn,
    sex: r.sex,
    birthDate: r.birth_date,
    researchConsent: r.research_consent,
    lastVisitOn: r.last_visit_on,
    activity: r.activity,
    active: r.active,
    mimicConfirmed: r.mimic_confirmed,
    onTreatment: r.on_treatment,
    overdue: r.overdue,
    followUpDue: r.follow_up_due,
    followUpOverdue: r.follow_up_overdue,
    wholeBodyMriDue: r.wb_mri_due,
    wholeBodyMriOverdue: r.wb_mri_overdue,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
