import { useEffect, useRef, useState } from "react";
import type { VisitDraft } from "./visit-draft.ts";
import type { UpdateDraft } from "./visit-fields.tsx";
import { type CheckedVisit, checkDraft, type FieldErrors } from "./visit-payload.ts";

/**
 * The state every visit form shares: the draft (never reset by a failed save), its errors, and a
 * summary to focus after a failed attempt. Once a save has been tried, each change re-checks the
 * draft, so an error goes away as soon as its field is corrected.
 */
export function useVisitForm(initial: () => VisitDraft, withParts: boolean) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const update: UpdateDraft = (change) => setDraft((d) => change(d));
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check on each change of the draft only
  useEffect(() => {
    if (tried) setErrors(checkDraft(draft, withParts).errors);
  }, [draft]);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  /** The checked draft, or undefined after showing its errors. */
  const check = (): CheckedVisit | undefined => {
    const checked = checkDraft(draft, withParts);
    setTried(true);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length === 0) return checked;
    setAttempt((n) => n + 1);
    return undefined;
  };
  /** Errors the API named (or none), shown like the form's own. */
  const refused = (apiErrors: FieldErrors) => {
    setErrors(apiErrors);
    setAttempt((n) => n + 1);
  };
  return { draft, setDraft, update, errors, check, refused, summary };
}
