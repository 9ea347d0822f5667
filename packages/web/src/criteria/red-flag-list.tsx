import { missingText, type RedFlag, SEVERITIES, type UndecidedRedFlag } from "@cno-atlas/clinical";
import { sortRedFlags } from "./criteria-format.ts";
import { SourceCitation } from "./source-citation.tsx";

const SEVERITY_HEADING = { high: "High", moderate: "Moderate", info: "For information" } as const;

function RedFlagItem({ flag }: { flag: RedFlag }) {
  return (
    <li
      className={`red-flag red-flag--${flag.severity}`}
      data-red-flag={flag.id}
      data-severity={flag.severity}
    >
      <p>
        <span className="severity-tag">{flag.severity}</span> <span className="flag-group">{flag.group}</span>
        {": "}
        {flag.message}
      </p>
      {flag.evidence.length > 0 && (
        <ul className="evidence-list" aria-label="Evidence">
          {flag.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {flag.warnings.length > 0 && (
        <ul className="flag-warnings" aria-label="Warnings">
          {flag.warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <SourceCitation source={flag.source} />
      <p className="flag-id">
        <code>{flag.id}</code>
      </p>
    </li>
  );
}

/**
 * The red flags that could not be assessed on the values given (D11): a value was recorded but cannot
 * be read against its trigger, so the flag neither fired nor was ruled out.
 */
function UndecidedList({ undecided }: { undecided: readonly UndecidedRedFlag[] }) {
  if (undecided.length === 0) return null;
  return (
    <div className="red-flags-undecided" role="note">
      <h4>Could not be assessed ({undecided.length})</h4>
      <ul>
        {undecided.map((u) => (
          <li key={u.id} data-undecided={u.id}>
            {u.missing.map(missingText).join("; ")} <code className="flag-id">{u.id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Red flags come first in the panel, by severity (D7): a mimic must not hide below a score. */
export function RedFlagList({
  flags,
  undecided = [],
}: {
  flags: readonly RedFlag[];
  undecided?: readonly UndecidedRedFlag[];
}) {
  const sorted = sortRedFlags(flags);
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">Red flags ({sorted.length})</h3>
      {sorted.length === 0 && (
        <p>No red flag fired on the data given. Missing data fires none: check what was not recorded.</p>
      )}
      {SEVERITIES.map((severity) => {
        const group = sorted.filter((flag) => flag.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`severity-group severity-group--${severity}`}>
            <h4>
              {SEVERITY_HEADING[severity]} ({group.length})
            </h4>
            <ul className="red-flag-list">
              {group.map((flag) => (
                <RedFlagItem key={flag.id} flag={flag} />
              ))}
            </ul>
          </div>
        );
      })}
      <UndecidedList undecided={undecided} />
    </section>
  );
}
