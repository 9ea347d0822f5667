import { DRUG_CLASSES } from "@cno-atlas/clinical";
import { drugClassLabel } from "../timeline/timeline-style.ts";
import { FieldError, fieldProps } from "./form-errors.tsx";
import { newTreatment, type TreatmentDraft } from "./visit-draft.ts";
import type { PartProps } from "./visit-fields.tsx";

/** Treatments started (or started and stopped) at this visit; each becomes a bar on the timeline. */
export function TreatmentRows({ draft, errors, update }: PartProps) {
  const change = (key: string, patch: Partial<TreatmentDraft>) =>
    update((d) => ({ ...d, treatments: d.treatments.map((t) => (t.key === key ? { ...t, ...patch } : t)) }));
  return (
    <fieldset className="form-part">
      <legend>Treatments</legend>
      {draft.treatments.length === 0 && <p className="hint">No treatment entered.</p>}
      {draft.treatments.map((t, i) => {
        const at = (field: string) => `treatments[${i}].${field}`;
        const n = i + 1;
        return (
          <div className="treatment-row" key={t.key}>
            <div className="field">
              <label htmlFor={fieldProps(at("drugClass"), errors).id}>Treatment {n} drug class</label>
              <select
                {...fieldProps(at("drugClass"), errors)}
                value={t.drugClass}
                onChange={(e) => change(t.key, { drugClass: e.target.value as TreatmentDraft["drugClass"] })}
              >
                {DRUG_CLASSES.map((c) => (
                  <option key={c} value={c}>
                    {drugClassLabel(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fieldProps(at("drug"), errors).id}>Treatment {n} drug</label>
              <input
                {...fieldProps(at("drug"), errors)}
                type="text"
                value={t.drug}
                onChange={(e) => change(t.key, { drug: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={fieldProps(at("start"), errors).id}>Treatment {n} start</label>
              <input
                {...fieldProps(at("start"), errors)}
                type="date"
                value={t.start}
                onChange={(e) => change(t.key, { start: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={fieldProps(at("stop"), errors).id}>Treatment {n} stop (optional)</label>
              <input
                {...fieldProps(at("stop"), errors)}
                type="date"
                value={t.stop}
                onChange={(e) => change(t.key, { stop: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="secondary"
              aria-label={`Remove treatment ${n}`}
              onClick={() =>
                update((d) => ({ ...d, treatments: d.treatments.filter((x) => x.key !== t.key) }))
              }
            >
              Remove
            </button>
            <div className="row-errors">
              {["drugClass", "drug", "start", "stop"].map((f) => (
                <FieldError key={f} name={at(f)} errors={errors} draft={draft} />
              ))}
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => update((d) => ({ ...d, treatments: [...d.treatments, newTreatment(d.date)] }))}
      >
        Add a treatment
      </button>
    </fieldset>
  );
}
