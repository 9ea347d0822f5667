import type { Course } from "@cno-atlas/clinical";

/**
 * The registry rows one saved course writes, by the registry's mapping (packages/server
 * registry/course-rows.ts): a patient row, its identifiers, conditions, cultures, biopsy, and per
 * visit an encounter with its signs, tender sites, CHAQ domains and items and labs, per study its
 * lesions, and treatments. Audit rows are not counted. The benchmark checks this against the tables'
 * counts after the import, so a drift in the mapping shows as a warning, not a wrong figure.
 */
export function courseRowCount(course: Course, identifiers: number): number {
  let rows =
    1 + identifiers + (course.coexistingConditions?.length ?? 0) + (course.bloodCultures?.length ?? 0);
  if (course.biopsy) rows += 1;
  for (const visit of course.visits) {
    rows += 1 + (visit.clinicalSigns?.length ?? 0) + (visit.absentSigns?.length ?? 0);
    rows += (visit.tenderSites?.length ?? 0) + (visit.labs?.length ?? 0);
    for (const domain of visit.chaq?.domains ?? []) rows += 1 + domain.items.length;
  }
  for (const study of course.imagingStudies) rows += 1 + study.lesions.length;
  return rows + course.treatments.length;
}

/** The registry's course tables in foreign-key order (parents first): what an import writes and COPY loads. */
export { COURSE_TABLES } from "@cno-atlas/server";
