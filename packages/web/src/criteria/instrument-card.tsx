import { type InstrumentResult, MIMIC_WARNING_PREFIX } from "@cno-atlas/clinical";
import { missingText, STATUS_TEXT, scoreText } from "./criteria-format.ts";
import { InstrumentItems } from "./instrument-items.tsx";
import { SourceCitation } from "./source-citation.tsx";

const isMimicWarning = (w: string) => w.startsWith(MIMIC_WARNING_PREFIX);

function Facts({ result }: { result: InstrumentResult }) {
  const score = scoreText(result);
  const mimic = result.warnings.find(isMimicWarning);
  return (
    <dl className="instrument-facts">
      <div>
        <dt>Status</dt>
        <dd data-field="status">{STATUS_TEXT[result.status]}</dd>
      </div>
      <div>
        <dt>Outcome</dt>
        <dd data-field="outcome">
          <code>{result.outcome}</code>
          {mimic && (
            <strong className="mimic-warning" data-field="mimic-warning">
              {" "}
              ⚠ {mimic}
            </strong>
          )}
        </dd>
      </div>
      {score && (
        <div>
          <dt>Score</dt>
          <dd data-field="score">{score}</dd>
        </div>
      )}
      <div>
        <dt>Evidence level</dt>
        <dd data-field="evidence-level">{result.evidenceLevel}</dd>
      </div>
      <div>
        <dt>Rule version</dt>
        <dd data-field="rule-version">{result.ruleVersion}</dd>
      </div>
    </dl>
  );
}

/**
 * One instrument: what it concluded, how sure the rule is, what is missing, and every item. A
 * disabled rule still shows its items and says why it is disabled: its warnings are the reason.
 */
export function InstrumentCard({ result }: { result: InstrumentResult }) {
  const titleId = `instrument-${result.id}`;
  const missing = missingText(result);
  const disabled = result.status === "disabled";
  return (
    <article
      className={`instrument instrument--${result.status}`}
      aria-labelledby={titleId}
      data-instrument={result.id}
    >
      <h4 id={titleId}>{result.label}</h4>
      <Facts result={result} />
      {disabled && (
        <div className="disabled-reason" role="note">
          <p>
            <strong>Disabled — why:</strong>
          </p>
          <ul>
            {(result.warnings.some((w) => !isMimicWarning(w))
              ? result.warnings.filter((w) => !isMimicWarning(w))
              : ["the rule is not verified against its source"]
            ).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {!disabled && result.warnings.some((w) => !isMimicWarning(w)) && (
        <ul className="instrument-warnings" aria-label="Warnings">
          {result.warnings
            .filter((w) => !isMimicWarning(w))
            .map((w) => (
              <li key={w}>⚠ {w}</li>
            ))}
        </ul>
      )}
      {missing && (
        <p className="missing-to-decide" data-field="missing-to-decide">
          {missing}
        </p>
      )}
      <details open>
        <summary>Items ({result.items.length})</summary>
        <InstrumentItems items={result.items} caption={`${result.label}: items`} />
      </details>
      <SourceCitation source={result.source} />
    </article>
  );
}
