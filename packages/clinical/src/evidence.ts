/**
 * Evidence levels (docs/clinical/README.md "Verification tags"; D5 (docs/clinical/conventions.md#instrument-results)), ordered from
 * strongest to weakest: V verbatim, D derived, S secondary source, CONV project convention,
 * U unverified recollection.
 */
export const EVIDENCE_LEVELS = ["V", "D", "S", "CONV", "U"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** An instrument's evidence level is the weakest among the numbers and rules it used (D5). */
export function weakest(...levels: EvidenceLevel[]): EvidenceLevel {
  let worst = 0;
  for (const level of levels) worst = Math.max(worst, EVIDENCE_LEVELS.indexOf(level));
  return EVIDENCE_LEVELS[worst] ?? "U";
}

export interface Source {
  citation: string;
  doi?: string;
  url?: string;
}
