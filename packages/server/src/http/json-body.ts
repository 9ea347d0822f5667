import type { FieldError, Parsed } from "@cno-atlas/clinical";
import { formatPath, parseWith } from "@cno-atlas/clinical";
import type { Context } from "hono";
import type { z } from "zod";
import { type Problem, problems } from "./problems.ts";

export type BodyResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Reads and validates a JSON body with a schema from the core: errors as values, fields named. */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<BodyResult<z.output<S>>> {
  const json = await readJson(c);
  if (!json.ok) return json;
  const parsed: Parsed<z.output<S>> = parseWith(schema, json.value);
  return parsed.ok ? parsed : { ok: false, problem: problems.invalidBody(parsed.errors as FieldError[]) };
}

/**
 * The body as parsed JSON, refusing other media types, malformed JSON and text PostgreSQL cannot
 * store. A PATCH may also say application/merge-patch+json, the media type of RFC 7396.
 */
export async function readJson(c: Context, mergePatch = false): Promise<BodyResult<unknown>> {
  const type = c.req.header("content-type") ?? "";
  const media = mergePatch ? /^application\/(merge-patch\+)?json\s*(;|$)/i : /^application\/json\s*(;|$)/i;
  if (!media.test(type)) return { ok: false, problem: problems.unsupportedMediaType() };
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch (error) {
    return { ok: false, problem: problems.malformedJson((error as Error).message) };
  }
  const unstorable = unstorableStrings(json);
  return unstorable.length
    ? { ok: false, problem: problems.invalidBody(unstorable) }
    : { ok: true, value: json };
}

// A NUL character is valid JSON ("\u0000") but PostgreSQL text cannot hold it (SQLSTATE 22021):
// refused here, by field, so it cannot surface as a 500. A lone surrogate would be silently
// replaced by U+FFFD on the way to UTF-8: refused for the same reason (the data would change).
const NUL = "\u0000";
// PostgreSQL has no year 0 (SQLSTATE 22008), but the core's date pattern accepts "0000-…". Any
// string of exactly that shape is refused: no identifier or free text plausibly has it.
const YEAR_ZERO_DATE = /^0000-[0-9]{2}-[0-9]{2}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type PathNode = { key: PropertyKey; parent: PathNode | undefined } | undefined;

const pathOf = (node: PathNode): string => {
  const keys: PropertyKey[] = [];
  for (let n = node; n; n = n.parent) keys.unshift(n.key);
  return formatPath(keys);
};

/**
 * Walks the parsed body with an explicit stack and parent-linked paths: JSON.parse accepts nesting
 * deep enough to overflow a recursion, and copying a path per level would be quadratic.
 */
function unstorableStrings(root: unknown): FieldError[] {
  const out: FieldError[] = [];
  const stack: [unknown, PathNode][] = [[root, undefined]];
  const check = (text: string, node: PathNode, what: string) => {
    if (text.includes(NUL))
      out.push({ path: pathOf(node), message: `${what} must not contain a NUL character` });
    else if (LONE_SURROGATE.test(text))
      out.push({ path: pathOf(node), message: `${what} is not valid Unicode (lone surrogate)` });
    else if (YEAR_ZERO_DATE.test(text))
      out.push({ path: pathOf(node), message: "year 0000 does not exist (the calendar starts at 0001)" });
  };
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, node] = next;
    if (typeof value === "string") check(value, node, "text");
    else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, { key: i, parent: node }]);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        check(key, { key, parent: node }, "a field name");
        stack.push([item, { key, parent: node }]);
      }
    }
  }
  return out.reverse();
}
