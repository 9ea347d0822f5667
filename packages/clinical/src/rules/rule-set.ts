import { z } from "zod";
import { type Parsed, parseWith } from "../schema/field-errors.ts";
import {
  BRISTOL_2016_BUILTIN,
  CARRA_CTP_2018_BUILTIN,
  JANSSON_2009_BUILTIN,
  KOSTIK_2023_BUILTIN,
  PLAUSIBILITY_BUILTIN,
  RED_FLAGS_BUILTIN,
  SURVEILLANCE_BUILTIN,
} from "./builtin.ts";
import { type EularAcrTable, eularAcrTableSchema } from "./eular-acr-table.ts";
import {
  bristol2016TableSchema,
  carraCtp2018TableSchema,
  jansson2009TableSchema,
  kostik2023TableSchema,
  plausibilityTableSchema,
  redFlagTableSchema,
  surveillanceTableSchema,
} from "./tables.ts";

/**
 * Every table with a built-in default, in one place: its name in a rule-set file, its schema and its
 * default. Adding a table is one entry here (plus its schema and sourced default beside the others).
 */
const RULE_TABLES = {
  jansson2009: { file: "jansson-2009", schema: jansson2009TableSchema, builtin: JANSSON_2009_BUILTIN },
  bristol2016: { file: "bristol-2016", schema: bristol2016TableSchema, builtin: BRISTOL_2016_BUILTIN },
  kostik2023: { file: "kostik-nbods-2023", schema: kostik2023TableSchema, builtin: KOSTIK_2023_BUILTIN },
  redFlags: { file: "red-flags", schema: redFlagTableSchema, builtin: RED_FLAGS_BUILTIN },
  carraCtp2018: { file: "carra-ctp-2018", schema: carraCtp2018TableSchema, builtin: CARRA_CTP_2018_BUILTIN },
  surveillance: { file: "surveillance", schema: surveillanceTableSchema, builtin: SURVEILLANCE_BUILTIN },
  plausibility: { file: "plausible-values", schema: plausibilityTableSchema, builtin: PLAUSIBILITY_BUILTIN },
} as const;

type TableKey = keyof typeof RULE_TABLES;
type Tables = { [K in TableKey]: z.output<(typeof RULE_TABLES)[K]["schema"]> };
const KEYS = Object.keys(RULE_TABLES) as TableKey[];

/** Rule tables passed to the pure core by the caller (D1 (docs/clinical/conventions.md#course-projection), D9). */
export interface RuleSet extends Tables {
  id: string;
  sha256?: string;
  /** Absent by default: the weights are NOT FOUND, so EULAR/ACR reports `weights-missing`. */
  eularAcr2025?: EularAcrTable;
}

const builtinTables = Object.fromEntries(KEYS.map((k) => [k, RULE_TABLES[k].builtin])) as Tables;

export const BUILTIN_RULE_SET: RuleSet = Object.freeze({ id: "builtin", ...builtinTables });

const tableFields = Object.fromEntries(
  KEYS.map((k) => [RULE_TABLES[k].file, RULE_TABLES[k].schema.optional()]),
);

/** A rule-set file: an id and any tables to replace; tables not named keep their built-in defaults. */
export const ruleSetFileSchema = z.strictObject({
  id: z.string().min(1).max(100),
  tables: z.strictObject({ ...tableFields, "eular-acr-2025": eularAcrTableSchema.optional() }),
});
export type RuleSetFile = z.input<typeof ruleSetFileSchema>;

/** Validates a parsed rule-set file; `sha256` is the file's digest, computed by the caller (the core does no I/O). */
export function loadRuleSet(file: unknown, sha256?: string): Parsed<RuleSet> {
  const parsed = parseWith(ruleSetFileSchema, file);
  if (!parsed.ok) return parsed;
  const { id, tables } = parsed.value as { id: string; tables: Record<string, unknown> };
  if (id === "builtin")
    return { ok: false, errors: [{ path: "id", message: '"builtin" is reserved for the defaults' }] };
  const chosen = Object.fromEntries(
    KEYS.map((k) => [k, tables[RULE_TABLES[k].file] ?? RULE_TABLES[k].builtin]),
  ) as Tables;
  const ruleSet: RuleSet = { id, ...chosen };
  if (sha256 !== undefined) ruleSet.sha256 = sha256;
  const eular = tables["eular-acr-2025"] as EularAcrTable | undefined;
  if (eular) ruleSet.eularAcr2025 = eular;
  return { ok: true, value: ruleSet };
}
