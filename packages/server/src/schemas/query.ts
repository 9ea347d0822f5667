import { isoDate } from "@cno-atlas/clinical";
import { z } from "zod";

/** Query parameters arrive as text: each schema here reads the text form and gives the typed value. */

/** `true` or `false`, nothing else (no "1", "yes": a filter must not be guessed). */
export const booleanParam = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .transform((v) => v === "true");

/** A whole number from 1 to `max`, written plainly ("12", not "012", "1e1" or "+3"). */
export const positiveIntParam = (max: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, { error: "must be a whole number from 1" })
    .transform(Number)
    .pipe(z.number().max(max, { error: `must be at most ${max}` }));

/** The date an assessment is made as of; the handler defaults it to today. */
export const onParam = isoDate;

export const onQuerySchema = z.strictObject({ on: onParam.optional() });

export const MAX_PAGE = 100_000;
