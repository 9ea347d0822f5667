/** One column of a research export, as the data dictionary describes it. */
export interface Column {
  name: string;
  type: "pseudonym" | "code" | "codes" | "integer" | "number" | "boolean" | "day" | "text";
  unit?: string;
  meaning: string;
}

/** A patient of the export page: what every entity's rows need to be pseudonymized and dated. */
export interface PagePatient {
  id: string;
  pseudonym: string;
  /** The date every `*_day` column counts from (D10), or null when the record has none. */
  anchorDate: string | null;
}

export type Cell = string | number | boolean | null;

const DAY_MS = 86_400_000;

/** Whole days from the anchor to `date` (negative before it); null when either is unknown. */
export function dayOf(date: string | null | undefined, anchor: string | null): number | null {
  if (!date || !anchor) return null;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${anchor}T00:00:00Z`)) / DAY_MS);
}

/** Decimal years between two dates (D4: days / 365.25), to one decimal. */
export function yearsBetween(from: string | null, to: string | null): number | null {
  const days = dayOf(to, from);
  return days === null ? null : oneDecimal(days / 365.25);
}

export const oneDecimal = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);

/** A list kept in a child table: codes joined by ";", "none" for a recorded empty list, null if unrecorded. */
export function codes(recorded: boolean, joined: string | null): string | null {
  if (!recorded) return null;
  return joined && joined.length > 0 ? joined : "none";
}

export const PATIENT_COLUMN: Column = {
  name: "patient",
  type: "pseudonym",
  meaning: "Keyed pseudonym: HMAC-SHA-256(site id + patient id) with this installation's key, as a UUID (v8)",
};
