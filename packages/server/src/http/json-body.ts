import type { FieldError, Parsed } from "@cno-atlas/clinical";
import { parseWith } from "@cno-atlas/clinical";
import type { Context } from "hono";
import type { z } from "zod";
import { type Problem, problems } from "./problems.ts";

export type BodyResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Reads and validates a JSON body with a schema from the core: errors as values, fields named. */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<BodyResult<z.output<S>>> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json"))
    return { ok: false, problem: problems.unsupportedMediaType() };
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch (error) {
    return { ok: false, problem: problems.malformedJson((error as Error).message) };
  }
  const parsed: Parsed<z.output<S>> = parseWith(schema, json);
  return parsed.ok ? parsed : { ok: false, problem: problems.invalidBody(parsed.errors as FieldError[]) };
}
