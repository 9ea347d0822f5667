import { createHash } from "node:crypto";
import { BUILTIN_RULE_SET, type FieldError, loadRuleSet, type RuleSet } from "@cno-atlas/clinical";
import { parseJson, readInput } from "./read-input.ts";

type Loaded<T> = { ok: true; value: T } | { ok: false; lines: string[] };

export function fieldLines(what: string, errors: FieldError[]): string[] {
  return [`${what} is invalid:`, ...errors.map((e) => `  ${e.path}: ${e.message}`)];
}

/** A rule-set file (D9 (docs/clinical/conventions.md#rule-tables)), hashed so the Evaluation names exactly what was used. */
export async function loadRules(file: string | undefined): Promise<Loaded<RuleSet>> {
  if (file === undefined) return { ok: true, value: BUILTIN_RULE_SET };
  const read = await readInput(file);
  if (!read.ok) return { ok: false, lines: [read.message] };
  const json = parseJson(read.text, `rule set ${file}`);
  if (!json.ok) return { ok: false, lines: [json.message] };
  const sha256 = createHash("sha256").update(read.text).digest("hex");
  const loaded = loadRuleSet(json.value, sha256);
  return loaded.ok ? loaded : { ok: false, lines: fieldLines(`rule set ${file}`, loaded.errors) };
}
