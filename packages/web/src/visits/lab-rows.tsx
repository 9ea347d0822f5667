import type { LabTest } from "@cno-atlas/clinical";
import { FieldError, fieldProps } from "./form-errors.tsx";
import { isPresenceTest, LAB_CHOICES, labName, unitsFor, unitText } from "./lab-vocabulary.ts";
import { type LabDraft, newLab } from "./visit-draft.ts";
import type { PartProps } from "./visit-fields.tsx";

/**
 * Lab results, one row each: the test, its value and unit (only the units the core converts), and an
 * optional reference range. Changing the test keeps the unit when it still fits, else its canonical.
 */
export function LabRows({ draft, errors, update }: PartProps) {
  const change = (index: number, patch: Partial<LabDraft>) =>
    update((d) => ({ ...d, labs: d.labs.map((lab, i) => (i === index ? { ...lab, ...patch } : lab)) }));
  const changeTest = (index: number, lab: LabDraft, test: LabTest) =>
    change(index, {
      test,
      unit: unitsFor(test).includes(lab.unit) ? lab.unit : (unitsFor(test)[0] ?? ""),
      value: isPresenceTest(test) !== isPresenceTest(lab.test) ? "" : lab.value,
    });
  return (
    <fieldset className="form-part">
      <legend>Labs</legend>
      {draft.labs.length === 0 && <p className="hint">No lab result entered.</p>}
      {draft.labs.map((lab, i) => {
        const at = (field: string) => `visit.labs[${i}].${field}`;
        const name = labName(lab.test);
        return (
          <div className="lab-row" key={lab.key} data-lab={lab.test}>
            <div className="field">
              <label htmlFor={fieldProps(at("test"), errors).id}>Test</label>
              <select
                {...fieldProps(at("test"), errors)}
                value={lab.test}
                onChange={(e) => changeTest(i, lab, e.target.value as LabTest)}
              >
                {LAB_CHOICES.map((c) => (
                  <option key={c.test} value={c.test}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fieldProps(at("value"), errors).id}>{name} value</label>
              {isPresenceTest(lab.test) ? (
                <select
                  {...fieldProps(at("value"), errors)}
                  value={lab.value}
                  onChange={(e) => change(i, { value: e.target.value })}
                >
                  <option value="">—</option>
                  <option value="true">present</option>
                  <option value="false">absent</option>
                </select>
              ) : (
                <input
                  {...fieldProps(at("value"), errors)}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={lab.value}
                  onChange={(e) => change(i, { value: e.target.value })}
                />
              )}
            </div>
            {!isPresenceTest(lab.test) && (
              <>
                <div className="field">
                  <label htmlFor={fieldProps(at("unit"), errors).id}>{name} unit</label>
                  <select
                    {...fieldProps(at("unit"), errors)}
                    value={lab.unit}
                    onChange={(e) => change(i, { unit: e.target.value })}
                  >
                    {unitsFor(lab.test).map((unit) => (
                      <option key={unit} value={unit}>
                        {unitText(unit)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field field--narrow">
                  <label htmlFor={fieldProps(at("referenceLow"), errors).id}>Ref. low</label>
                  <input
                    {...fieldProps(at("referenceLow"), errors)}
                    type="text"
                    inputMode="decimal"
                    value={lab.referenceLow}
                    onChange={(e) => change(i, { referenceLow: e.target.value })}
                  />
                </div>
                <div className="field field--narrow">
                  <label htmlFor={fieldProps(at("referenceHigh"), errors).id}>Ref. high</label>
                  <input
                    {...fieldProps(at("referenceHigh"), errors)}
                    type="text"
                    inputMode="decimal"
                    value={lab.referenceHigh}
                    onChange={(e) => change(i, { referenceHigh: e.target.value })}
                  />
                </div>
              </>
            )}
            <button
              type="button"
              className="secondary"
              aria-label={`Remove the ${name} result`}
              onClick={() => update((d) => ({ ...d, labs: d.labs.filter((l) => l.key !== lab.key) }))}
            >
              Remove
            </button>
            <div className="row-errors">
              {["test", "value", "unit", "referenceLow", "referenceHigh", "qualifier", "takenOn"].map((f) => (
                <FieldError key={f} name={at(f)} errors={errors} draft={draft} />
              ))}
              <FieldError name={`visit.labs[${i}]`} errors={errors} draft={draft} />
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => update((d) => ({ ...d, labs: [...d.labs, newLab()] }))}
      >
        Add a lab result
      </button>
    </fieldset>
  );
}
