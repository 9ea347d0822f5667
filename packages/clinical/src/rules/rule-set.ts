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
  type Bristol2016Table,
  bristol2016TableSchema,
  type CarraCtp2018Table,
  carraCtp2018TableSchema,
  type Jansson2009Table,
  jansson2009TableSchema,
  type Kostik2023Table,
  kostik2023TableSchema,
  type PlausibilityTable,
  plausibilityTableSchema,
  type RedFlagTable,
  redFlagTableSchema,
  type SurveillanceTable,
  surveillanceTableSchema,
} from "./tables.ts";

/** Rule tables passed to the pure core by the caller (DECISIONS.md D1, D9). */
export interface RuleSet {
  id: string;
  sha256?: string;
  jansson2009: Jansson2009Table;
  bristol2016: Bristol2016Table;
  kostik2023: Kostik2023Table;
  /** Absent by default: the weights are NOT FOUND, so EULAR/ACR reports `weights-missing`. */
  eularAcr2025?: EularAcrTable;
  redFlags: RedFlagTable;
  carraCtp2018: CarraCtp2018Table;
  surveillance: SurveillanceTable;
  plausibility: PlausibilityTable;
}

export const BUILTIN_RULE_SET: RuleSet = Object.freeze({
  id: "builtin",
  jansson2009: JANSSON_2009_BUILTIN,
  bristol2016: BRISTOL_2016_BUILTIN,
  kostik2023: KOSTIK_2023_BUILTIN,
  redFlags: RED_FLAGS_BUILTIN,
  carraCtp2018: CARRA_CTP_2018_BUILTIN,
  surveillance: SURVEILLANCE_BUILTIN,
  plausibility: PLAUSIBILITY_BUILTIN,
});

/** A rule-set file: an id and any tables to replace; tables not named keep their built-in defaults. */
export const ruleSetFileSchema = z.strictObject({
  id: z.string().min(1).max(100),
  tables: z.strictObject({
    "jansson-2009": jansson2009TableSchema.optional(),
    "bristol-2016": bristol2016TableSchema.optional(),
    "kostik-nbods-2023": kostik2023TableSchema.optional(),
    "eular-acr-2025": eularAcrTableSchema.optional(),
    "red-flags": redFlagTableSchema.optional(),
    "carra-ctp-2018": carraCtp2018TableSchema.optional(),
    surveillance: surveillanceTableSchema.optional(),
    "plausible-values": plausibilityTableSchema.optional(),
  }),
});
export type RuleSetFile = z.input<typeof ruleSetFileSchema>;

/** Validates a parsed rule-set file; `sha256` is the file's digest, computed by the caller (the core does no I/O). */
export function loadRuleSet(file: unknown, sha256?: string): Parsed<RuleSet> {
  const parsed = parseWith(ruleSetFileSchema, file);
  if (!parsed.ok) return parsed;
  const { id, tables } = parsed.value;
  if (id === "builtin")
    return { ok: false, errors: [{ path: "id", message: '"builtin" is reserved for the defaults' }] };
  const ruleSet: RuleSet = {
    id,
    jansson2009: tables["jansson-2009"] ?? JANSSON_2009_BUILTIN,
    bristol2016: tables["bristol-2016"] ?? BRISTOL_2016_BUILTIN,
    kostik2023: tables["kostik-nbods-2023"] ?? KOSTIK_2023_BUILTIN,
    redFlags: tables["red-flags"] ?? RED_FLAGS_BUILTIN,
    carraCtp2018: tables["carra-ctp-2018"] ?? CARRA_CTP_2018_BUILTIN,
    surveillance: tables.surveillance ?? SURVEILLANCE_BUILTIN,
    plausibility: tables["plausible-values"] ?? PLAUSIBILITY_BUILTIN,
  };
  if (sha256 !== undefined) ruleSet.sha256 = sha256;
  if (tables["eular-acr-2025"]) ruleSet.eularAcr2025 = tables["eular-acr-2025"];
  return { ok: true, value: ruleSet };
}
