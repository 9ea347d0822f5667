import type { z } from "zod";

/** A validation problem tied to the field it concerns, e.g. `labs[2].unit`. */
export interface FieldError {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(document)";
}

/**
 * Zod issues as field errors. A failed union reports the branch that came closest (fewest issues), so
 * `{ "sites": ["femurr"] }` says which site is unknown rather than "Invalid input".
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return issuesToErrors(error.issues, []);
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: "unknown field (check the spelling)",
      }));
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      if (closest.length > 0) return issuesToErrors(closest, path);
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
