import { VISIT_KINDS } from "@cno-atlas/clinical";
import { FieldError, fieldProps } from "./form-errors.tsx";
import type { VisitDraft } from "./visit-draft.ts";
import type { FieldErrors } from "./visit-payload.ts";

export type UpdateDraft = (change: (draft: VisitDraft) => VisitDraft) => void;

export interface PartProps {
  draft: VisitDraft;
  errors: FieldErrors;
  update: UpdateDraft;
}

const SCORES = [
  { name: "painNrs", label: "Pain (NRS 0–10)", hint: "0 = no pain" },
  { name: "physicianGlobal", label: "Physician global (0–10)", hint: "0 = inactive" },
  { name: "patientGlobal", label: "Patient global (0–10)", hint: "0 = very well" },
] as const;

/** Date, kind and the three 0–10 scores (NRS, 0 = best [CONV], D1). */
export function VisitFields({ draft, errors, update }: PartProps) {
  return (
    <fieldset className="form-part">
      <legend>Visit</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldProps("visit.date", errors).id}>Visit date</label>
          <input
            type="date"
            {...fieldProps("visit.date", errors)}
            value={draft.date}
            onChange={(e) => update((d) => ({ ...d, date: e.target.value }))}
          />
          <FieldError name="visit.date" errors={errors} draft={draft} />
        </div>
        <div className="field">
          <label htmlFor={fieldProps("visit.kind", errors).id}>Kind of visit</label>
          <select
            {...fieldProps("visit.kind", errors)}
            value={draft.kind}
            onChange={(e) => update((d) => ({ ...d, kind: e.target.value as VisitDraft["kind"] }))}
          >
            {VISIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        {SCORES.map(({ name, label, hint }) => {
          const key = `visit.${name}`;
          const props = fieldProps(key, errors);
          return (
            <div className="field field--score" key={name}>
              <label htmlFor={props.id}>{label}</label>
              <input
                {...props}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={draft[name]}
                placeholder={hint}
                onChange={(e) => update((d) => ({ ...d, [name]: e.target.value }))}
              />
              <FieldError name={key} errors={errors} draft={draft} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
