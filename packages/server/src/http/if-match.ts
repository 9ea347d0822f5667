import type { FieldError } from "@cno-atlas/clinical";

/** PostgreSQL `integer`: a larger If-Match would fail in the query (SQLSTATE 22003), so it is refused here. */
const MAX_VERSION = 2_147_483_647;

export type IfMatch =
  | { ok: true; version: number }
  | { ok: false; missing: true }
  | { ok: false; error: FieldError };

/**
 * The version an update is based on, from `If-Match: "<version>"` (a strong entity tag, as every
 * read's ETag gives it). One tag only: a list, `*` or a weak tag (`W/"3"`) cannot say which
 * version the client saw, so they are refused rather than guessed.
 */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === "") return { ok: false, missing: true };
  const match = /^\s*"([1-9][0-9]{0,9})"\s*$/.exec(header);
  const version = match ? Number(match[1]) : Number.NaN;
  if (!match || version > MAX_VERSION) {
    return {
      ok: false,
      error: { path: "If-Match", message: 'must be one version as a strong entity tag, e.g. If-Match: "3"' },
    };
  }
  return { ok: true, version };
}

export function etag(version: number): string {
  return `"${version}"`;
}
