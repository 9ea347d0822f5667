import { defineOperation } from "../http/operation.ts";
import { EVALUATOR_PAGE, EVALUATOR_SCRIPT } from "../web/evaluator-page.ts";

/** The one-page evaluator; in the route table for 405 answers, left out of the API document. */
export const webPageOperation = defineOperation({
  id: "webPage",
  method: "GET",
  path: "/",
  summary: "The evaluator page",
  tag: "web",
  access: "public",
  responses: { 200: "HTML" },
  handle: (c) => c.html(EVALUATOR_PAGE),
});

export const webScriptOperation = defineOperation({
  id: "webScript",
  method: "GET",
  path: "/evaluator.js",
  summary: "The evaluator page's script",
  tag: "web",
  access: "public",
  responses: { 200: "JavaScript" },
  handle: (c) => c.body(EVALUATOR_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" }),
});
