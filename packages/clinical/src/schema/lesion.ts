import { z } from "zod";
import { allowedParts, allowedSides, BONE_SITES, LONG_BONES, SIDES } from "../atlas/bone-sites.ts";
import { IMAGING_FINDINGS, isoDate, LESION_STATUSES, MODALITIES } from "./vocabulary.ts";

const lesionShape = {
  site: z.enum(BONE_SITES, { error: (issue) => `unknown bone site ${JSON.stringify(issue.input)}` }),
  side: z.enum(SIDES).optional(),
  segment: z.enum(["epiphysis", "metaphysis", "diaphysis"]).optional(),
  end: z.enum(["proximal", "distal"]).optional(),
  part: z.enum(["body", "posterior-elements", "medial", "shaft", "lateral"]).optional(),
  subsite: z.string().max(200).optional(),
  modality: z.enum(MODALITIES).optional(),
  findings: z.array(z.enum(IMAGING_FINDINGS)).optional(),
  symptomatic: z.boolean().optional(),
  observedOn: isoDate.optional(),
  status: z.enum(LESION_STATUSES).optional(),
};

type LesionShape = z.infer<z.ZodObject<typeof lesionShape>>;

/** Anatomy checks that a flat schema cannot express (README atlas; D3 (docs/clinical/conventions.md#presentation)). */
function checkAnatomy(lesion: LesionShape, ctx: z.core.$RefinementCtx<LesionShape>): void {
  const { site } = lesion;
  if (lesion.side && !allowedSides(site).includes(lesion.side)) {
    ctx.addIssue({
      code: "custom",
      path: ["side"],
      message: `side "${lesion.side}" is not allowed for ${site} (allowed: ${allowedSides(site).join(", ")})`,
    });
  }
  for (const field of ["segment", "end"] as const) {
    if (lesion[field] && !LONG_BONES.has(site)) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `${field} applies only to long bones (humerus, radius, ulna, femur, tibia, fibula), not ${site}`,
      });
    }
  }
  if (lesion.part && !allowedParts(site).includes(lesion.part)) {
    const allowed = allowedParts(site);
    ctx.addIssue({
      code: "custom",
      path: ["part"],
      message: allowed.length
        ? `part "${lesion.part}" is not allowed for ${site} (allowed: ${allowed.join(", ")})`
        : `part applies only to vertebrae and the clavicle, not ${site}`,
    });
  }
}

/** A lesion in a course imaging study: may carry a status (D3). */
export const studyLesionSchema = z.strictObject(lesionShape).superRefine(checkAnatomy);

/** A lesion in a presentation: a presentation carries no lesion status (README schema). */
export const lesionSchema = studyLesionSchema.superRefine((lesion, ctx) => {
  if (lesion.status !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["status"],
      message: "lesion status belongs to course imaging studies, not to a presentation",
    });
  }
});

export type Lesion = z.output<typeof studyLesionSchema>;
