import { BUILTIN_RULE_SET, type RuleSet } from "@cno-atlas/clinical";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { problemResponse, problems } from "./http/problems.ts";
import { openApiDocument } from "./openapi.ts";
import { evaluateRoute } from "./routes/evaluate.ts";
import { allowedMethods } from "./routes/route-table.ts";
import { EVALUATOR_PAGE, EVALUATOR_SCRIPT } from "./web/evaluator-page.ts";

export const MAX_BODY_BYTES = 1_000_000;
const VERSION = "0.1.0";

export interface AppOptions {
  ruleSet?: RuleSet;
  /** Where real faults are reported: a message without patient data. */
  logFault?: (message: string) => void;
}

/** The HTTP application: thin, every request validated by the core's schemas. */
export function createApp(options: AppOptions = {}) {
  const ruleSet = options.ruleSet ?? BUILTIN_RULE_SET;
  const logFault = options.logFault ?? ((message: string) => console.error(message));
  const app = new Hono();
  app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } }));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => problemResponse(problems.bodyTooLarge(MAX_BODY_BYTES)),
    }),
  );
  app.get("/api/health", (c) => c.json({ status: "ok", version: VERSION, ruleSet: ruleSet.id }));
  app.post("/api/evaluate", evaluateRoute(ruleSet));
  app.get("/api/openapi.json", (c) => c.json(openApiDocument(VERSION)));
  app.get("/", (c) => c.html(EVALUATOR_PAGE));
  app.get("/evaluator.js", (c) =>
    c.body(EVALUATOR_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" }),
  );
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    return allowed.length
      ? problemResponse(problems.methodNotAllowed(c.req.method, c.req.path, allowed), {
          Allow: allowed.join(", "),
        })
      : problemResponse(problems.notFound(c.req.path));
  });
  app.onError((error) => {
    // Only the error's class and message: request bodies (patient data) are never logged.
    logFault(`internal error: ${error.name}: ${error.message}`);
    return problemResponse(problems.internal());
  });
  return app;
}
