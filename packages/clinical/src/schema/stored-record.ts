/**
 * Records stored before a schema rule existed (D11 (docs/clinical/conventions.md#appendix-for-maintainers)): they stay readable, and a correction
 * must be able to fix them. `courseInput` turns a parsed course back into what the schema accepts (the
 * labs' computed `canonical` block removed), so a stored record, a correction merged into it, and a
 * new entry are all judged by the one course schema; `storedCourseIssues` lists what it now refuses.
 */
import { type Course, type CourseInput, courseSchema } from "./course.ts";
import { type FieldError, parseWith } from "./field-errors.ts";
import type { LabResult, LabResultInput } from "./lab-result.ts";

export function labInput(lab: LabResult): LabResultInput {
  const { canonical: _canonical, ...input } = lab;
  return input;
}

export function courseInput(course: Course): CourseInput {
  return {
    ...course,
    visits: course.visits.map((visit) =>
      visit.labs ? { ...visit, labs: visit.labs.map(labInput) } : { ...visit },
    ),
  } as CourseInput;
}

/** What the current schema refuses in a stored course, each with the field to correct. */
export function storedCourseIssues(course: Course): FieldError[] {
  const parsed = parseWith(courseSchema, courseInput(course));
  return parsed.ok ? [] : parsed.errors;
}
