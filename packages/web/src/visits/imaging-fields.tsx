import { type ImagingStudy, MODALITIES, type Side } from "@cno-atlas/clinical";
import { useMemo, useState } from "react";
import { siteName } from "../lesions/site-status.ts";
import { type SelectedSite, SkeletonMap } from "../lesions/skeleton-map.tsx";
import { FieldError, fieldProps } from "./form-errors.tsx";
import { previewStatuses } from "./imaging-preview.ts";
import { LesionRow } from "./lesion-row.tsx";
import { type ImagingDraft, type LesionDraft, newLesion } from "./visit-draft.ts";
import type { PartProps } from "./visit-fields.tsx";

const MODALITY_TEXT: Record<string, string> = {
  "whole-body-mri": "Whole-body MRI",
  "mri-stir": "MRI, fluid-sensitive (STIR / T2 fat-sat)",
  "x-ray": "X-ray",
  ct: "CT",
  "bone-scan": "Bone scan",
  clinical: "Clinical (no imaging)",
};

const WHOLE_BODY: ReadonlySet<string> = new Set(["whole-body-mri", "bone-scan"]);

interface Props extends PartProps {
  recorded: readonly ImagingStudy[];
  today: string;
}

/**
 * An imaging study at this visit: its modality, then its lesions by clicking the skeleton (or the
 * bone list under it). The map previews the statuses the core will derive once it is saved.
 */
export function ImagingFields({ draft, errors, update, recorded, today }: Props) {
  const { imaging } = draft;
  const [selected, setSelected] = useState<SelectedSite | undefined>();
  const [said, setSaid] = useState("");
  const statuses = useMemo(
    () => previewStatuses(recorded, imaging, draft.date, today),
    [recorded, imaging, draft.date, today],
  );
  const set = (patch: Partial<ImagingDraft>) =>
    update((d) => ({ ...d, imaging: { ...d.imaging, ...patch } }));
  const setLesion = (key: string, patch: Partial<LesionDraft>) =>
    set({ lesions: imaging.lesions.map((l) => (l.key === key ? { ...l, ...patch } : l)) });
  const addBone = (site: string, side: Side | undefined) => {
    setSelected({ site, side });
    const name = siteName(site, side);
    if (imaging.lesions.some((l) => l.site === site && l.side === side)) {
      setSaid(`${name} is already in this study.`);
      return;
    }
    set({ lesions: [...imaging.lesions, newLesion(site, side)] });
    setSaid(`${name} added to the study as lesion ${imaging.lesions.length + 1}.`);
  };
  const modality = fieldProps("imaging.modality", errors);
  const date = fieldProps("imaging.date", errors);
  return (
    <fieldset className="form-part imaging-part">
      <legend>Imaging and lesions</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={modality.id}>Imaging modality</label>
          <select
            {...modality}
            value={imaging.modality}
            onChange={(e) => {
              const next = e.target.value as ImagingDraft["modality"];
              set({ modality: next, wholeBody: WHOLE_BODY.has(next) });
            }}
          >
            <option value="">No imaging at this visit</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {MODALITY_TEXT[m] ?? m}
              </option>
            ))}
          </select>
          <FieldError name="imaging.modality" errors={errors} draft={draft} />
        </div>
        <div className="field">
          <label htmlFor={date.id}>Study date (empty: the visit's)</label>
          <input {...date} type="date" value={imaging.date} onChange={(e) => set({ date: e.target.value })} />
          <FieldError name="imaging.date" errors={errors} draft={draft} />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={imaging.wholeBody}
            disabled={imaging.modality === ""}
            onChange={(e) => set({ wholeBody: e.target.checked })}
          />
          Whole-body study
        </label>
      </div>
      {imaging.wholeBody && (
        <p className="hint">
          A whole-body study lists every lesion: a bone with a lesion before that is not clicked here will be
          recorded as resolved (the map shows it).
        </p>
      )}
      {imaging.modality !== "" && imaging.lesions.length === 0 && (
        <p className="hint">No lesion clicked: the study is saved as negative (no lesion seen).</p>
      )}
      <div className="imaging-grid">
        <div className="imaging-map">
          <p className="hint" id="imaging-map-help">
            Click a bone (or choose it under the map) to add a lesion. The colours preview the map after
            saving.
          </p>
          <SkeletonMap statusBySiteSide={statuses} onSelect={addBone} selected={selected} />
          <p className="visually-hidden" aria-live="polite">
            {said}
          </p>
        </div>
        <ol className="lesion-rows" aria-label="Lesions in this study">
          {imaging.lesions.map((lesion, i) => (
            <LesionRow
              key={lesion.key}
              lesion={lesion}
              index={i}
              draft={draft}
              errors={errors}
              change={(patch) => setLesion(lesion.key, patch)}
              remove={() => set({ lesions: imaging.lesions.filter((l) => l.key !== lesion.key) })}
            />
          ))}
        </ol>
      </div>
    </fieldset>
  );
}
