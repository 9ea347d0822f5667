import { z } from "zod";

/**
 * PATCH bodies are JSON Merge Patches (RFC 7396): an object sent is merged into the resource's
 * object field by field, any other value (a list, a string, a number) replaces the old one, and
 * `null` clears an optional field. So `{"patient": {"sex": "male"}}` keeps the birth date, and
 * `{"labs": [...]}` replaces the visit's whole list of results.
 *
 * The patch schema checks every value sent against the resource's own schema before any
 * database work (nested objects field by field, all optional); the merged resource is then
 * validated whole, which catches what a patch alone cannot (a required field missing from a newly
 * added object, a treatment's stop before its start).
 */
export function patchSchemaOf(schema: z.ZodObject): z.ZodType<Record<string, unknown>> {
  return patchObject(schema) as unknown as z.ZodType<Record<string, unknown>>;
}

function patchObject(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const optional = field.safeParse(undefined).success;
    const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
    const value = inner instanceof z.ZodObject ? patchObject(inner) : inner;
    shape[key] = optional ? value.nullable().optional() : value.optional();
  }
  return z.strictObject(shape);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** RFC 7396 MergePatch(target, patch); pure. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
