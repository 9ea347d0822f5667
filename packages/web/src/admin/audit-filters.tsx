import type { FieldError } from "@cno-atlas/clinical";
import { type FormEvent, useState } from "react";
import { AUDIT_FILTERS, type AuditFilterName, type AuditFilters, OUTCOMES } from "./audit-query.ts";

const LABELS: Record<AuditFilterName, string> = {
  user: "User (username)",
  patientId: "Patient record id",
  entity: "Entity (e.g. chart, summary, export-labs)",
  outcome: "Outcome",
  from: "From (day)",
  to: "To (day, inclusive)",
};

interface Props {
  applied: AuditFilters;
  /** The API's field errors for the applied filters (400), shown beside their box. */
  errors: readonly FieldError[];
  onApply: (filters: AuditFilters) => void;
}

/**
 * The filters, applied together with one button: a half-typed record id would otherwise be sent
 * (and refused) at every keystroke.
 */
export function AuditFilterForm({ applied, errors, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  const set = (name: AuditFilterName, value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty = Object.fromEntries(AUDIT_FILTERS.map((f) => [f, ""])) as AuditFilters;
    setDraft(empty);
    onApply(empty);
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter the audit log">
      {AUDIT_FILTERS.map((name) => {
        const error = errors.find((e) => e.path === name)?.message;
        const id = `audit-${name}`;
        return (
          <div className="field" key={name}>
            <label htmlFor={id}>{LABELS[name]}</label>
            {name === "outcome" ? (
              <select id={id} value={draft.outcome} onChange={(e) => set(name, e.target.value)}>
                <option value="">Any</option>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={name === "from" || name === "to" ? "date" : "text"}
                value={draft[name]}
                onChange={(e) => set(name, e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            )}
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="audit-filter-actions">
        <button type="submit">Apply filters</button>
        <button type="button" className="secondary" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
