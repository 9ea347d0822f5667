/**
 * One clinic visit (D1 (docs/clinical/conventions.md#course-projection) Visit): pain NRS, physician and patient globals (0–10, 0 = best),
 * fever, examination signs, tender sites, CHAQ sometimes, labs. Activity drives the numbers; the
 * physician global is ≥ 1 exactly when the disease is active, which is what the registry's "disease
 * active" (D10) reads from a visit.
 */
import { CHAQ_DOMAINS, type ChaqAnswers, type CourseInput, type Sign } from "@cno-atlas/clinical";
import { drawLabs, type LabPlan, type LabProfile } from "./labs.ts";
import type { LesionState } from "./lesions.ts";
import type { ParameterValues } from "./parameters.ts";
import type { Sex } from "./patient.ts";
import type { Random } from "./random.ts";

export type VisitInput = CourseInput["visits"][number];
export type VisitKind = VisitInput["kind"];

export interface VisitFacts {
  kind: VisitKind;
  date: string;
  ageYears: number;
  sex: Sex;
  /** Clinical activity 0–1 (0 = clinical remission). */
  activity: number;
  /** Clinically quiet, but the latest imaging shows an unhealed oedematous lesion. */
  radiologicalActivity: boolean;
  fever: boolean;
  signs: readonly Sign[];
  absentSigns?: readonly Sign[];
  tender: readonly LesionState[];
  labs?: LabPlan;
  chaq: boolean;
}

// Items per CHAQ domain: 4/2/3/2/5/4/5/5 = 30 items (docs/clinical/instruments/chaq.md, counts [U], total [V]).
const CHAQ_ITEMS = [4, 2, 3, 2, 5, 4, 5, 5] as const;

// [CONV] the scores: pain ≈ 10 × activity, physician global ≈ 8 × activity, patient global ≈ pain, each
// with unit-SD noise; CHAQ items show difficulty with probability 0.6 × activity, aids 0.15 × activity.
function nrs(value: number, min: number): number {
  return Math.min(10, Math.max(min, Math.round(value)));
}

function chaq(rng: Random, P: ParameterValues, activity: number): ChaqAnswers {
  const incomplete = rng.bernoulli(P.chaqIncompleteShare) ? rng.int(0, CHAQ_DOMAINS.length - 1) : -1;
  return {
    domains: CHAQ_DOMAINS.map((id, d) => {
      const items: ChaqAnswers["domains"][number]["items"] = [];
      for (let i = 0; i < (CHAQ_ITEMS[d] ?? 1); i++) {
        const difficulty = rng.float() < activity * 0.6 ? rng.int(1, activity > 0.7 ? 3 : 2) : 0;
        items.push(difficulty as 0 | 1 | 2 | 3);
      }
      if (d === incomplete) items[rng.int(0, items.length - 1)] = null;
      return { id, items, aidOrHelp: rng.float() < activity * 0.15 };
    }),
  };
}

export function visitRecord(
  rng: Random,
  P: ParameterValues,
  profile: LabProfile,
  facts: VisitFacts,
): VisitInput {
  const { activity } = facts;
  const pain = activity > 0 ? nrs(10 * activity + rng.normal(0, 1), 1) : 0;
  const physician =
    activity > 0 ? nrs(8 * activity + rng.normal(0, 1), 1) : facts.radiologicalActivity ? 1 : 0;
  const visit: VisitInput = {
    date: facts.date,
    kind: facts.kind,
    painNrs: pain,
    physicianGlobal: physician,
    patientGlobal: nrs(pain + rng.normal(0, 1.2), 0),
    fever: facts.fever
      ? { present: true, maxTemperatureC: Math.round(rng.uniform(38.1, 39.6) * 10) / 10 }
      : { present: false },
  };
  if (facts.signs.length > 0) visit.clinicalSigns = [...facts.signs];
  const absent = (facts.absentSigns ?? []).filter((s) => !facts.signs.includes(s));
  if (absent.length > 0) visit.absentSigns = absent;
  if (facts.tender.length > 0) {
    visit.tenderSites = facts.tender.map(({ bone }) =>
      bone.side === undefined ? { site: bone.site } : { site: bone.site, side: bone.side },
    );
  }
  if (facts.chaq) visit.chaq = chaq(rng, P, activity);
  if (facts.labs) {
    const labs = drawLabs(rng, facts.labs, profile, facts.ageYears, facts.sex);
    if (labs.length > 0) visit.labs = labs;
  }
  return visit;
}
