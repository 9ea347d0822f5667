import { defineOperation } from "../http/operation.ts";
import { SERVER_VERSION } from "../version.ts";

export const health = defineOperation({
  id: "health",
  method: "GET",
  path: "/api/health",
  summary: "Liveness, with the server version and the rule set in use",
  tag: "system",
  access: "public",
  responses: { 200: "The server is up" },
  handle: (c, _input, deps) => c.json({ status: "ok", version: SERVER_VERSION, ruleSet: deps.ruleSet.id }),
});
