import { boneKey, type Course, LAB_UNITS, projectLesions, type Visit } from "@cno-atlas/clinical";
import type { RecordCourse } from "../registry/record-course.ts";

export interface VisitPoint {
  visitId: string;
  date: string;
  kind: Visit["kind"];
  painNrs: number | null;
  physicianGlobal: number | null;
  patientGlobal: number | null;
  /** Canonical units (D8): ESR mm/h, CRP mg/L; the visit's own result, the last listed if several. */
  esr: number | null;
  crp: number | null;
  /** Bones with a lesion in the projection as of the visit (D1, D4); null before any imaging. */
  lesionCount: number | null;
}

export interface Timeline {
  units: { esr: string; crp: string };
  visits: VisitPoint[];
  treatments: {
    treatmentId: string;
    drugClass: string;
    drug: string;
    start: string;
    stop: string | null;
  }[];
  flares: { visitId: string; date: string }[];
}

function labValue(visit: Visit, test: "esr" | "crp"): number | null {
  const value = visit.labs?.filter((l) => l.test === test).at(-1)?.canonical.value;
  return typeof value === "number" ? value : null;
}

/** D4: lesion count = bones with a lesion, from the D1 projection at that date. */
function lesionCount(course: Course, date: string): number | null {
  const projected = projectLesions(course, date).lesions;
  return projected ? new Set(projected.map((p) => boneKey(p.lesion.site, p.lesion.side))).size : null;
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** The chart's series over the whole record, oldest first (the x-axis); pure. */
export function timeline(record: RecordCourse): Timeline {
  const { course } = record;
  const visits = course.visits.map((visit, i) => ({ visit, id: record.visits[i]?.id ?? "" }));
  return {
    units: { esr: LAB_UNITS.esr.canonical, crp: LAB_UNITS.crp.canonical },
    visits: visits
      .map(({ visit, id }) => ({
        visitId: id,
        date: visit.date,
        kind: visit.kind,
        painNrs: visit.painNrs ?? null,
        physicianGlobal: visit.physicianGlobal ?? null,
        patientGlobal: visit.patientGlobal ?? null,
        esr: labValue(visit, "esr"),
        crp: labValue(visit, "crp"),
        lesionCount: lesionCount(course, visit.date),
      }))
      .sort(byDate),
    treatments: course.treatments
      .map((t, i) => ({
        treatmentId: record.treatments[i]?.id ?? "",
        drugClass: t.drugClass,
        drug: t.drug,
        start: t.start,
        stop: t.stop ?? null,
      }))
      .sort((a, b) => a.start.localeCompare(b.start)),
    flares: visits
      .filter(({ visit }) => visit.kind === "flare")
      .map(({ visit, id }) => ({ visitId: id, date: visit.date }))
      .sort(byDate),
  };
}
