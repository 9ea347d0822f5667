import { z } from "zod";
import { BONE_SITES } from "../atlas/bone-sites.ts";
import { LAB_TESTS } from "../labs/lab-units.ts";
import { CONDITIONS, HISTOLOGY_FINDINGS } from "../schema/vocabulary.ts";

/**
 * The EULAR/ACR 2025 weight table (D9 (docs/clinical/conventions.md#rule-tables)). The weights are NOT FOUND in any retrieved source
 * (docs/clinical/instruments/eular-acr-2025.md#weighted-domains), so the default build ships none and the weighted score stays `disabled` until a
 * reviewed table is loaded. Threshold 55 [V] and the 17-point biopsy maximum [V] are checked on load.
 */
export const EULAR_ACR_DOMAINS = [
  "lesion-site",
  "lesion-pattern",
  "age-at-onset",
  "coexisting-conditions",
  "fever",
  "bone-biopsy",
  "anaemia",
  "crp",
  "esr",
] as const;

/** The closed set of predicates an item may use (D9). Age bands: min inclusive, max exclusive. */
export const eularAcrPredicateSchema = z.union([
  z.strictObject({ sites: z.array(z.enum(BONE_SITES)).min(1) }),
  z.strictObject({ pattern: z.enum(["unifocal", "multifocal", "symmetric"]) }),
  z.strictObject({ ageAtOnset: z.strictObject({ min: z.number().optional(), max: z.number().optional() }) }),
  z.strictObject({ conditions: z.array(z.enum(CONDITIONS)).min(1) }),
  z.strictObject({ fever: z.boolean() }),
  z.strictObject({ histology: z.array(z.enum(HISTOLOGY_FINDINGS)).min(1) }),
  z
    .strictObject({
      lab: z.enum(LAB_TESTS),
      min: z.number().optional(),
      max: z.number().optional(),
      interpretation: z.enum(["low", "normal", "high"]).optional(),
    })
    .refine((p) => p.min !== undefined || p.max !== undefined || p.interpretation !== undefined, {
      message: "a lab predicate needs min, max or interpretation",
    }),
]);
export type EularAcrPredicate = z.output<typeof eularAcrPredicateSchema>;

/** [V] "up to 17 points out of a total of 55 can potentially come from biopsy results" (Levenson 2025). */
export const EULAR_ACR_BIOPSY_MAX_POINTS = 17;
/** [V] "A total score ≥55 is required for classification as CNO" (Zhao 2025, ARD abstract). */
export const EULAR_ACR_THRESHOLD = 55;

const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "item ids are kebab-case"),
  domain: z.enum(EULAR_ACR_DOMAINS),
  label: z.string().min(1),
  points: z.number().int(),
  when: eularAcrPredicateSchema,
});

export const eularAcrTableSchema = z
  .strictObject({
    ruleVersion: z.string().min(1),
    source: z.strictObject({
      citation: z.string().min(1),
      doi: z.string().min(1),
      reviewedBy: z.string().min(1),
      reviewedOn: z.iso.date(),
    }),
    threshold: z.literal(EULAR_ACR_THRESHOLD, { error: "threshold must be 55 (Zhao 2025)" }),
    domainCombination: z.enum(["highest-only", "additive"]),
    items: z.array(itemSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const ids = new Set<string>();
    table.items.forEach((item, index) => {
      if (ids.has(item.id))
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "id"],
          message: `duplicate item id ${item.id}`,
        });
      ids.add(item.id);
    });
    const biopsyPoints = table.items.filter((i) => i.domain === "bone-biopsy").map((i) => i.points);
    const best =
      table.domainCombination === "highest-only"
        ? Math.max(0, ...biopsyPoints)
        : biopsyPoints.filter((p) => p > 0).reduce((a, b) => a + b, 0);
    if (best !== EULAR_ACR_BIOPSY_MAX_POINTS) {
      ctx.addIssue({
        code: "custom",
        path: ["items"],
        message: `the bone-biopsy domain's best case totals ${best} points; the published maximum is ${EULAR_ACR_BIOPSY_MAX_POINTS}`,
      });
    }
  });

export type EularAcrTable = z.output<typeof eularAcrTableSchema>;
export type EularAcrItem = EularAcrTable["items"][number];
