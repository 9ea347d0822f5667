import type { Evaluation, InstrumentResult } from "@cno-atlas/clinical";
import { EvidenceLegend } from "./evidence-legend.tsx";
import { InstrumentCard } from "./instrument-card.tsx";
import { RedFlagList } from "./red-flag-list.tsx";

export interface CriteriaPanelProps {
  evaluation: Pick<Evaluation, "assessedOn" | "ruleSet" | "instruments" | "redFlags" | "redFlagsUndecided">;
  /** Course instruments (assessCourse: CTP, CHAQ, …) shown after the presentation's, when given. */
  courseInstruments?: readonly InstrumentResult[];
}

/**
 * Criteria and red flags for one assessment: red flags first by severity, then every instrument in
 * the core's order, none hidden (a disabled or undecided rule still says what it knows).
 */
export function CriteriaPanel({ evaluation, courseInstruments = [] }: CriteriaPanelProps) {
  const instruments = [...evaluation.instruments, ...courseInstruments];
  return (
    <section className="criteria-panel" aria-labelledby="criteria-title">
      <h2 id="criteria-title">Criteria and red flags</h2>
      <p className="assessment-meta">
        Assessed on {evaluation.assessedOn} · rule set <code>{evaluation.ruleSet.id}</code>
        {evaluation.ruleSet.sha256 && <code> sha256 {evaluation.ruleSet.sha256.slice(0, 12)}…</code>}
      </p>
      <RedFlagList flags={evaluation.redFlags} undecided={evaluation.redFlagsUndecided} />
      <section className="instruments" aria-labelledby="instruments-title">
        <h3 id="instruments-title" className="instruments-title">
          Instruments ({instruments.length})
        </h3>
        <EvidenceLegend />
        {instruments.map((result) => (
          <InstrumentCard key={result.id} result={result} />
        ))}
      </section>
    </section>
  );
}
