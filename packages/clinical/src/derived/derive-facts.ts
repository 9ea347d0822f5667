import type { Tri } from "../logic/tri.ts";
import type { Presentation } from "../schema/presentation.ts";
import { ageAtAssessment, ageAtOnset, symptomDuration } from "./ages.ts";
import { type Fact, fact } from "./fact.ts";
import { type LesionFacts, lesionFacts } from "./lesion-facts.ts";

export interface DerivedFacts extends LesionFacts {
  ageAtOnsetYears: Fact<number | null>;
  ageAtAssessmentYears: Fact<number | null>;
  symptomDurationWeeks: Fact<number | null>;
  /** D4: fever = `fever.present === true`; no temperature threshold is applied anywhere. */
  fever: Fact<Tri>;
  /** D4: mimicWorkup.vitaminCDeficiency excluded/confirmed, or a vitamin-c result exists. */
  vitaminCStatusAssessed: Fact<boolean>;
  wholeBodyImagingPerformed: Fact<Tri>;
  /** Set by assessCourse: every choice presentationAsOf made (D1 (docs/clinical/conventions.md#course-projection) [CONV]). */
  projection?: Fact<string[]>;
  warnings: string[];
}

function feverFact(p: Presentation): Fact<Tri> {
  if (!p.fever) return fact(null, "fever not recorded");
  const temp =
    p.fever.maxTemperatureC === undefined ? "" : ` (max ${p.fever.maxTemperatureC} °C, evidence only)`;
  return fact(
    p.fever.present,
    `fever ${p.fever.present ? "present" : "absent"}${temp}; no temperature threshold`,
  );
}

function vitaminCFact(p: Presentation): Fact<boolean> {
  const workup = p.mimicWorkup?.vitaminCDeficiency;
  if (workup === "excluded" || workup === "confirmed")
    return fact(true, `vitamin C deficiency ${workup} in the work-up`);
  if (p.labs?.some((lab) => lab.test === "vitamin-c")) return fact(true, "a vitamin C result is recorded");
  return fact(false, "no vitamin C result and vitamin C deficiency not excluded or confirmed");
}

/** Every derived fact of D4, computed once per evaluation with its reasoning. */
export function deriveFacts(p: Presentation): DerivedFacts {
  const warnings: string[] = [];
  const duration = symptomDuration(p, warnings);
  const onset = ageAtOnset(p, duration.value, warnings);
  const assessment = ageAtAssessment(p, onset.value, duration.value, warnings);
  const wbi = p.wholeBodyImaging;
  return {
    ...lesionFacts(p.lesions),
    ageAtOnsetYears: onset,
    ageAtAssessmentYears: assessment,
    symptomDurationWeeks: duration,
    fever: feverFact(p),
    vitaminCStatusAssessed: vitaminCFact(p),
    wholeBodyImagingPerformed: wbi
      ? fact(
          wbi.performed,
          `whole-body imaging ${wbi.performed ? `performed${wbi.modality ? ` (${wbi.modality})` : ""}` : "not performed"}`,
        )
      : fact(null, "whole-body imaging not recorded"),
    warnings,
  };
}
