import { allowedParts, IMAGING_FINDINGS, type ImagingFinding, LONG_BONES } from "@cno-atlas/clinical";
import { siteName } from "../lesions/site-status.ts";
import { FieldError, fieldProps } from "./form-errors.tsx";
import type { LesionDraft, VisitDraft } from "./visit-draft.ts";
import type { FieldErrors } from "./visit-payload.ts";

interface Props {
  lesion: LesionDraft;
  index: number;
  draft: VisitDraft;
  errors: FieldErrors;
  change: (patch: Partial<LesionDraft>) => void;
  remove: () => void;
}

const words = (id: string) => id.replace(/-/g, " ");

function Choice(props: {
  name: string;
  label: string;
  value: string;
  options: readonly string[];
  empty: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
}) {
  const field = fieldProps(props.name, props.errors);
  return (
    <div className="field">
      <label htmlFor={field.id}>{props.label}</label>
      <select {...field} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.empty}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One lesion of the study, added by clicking its bone: where on the bone (segment and end for long
 * bones, part for vertebrae and the clavicle, D3), the findings, and a status only when the reader
 * called it improved or worsened (the core derives new, stable and resolved).
 */
export function LesionRow({ lesion, index, draft, errors, change, remove }: Props) {
  const at = (field: string) => `imaging.lesions[${index}].${field}`;
  const name = siteName(lesion.site, lesion.side);
  const parts = allowedParts(lesion.site);
  const toggle = (finding: ImagingFinding, on: boolean) =>
    change({ findings: on ? [...lesion.findings, finding] : lesion.findings.filter((f) => f !== finding) });
  return (
    <li className="lesion-row" data-site={lesion.site} data-side={lesion.side ?? ""}>
      <h4>{name}</h4>
      <div className="field-row">
        {LONG_BONES.has(lesion.site) && (
          <>
            <Choice
              name={at("segment")}
              label={`${name} segment`}
              value={lesion.segment}
              options={["epiphysis", "metaphysis", "diaphysis"]}
              empty="not given"
              errors={errors}
              onChange={(segment) => change({ segment })}
            />
            <Choice
              name={at("end")}
              label={`${name} end`}
              value={lesion.end}
              options={["proximal", "distal"]}
              empty="not given"
              errors={errors}
              onChange={(end) => change({ end })}
            />
          </>
        )}
        {parts.length > 0 && (
          <Choice
            name={at("part")}
            label={`${name} part`}
            value={lesion.part}
            options={parts}
            empty="not given"
            errors={errors}
            onChange={(part) => change({ part })}
          />
        )}
        <Choice
          name={at("status")}
          label="Reader's change"
          value={lesion.status}
          options={["persistent-improved", "persistent-worsened"]}
          empty="none (derived)"
          errors={errors}
          onChange={(status) => change({ status: status as LesionDraft["status"] })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={lesion.symptomatic}
            onChange={(e) => change({ symptomatic: e.target.checked })}
          />
          Symptomatic
        </label>
        <button
          type="button"
          className="secondary"
          aria-label={`Remove ${name} from the study`}
          onClick={remove}
        >
          Remove
        </button>
      </div>
      <details className="findings">
        <summary>
          Findings at {name} ({lesion.findings.length ? lesion.findings.map(words).join(", ") : "none chosen"}
          )
        </summary>
        <fieldset>
          <legend className="visually-hidden">Findings at {name}</legend>
          {IMAGING_FINDINGS.map((f) => (
            <label key={f} className="check">
              <input
                type="checkbox"
                checked={lesion.findings.includes(f)}
                onChange={(e) => toggle(f, e.target.checked)}
              />
              {words(f)}
            </label>
          ))}
        </fieldset>
      </details>
      {["segment", "end", "part", "status", "side", "site", "findings"].map((f) => (
        <FieldError key={f} name={at(f)} errors={errors} draft={draft} />
      ))}
    </li>
  );
}
