import type { Visit } from "@cno-atlas/clinical";
import { useState } from "react";
import { getJson, problemText } from "../api/http.ts";
import { showDate } from "../app/dates.ts";
import { labName, unitText } from "./lab-vocabulary.ts";

interface Props {
  url: string;
  /** Save the clinician's entries again, on top of the version now stored. */
  onOverwrite: (version: number) => void;
  currentVersion: number | undefined;
}

const show = (v: number | undefined) => (v === undefined ? "—" : String(v));

/**
 * A stale write (409): someone saved this visit after it was opened. The form keeps what was typed;
 * the clinician can look at their version and then save over it knowingly, or reload.
 */
export function ConflictNotice({ url, onOverwrite, currentVersion }: Props) {
  const [theirs, setTheirs] = useState<{ visit: Visit; version: number | undefined }>();
  const [error, setError] = useState("");
  const load = () =>
    getJson<Visit>(url)
      .then((a) => setTheirs({ visit: a.data, version: a.version }))
      .catch((e: unknown) => setError(problemText(e)));
  const version = theirs?.version ?? currentVersion;
  return (
    <div className="conflict" role="alert" data-conflict="true">
      <p>
        <strong>Someone else changed this record; your entries are kept; reload to see their change.</strong>
      </p>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={load}>
          Show their version
        </button>
        {version !== undefined && (
          <button type="button" onClick={() => onOverwrite(version)}>
            Save my entries over their version
          </button>
        )}
        <a href={window.location.pathname}>Reload (discards my entries)</a>
      </div>
      {error && <p className="form-error">{error}</p>}
      {theirs && (
        <dl className="their-version" aria-label="Their version">
          <div>
            <dt>Date</dt>
            <dd>{showDate(theirs.visit.date)}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{theirs.visit.kind}</dd>
          </div>
          <div>
            <dt>Pain</dt>
            <dd data-field="their-pain">{show(theirs.visit.painNrs)}</dd>
          </div>
          <div>
            <dt>Physician global</dt>
            <dd>{show(theirs.visit.physicianGlobal)}</dd>
          </div>
          <div>
            <dt>Patient global</dt>
            <dd>{show(theirs.visit.patientGlobal)}</dd>
          </div>
          <div>
            <dt>Labs</dt>
            <dd>
              {(theirs.visit.labs ?? [])
                .map(
                  (l) =>
                    `${labName(l.test)} ${String(l.value ?? l.interpretation ?? "")} ${unitText(l.unit ?? "")}`,
                )
                .join("; ") || "—"}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
