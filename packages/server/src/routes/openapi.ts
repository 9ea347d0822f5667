import { defineOperation, type OperationSpec } from "../http/operation.ts";
import { openApiDocument } from "../openapi.ts";
import { SERVER_VERSION } from "../version.ts";

/** GET /api/openapi.json, generated once from the route table it is given. */
export function openApiOperation(operations: () => readonly OperationSpec[]) {
  let document: object | undefined;
  return defineOperation({
    id: "openApi",
    method: "GET",
    path: "/api/openapi.json",
    summary: "This document: generated from the route table and the Zod schemas that validate requests",
    tag: "system",
    access: "public",
    responses: { 200: "The OpenAPI 3.1 document" },
    handle: (c) => {
      document ??= openApiDocument(operations(), SERVER_VERSION);
      return c.json(document);
    },
  });
}
