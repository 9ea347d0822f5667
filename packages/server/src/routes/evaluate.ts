import { evaluatePresentation, presentationSchema, type RuleSet } from "@cno-atlas/clinical";
import type { Context } from "hono";
import { readJsonBody } from "../http/json-body.ts";
import { problemResponse } from "../http/problems.ts";

/** POST /api/evaluate: a presentation in, the Evaluation out; nothing is stored. */
export function evaluateRoute(ruleSet: RuleSet) {
  return async (c: Context) => {
    const body = await readJsonBody(c, presentationSchema);
    if (!body.ok) return problemResponse(body.problem);
    return c.json(evaluatePresentation(body.value, ruleSet));
  };
}
