import { type RedFlag, SEVERITIES } from "@cno-atlas/clinical";
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
      <SourceCitation source={flag.source} />
      <p className="flag-id">
        <code>{flag.id}</code>
      </p>
    </li>
  );
}

/** Red flags come first in the panel, by severity (D7): a mimic must not hide below a score. */
export function RedFlagList({ flags }: { flags: readonly RedFlag[] }) {
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
    </section>
  );
}
