import { type DerivedFacts, deriveFacts } from "../derived/derive-facts.ts";
import { indexLabs, type LabIndex } from "../labs/lab-reading.ts";
import { type MimicFinding, type MimicGroup, mimicPresent } from "../mimics/mimic-present.ts";
import type { RuleSet } from "../rules/rule-set.ts";
import type { Presentation } from "../schema/presentation.ts";

/** Everything an instrument or red flag reads, computed once per evaluation. */
export interface EvaluationContext {
  presentation: Presentation;
  derived: DerivedFacts;
  labs: LabIndex;
  mimics: Record<MimicGroup, MimicFinding>;
  rules: RuleSet;
  /** D7: age at assessment < 4.0 y, so absent fever or a normal/low CRP must not lower the suspicion of infection. */
  kingellaCaution: boolean;
  /** D4: symmetric metaphyseal lesions while vitamin C status is not assessed. */
  scurvyNotExcluded: boolean;
}

export function buildContext(presentation: Presentation, rules: RuleSet): EvaluationContext {
  const derived = deriveFacts(presentation);
  const labs = indexLabs(presentation.labs);
  const age = derived.ageAtAssessmentYears.value;
  return {
    presentation,
    derived,
    labs,
    mimics: mimicPresent(presentation, labs),
    rules,
    kingellaCaution: age !== null && age < rules.redFlags.kingellaAgeYears.max,
    scurvyNotExcluded: derived.symmetricMetaphyseal.value === true && !derived.vitaminCStatusAssessed.value,
  };
}
