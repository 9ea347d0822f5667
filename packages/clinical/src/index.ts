/**
 * @cno-atlas/clinical — the pure clinical core. No I/O: browser and server run this same code.
 * Entry points (D1 (docs/clinical/conventions.md#course-projection)): `evaluatePresentation`, `assessCourse`, `presentationAsOf`.
 */

export { boneKey } from "./atlas/bone.ts";
export * from "./atlas/bone-sites.ts";
export * from "./course/assess-course.ts";
export * from "./course/presentation-as-of.ts";
export type { DerivedFacts } from "./derived/derive-facts.ts";
export type { Fact } from "./derived/fact.ts";
export { evaluatePresentation, PRESENTATION_INSTRUMENTS } from "./evaluation/evaluate-presentation.ts";
export * from "./evaluation/types.ts";
export * from "./evidence.ts";
export * from "./labs/lab-names.ts";
export * from "./labs/lab-reading.ts";
export * from "./labs/lab-units.ts";
export * from "./logic/tri.ts";
export { MIMIC_GROUPS, type MimicGroup } from "./mimics/mimic-present.ts";
export { MIMIC_GROUP_LABELS, MIMIC_WARNING_PREFIX } from "./mimics/mimic-warning.ts";
export * from "./rules/eular-acr-table.ts";
export * from "./rules/rule-set.ts";
export * from "./rules/tables.ts";
export * from "./schema/course.ts";
export * from "./schema/field-errors.ts";
export * from "./schema/lab-result.ts";
export * from "./schema/lesion.ts";
export * from "./schema/presentation.ts";
export * from "./schema/stored-record.ts";
export * from "./schema/vocabulary.ts";
export { SOURCES } from "./sources.ts";
