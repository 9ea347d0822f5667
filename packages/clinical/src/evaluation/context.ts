import { type DerivedFacts, deriveFacts } from "../derived/derive-facts.ts";
import { indexLabs, type LabIndex } from "../labs/lab-reading.ts";
import { type MimicFinding, type MimicGroup, mimicPresent } from "../mimics/mimic-present.ts";
import { type FoundMimic, foundMimics, mimicWarning } from "../mimics/mimic-warning.ts";
import type { RuleSet } from "../rules/rule-set.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { Presentation } from "../schema/presentation.ts";
import type { ImagingFinding } from "../schema/vocabulary.ts";
import { allInputWarnings, type InputWarnings, inputWarnings } from "./input-warnings.ts";

/**
 * What a course knows beyond its projected presentation (D11 (docs/clinical/conventions.md#appendix-for-maintainers)), handed in by assessCourse.
 * A bare presentation has none of it.
 */
export interface CourseFacts {
  /** Per bone (boneKey), the date of the first study on or before the assessment showing each finding. */
  firstSeen: ReadonlyMap<string, ReadonlyMap<ImagingFinding, string>>;
  /** The latest x-ray or CT lesions at each projected bone: radiographic signs survive a later MRI. */
  radiographs: readonly Lesion[];
  /** A reported age with no anchor date: every age is approximate. */
  ageApproximate: boolean;
}

/** Everything an instrument or red flag reads, computed once per evaluation. */
export interface EvaluationContext {
  presentation: Presentation;
  derived: DerivedFacts;
  labs: LabIndex;
  mimics: Record<MimicGroup, MimicFinding>;
  /** D11: mimicPresent plus a biopsy granuloma, and the warning instruments carry for it. */
  foundMimics: FoundMimic[];
  mimicWarning: string | null;
  /** x-ray and CT lesions whose radiographic signs are read (D11: the latest at each bone in a course). */
  radiographs: readonly Lesion[];
  /** Implausible values and contradictions, by the input they concern (D11). */
  inputWarnings: InputWarnings;
  rules: RuleSet;
  course?: CourseFacts;
  /** D7: age at assessment < 4.0 y, so absent fever or a normal/low CRP must not lower the suspicion of infection. */
  kingellaCaution: boolean;
  /** D4: symmetric metaphyseal lesions while vitamin C status is not assessed. */
  scurvyNotExcluded: boolean;
}

const RADIOGRAPHIC = new Set(["x-ray", "ct"]);

export function buildContext(
  presentation: Presentation,
  rules: RuleSet,
  course?: CourseFacts,
): EvaluationContext {
  const derived = deriveFacts(presentation);
  const labs = indexLabs(presentation.labs);
  const age = derived.ageAtAssessmentYears.value;
  const mimics = mimicPresent(presentation, labs);
  const found = foundMimics(presentation, mimics);
  const warnings = inputWarnings(presentation, derived, labs, rules.plausibility);
  for (const w of allInputWarnings(warnings)) if (!derived.warnings.includes(w)) derived.warnings.push(w);
  if (course?.ageApproximate) {
    derived.warnings.push(
      "No date anchors the reported age (no diagnosis date and no visit): every age here is approximate.",
    );
  }
  const ctx: EvaluationContext = {
    presentation,
    derived,
    labs,
    mimics,
    foundMimics: found,
    mimicWarning: mimicWarning(found),
    radiographs:
      course?.radiographs ?? (presentation.lesions ?? []).filter((l) => RADIOGRAPHIC.has(l.modality ?? "")),
    inputWarnings: warnings,
    rules,
    kingellaCaution: age !== null && age < rules.redFlags.kingellaAgeYears.max,
    scurvyNotExcluded: derived.symmetricMetaphyseal.value === true && !derived.vitaminCStatusAssessed.value,
  };
  if (course) ctx.course = course;
  return ctx;
}
