import { z } from "zod";
import { type OperationSpec, pathParamNames } from "./http/operation.ts";

const problem = {
  type: "object",
  required: ["error", "message"],
  properties: {
    error: { type: "string", description: "A fixed code: invalid-request, malformed-json, not-found, …" },
    message: { type: "string", description: "For people" },
    fields: {
      type: "array",
      description: "Each bad field: a body path (labs[2].unit), a path or query parameter, or a header",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: { path: { type: "string" }, message: { type: "string" } },
      },
    },
    currentVersion: { type: "integer", description: "409 only: the record's current version" },
  },
};

/** JSON Schema of what a client sends (io "input": defaults optional, transforms by their input). */
function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  return json;
}

function parameters(op: OperationSpec): object[] {
  const list: object[] = pathParamNames(op.path).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
  if (op.query) {
    const query = inputSchema(op.query) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      list.push({ name, in: "query", required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (op.precondition === "if-match") {
    list.push({
      name: "If-Match",
      in: "header",
      required: true,
      description: 'The version read (the ETag of the last read), e.g. "3"; a stale one gets 409',
      schema: { type: "string", pattern: '^"[1-9][0-9]*"$' },
    });
  }
  return list;
}

function responses(op: OperationSpec): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [status, description] of Object.entries(op.responses)) {
    out[status] =
      Number(status) >= 400
        ? {
            description,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
          }
        : { description };
  }
  return out;
}

/**
 * The OpenAPI document, generated from the route table: paths and methods, and request schemas
 * from the same Zod schemas that validate the requests. Only /api/ routes are documented.
 */
export function openApiDocument(operations: readonly OperationSpec[], version: string) {
  const paths: Record<string, Record<string, object>> = {};
  const schemas: Record<string, object> = { Problem: problem };
  for (const op of operations) {
    if (!op.path.startsWith("/api/")) continue;
    const path = op.path.replace(/:([A-Za-z]+)/g, "{$1}");
    let requestBody: object | undefined;
    if (op.body) {
      let schema: object = inputSchema(op.body);
      if (op.bodyComponent) {
        schemas[op.bodyComponent] ??= schema;
        schema = { $ref: `#/components/schemas/${op.bodyComponent}` };
      }
      requestBody = { required: true, content: { "application/json": { schema } } };
    }
    paths[path] ??= {};
    paths[path][op.method.toLowerCase()] = {
      operationId: op.id,
      summary: op.summary,
      tags: [op.tag],
      parameters: parameters(op),
      ...(requestBody ? { requestBody } : {}),
      responses: responses(op),
      // Which reads and writes of patient data are audited, and as what (context/audited.ts).
      ...(op.audit ? { "x-audit": op.audit } : {}),
      // Who may call it (context/authorize.ts): "public", "signed-in", or the roles.
      "x-access": op.access,
      ...(op.access === "public" ? { security: [] } : {}),
    };
  }
  const securitySchemes = {
    session: { type: "apiKey", in: "cookie", name: "cno-session", description: "Set by POST /api/session" },
  };
  return {
    openapi: "3.1.0",
    info: { title: "CNO Atlas API", version },
    security: [{ session: [] }],
    paths,
    components: { schemas, securitySchemes },
  };
}
