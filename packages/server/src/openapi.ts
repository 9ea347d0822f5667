import { presentationSchema } from "@cno-atlas/clinical";
import { z } from "zod";

const problem = {
  type: "object",
  required: ["error", "message"],
  properties: {
    error: { type: "string" },
    message: { type: "string" },
    fields: {
      type: "array",
      items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
    },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI document, generated from the same Zod schemas that validate the requests. */
export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: { title: "CNO Atlas API", version },
    paths: {
      "/api/health": {
        get: { summary: "Liveness", responses: { 200: { description: "The server is up" } } },
      },
      "/api/evaluate": {
        post: {
          summary: "Evaluate a presentation against every CNO instrument and red flag (nothing is stored)",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Presentation" } } },
          },
          responses: {
            200: { description: "The Evaluation" },
            400: problemResponse("Malformed JSON or invalid fields, each named"),
            413: problemResponse("Body over the size limit"),
            415: problemResponse("Body is not JSON"),
          },
        },
      },
    },
    components: {
      schemas: {
        Presentation: z.toJSONSchema(presentationSchema, {
          io: "input",
          unrepresentable: "any",
          target: "draft-2020-12",
        }),
        Problem: problem,
      },
    },
  };
}
