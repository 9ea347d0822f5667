/**
 * Column headings for the research export's tidy columns (snake_case, as in dictionary.csv):
 * "age_at_onset_years" → "Age at onset (years)". Generic, so a new server column needs no code here.
 */
const UNIT_SUFFIXES: [suffix: string, unit: string][] = [
  ["_years", "years"],
  ["_day", "days since anchor"],
  ["_c", "°C"],
];

export function columnHeading(column: string): string {
  let name = column;
  let unit = "";
  for (const [suffix, text] of UNIT_SUFFIXES) {
    if (name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      unit = ` (${text})`;
      break;
    }
  }
  const words = name.replaceAll("_", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${unit}`;
}

/** An empty cell stays visibly empty (not recorded), a boolean reads as words. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** The columns of a set of rows, in the API's order (the first row's keys, then any later ones). */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}
