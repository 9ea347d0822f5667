import {
  assessCourse,
  type CourseAssessment,
  type ImagingStudy,
  type RuleSet,
  type Treatment,
  type Visit,
} from "@cno-atlas/clinical";
import type { PatientRecord } from "../registry/patient-record.ts";
import type { EntityRef, RecordCourse } from "../registry/record-course.ts";
import { type Timeline, timeline } from "./timeline.ts";

/** A versioned course part as the API serves it: its id and version beside the core's fields. */
export type Resource<T> = EntityRef & T;

export interface Chart {
  patient: PatientRecord;
  on: string;
  course: {
    /** One page, newest first. */
    visits: Resource<Visit>[];
    /** All, newest first. */
    imagingStudies: Resource<ImagingStudy>[];
    /** All, latest start first. */
    treatments: Resource<Treatment>[];
  };
  visitsPage: { page: number; pageSize: number; total: number; totalPages: number };
  /** As of `on`. */
  lesionHistories: CourseAssessment["lesions"];
  /** As of `on`: the projected presentation, its evaluation and the course instruments. */
  assessment: Omit<CourseAssessment, "lesions" | "reminders">;
  /** As of `on`. */
  reminders: CourseAssessment["reminders"];
  timeline: Timeline;
}

export interface ChartOptions {
  on: string;
  ruleSet: RuleSet;
  visitsPage: number;
  visitsPageSize: number;
}

export function resources<T>(values: readonly T[], refs: readonly EntityRef[]): Resource<T>[] {
  return values.map((value, i) => ({ ...(refs[i] as EntityRef), ...value }));
}

/** Newest first by a date; the later-listed first on the same day (as the core's latestUpTo reads a tie). */
function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => dateOf(b.item).localeCompare(dateOf(a.item)) || b.index - a.index)
    .map(({ item }) => item);
}

/** Everything the chart draws, from the record and its course; pure (the handler did the reading). */
export function buildChart(patient: PatientRecord, record: RecordCourse, options: ChartOptions): Chart {
  const { course } = record;
  const { lesions, reminders, ...assessment } = assessCourse(course, options.on, options.ruleSet);
  const visits = newestFirst(resources(course.visits, record.visits), (v) => v.date);
  const { visitsPage: page, visitsPageSize: pageSize } = options;
  return {
    patient,
    on: options.on,
    course: {
      visits: visits.slice((page - 1) * pageSize, page * pageSize),
      imagingStudies: newestFirst(resources(course.imagingStudies, record.imagingStudies), (s) => s.date),
      treatments: newestFirst(resources(course.treatments, record.treatments), (t) => t.start),
    },
    visitsPage: { page, pageSize, total: visits.length, totalPages: Math.ceil(visits.length / pageSize) },
    lesionHistories: lesions,
    assessment,
    reminders,
    timeline: timeline(record),
  };
}
