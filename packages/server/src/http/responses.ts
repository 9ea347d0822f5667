import type { Context } from "hono";
import { etag } from "./if-match.ts";

/**
 * A JSON response; `version` becomes the ETag a client sends back as If-Match, `location` the
 * Location of a created resource.
 */
export function jsonResponse(
  c: Context,
  status: 200 | 201,
  body: unknown,
  options: { version?: number; location?: string } = {},
): Response {
  if (options.version !== undefined) c.header("ETag", etag(options.version));
  if (options.location !== undefined) c.header("Location", options.location);
  return c.json(body as object, status);
}
