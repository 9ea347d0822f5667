import { EVIDENCE_LEVELS } from "@cno-atlas/clinical";
import { EVIDENCE_LEVEL_TEXT } from "./criteria-format.ts";

/** What V, D, S, CONV and U mean: each instrument shows the weakest level among what it used (D5). */
export function EvidenceLegend() {
  return (
    <details className="evidence-legend">
      <summary>Evidence levels: V verbatim … U unverified</summary>
      <dl>
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level}>
            <dt>{level}</dt>
            <dd>{EVIDENCE_LEVEL_TEXT[level]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
