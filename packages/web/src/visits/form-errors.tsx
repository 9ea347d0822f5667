import type { Ref } from "react";
import { errorId, fieldId, fieldLabel } from "./field-names.ts";
import type { VisitDraft } from "./visit-draft.ts";
import type { FieldErrors } from "./visit-payload.ts";

/** Props that tie an input to its error: id, aria-invalid, aria-describedby. */
export function fieldProps(key: string, errors: FieldErrors) {
  const invalid = errors[key] !== undefined;
  return {
    id: fieldId(key),
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorId(key) : undefined,
  } as const;
}

/** The error next to its field, starting with the field's name. */
export function FieldError({
  name,
  errors,
  draft,
}: {
  name: string;
  errors: FieldErrors;
  draft: VisitDraft;
}) {
  const message = errors[name];
  if (message === undefined) return null;
  return (
    <p id={errorId(name)} className="field-error">
      {fieldLabel(name, draft)}: {message}
    </p>
  );
}

interface SummaryProps {
  errors: FieldErrors;
  draft: VisitDraft;
  heading: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * All errors at the top of the form, each a link to its field (focus moves there). Focused after a
 * failed save, so a screen reader hears what to correct.
 */
export function ErrorSummary({ errors, draft, heading, ref }: SummaryProps) {
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{heading}</h2>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                const field = document.getElementById(fieldId(key));
                if (!field) return;
                event.preventDefault();
                field.focus();
              }}
            >
              {fieldLabel(key, draft)}: {errors[key]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
