import { type FormEvent, useEffect, useId, useState } from "react";
import type { Site } from "../api/registry-types.ts";
import { useSettled } from "../api/use-resource.ts";
import { FLAGS, SORTS } from "./list-query.ts";

interface Props {
  params: URLSearchParams;
  sites: readonly Site[];
  onChange: (name: string, value: string) => void;
}

/**
 * Search and filters, in reading order: search first (focused on arrival), then site, the yes/no
 * filters and the sort. Typing searches once the clinician pauses; Enter searches at once.
 */
export function PatientFilters({ params, sites, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(params.get("q") ?? "");
  const settled = useSettled(text, 300);
  const current = params.get("q") ?? "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text searches
  useEffect(() => {
    if (settled.trim() !== current.trim()) onChange("q", settled.trim());
  }, [settled]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange("q", text.trim());
  };
  return (
    <search aria-label="Find a patient">
      <form className="patient-filters" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor={`${id}-q`}>Search by name, MRN or record id</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: finding a patient is the one task of this page
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-site`}>Site</label>
          <select
            id={`${id}-site`}
            value={params.get("site") ?? ""}
            onChange={(e) => onChange("site", e.target.value)}
          >
            <option value="">All my sites</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
        {FLAGS.map(({ param, label }) => (
          <div className="field" key={param}>
            <label htmlFor={`${id}-${param}`}>{label}</label>
            <select
              id={`${id}-${param}`}
              value={params.get(param) ?? ""}
              onChange={(e) => onChange(param, e.target.value)}
            >
              <option value="">Any</option>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select
            id={`${id}-sort`}
            value={params.get("sort") ?? "name"}
            onChange={(e) => onChange("sort", e.target.value)}
          >
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.text}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
