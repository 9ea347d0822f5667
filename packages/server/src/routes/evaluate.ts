import { evaluatePresentation, presentationSchema } from "@cno-atlas/clinical";
import { defineOperation } from "../http/operation.ts";

/** POST /api/evaluate: a presentation in, the Evaluation out; nothing is stored, nothing audited. */
export const evaluate = defineOperation({
  id: "evaluate",
  method: "POST",
  path: "/api/evaluate",
  summary: "Evaluate a presentation against every CNO instrument and red flag (nothing is stored)",
  tag: "evaluator",
  access: "public",
  body: presentationSchema,
  bodyComponent: "Presentation",
  responses: {
    200: "The Evaluation",
    400: "Malformed JSON or invalid fields, each named",
    413: "Body over the size limit",
    415: "Body is not JSON",
  },
  handle: (c, input, deps) => c.json(evaluatePresentation(input.body, deps.ruleSet)),
});
