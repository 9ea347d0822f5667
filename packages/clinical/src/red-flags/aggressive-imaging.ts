/**
 * `rf-mal-img-aggressive` (D7 (docs/clinical/red-flags.md), amended by D11). Cortical destruction, a soft-tissue mass,
 * marrow infiltration, a geographic lesion or disorganised bone formation: ACR 2020 case-control [V];
 * cortical destruction "is not seen in CNO/CRMO", UpToDate footnote [V]. High, but moderate once the
 * bone showing the features was biopsied after they appeared, the histology was inflammatory and
 * malignancy is excluded — never suppressed, since a biopsy can miss the lesion.
 */
import { boneKey } from "../atlas/bone.ts";
import { biopsiedBone } from "../derived/biopsy-site.ts";
import { inflammatoryHistology } from "../derived/histology.ts";
import type { EvaluationContext } from "../evaluation/context.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { ImagingFinding } from "../schema/vocabulary.ts";
import { SOURCES } from "../sources.ts";
import { describeSite, type RedFlagRule } from "./red-flag-rule.ts";

const AGGRESSIVE: readonly ImagingFinding[] = [
  "cortical-destruction",
  "soft-tissue-mass",
  "marrow-infiltration",
  "geographic-lesion",
  "disorganized-bone-formation",
];

const aggressiveFindings = (lesion: Lesion) => AGGRESSIVE.filter((f) => lesion.findings?.includes(f));

/** In a course, the biopsy must postdate the first study showing each feature at that bone. */
function biopsyAfterFeatures(ctx: EvaluationContext, bone: string, lesions: readonly Lesion[]): boolean {
  const date = ctx.presentation.biopsy?.date;
  if (ctx.course) {
    if (date === undefined) return false;
    const seen = ctx.course.firstSeen.get(bone);
    return lesions.every((l) => aggressiveFindings(l).every((f) => (seen?.get(f) ?? date) <= date));
  }
  // A bare presentation: only a lesion dated after the biopsy shows the biopsy came first.
  return lesions.every((l) => date === undefined || l.observedOn === undefined || l.observedOn <= date);
}

/** Why the flag may be moderate, or null when it stays high. */
function negativeBiopsyOfThatBone(ctx: EvaluationContext, lesions: readonly Lesion[]): string | null {
  const p = ctx.presentation;
  if (p.mimicWorkup?.malignancy !== "excluded" || p.biopsy?.performed !== true) return null;
  if (inflammatoryHistology(p.biopsy.findings).met !== true) return null;
  const bone = biopsiedBone(p, ctx.derived.bones.value);
  const bones = new Set(lesions.map((l) => boneKey(l.site, l.side)));
  if (bone === null || bones.size !== 1 || !bones.has(bone)) return null;
  if (!biopsyAfterFeatures(ctx, bone, lesions)) return null;
  const when = p.biopsy.date ? ` on ${p.biopsy.date}` : "";
  return `biopsy of ${bone.replace(":", " ")}${when}: inflammatory histology; malignancy excluded in the work-up`;
}

export const AGGRESSIVE_IMAGING_RULE: RedFlagRule = {
  id: "rf-mal-img-aggressive",
  group: "malignancy",
  severities: ["high", "moderate"],
  source: SOURCES.acr2020,
  evaluate(ctx) {
    const lesions = (ctx.presentation.lesions ?? []).filter((l) => aggressiveFindings(l).length > 0);
    if (!lesions.length) return null;
    const evidence = lesions.map((l) => `${aggressiveFindings(l).join(", ")} at ${describeSite(l)}`);
    const biopsy = negativeBiopsyOfThatBone(ctx, lesions);
    if (biopsy) {
      return {
        severity: "moderate",
        message:
          "Aggressive imaging features persist despite a biopsy of this bone with inflammatory histology: confirm the biopsy sampled this lesion; re-image or re-biopsy if the course is atypical.",
        evidence: [...evidence, biopsy],
      };
    }
    return {
      severity: "high",
      message:
        "Aggressive imaging features are not seen in CNO: exclude a bone tumour or infiltration (biopsy).",
      evidence,
    };
  },
};
