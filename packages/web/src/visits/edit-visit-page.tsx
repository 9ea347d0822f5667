import type { Visit } from "@cno-atlas/clinical";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, problemText, sendJson } from "../api/http.ts";
import { useResource } from "../api/use-resource.ts";
import { showDate } from "../app/dates.ts";
import { usePageTitle } from "../app/page-title.ts";
import { ConflictNotice } from "./conflict-notice.tsx";
import { ErrorSummary } from "./form-errors.tsx";
import { LabRows } from "./lab-rows.tsx";
import { useVisitForm } from "./use-visit-form.ts";
import { draftOfVisit } from "./visit-draft.ts";
import { VisitFields } from "./visit-fields.tsx";
import { keyed, visitPatch } from "./visit-payload.ts";
import "./visits.css";

/** Correct a recorded visit (scores and labs). The update carries the version it was read at. */
export default function EditVisitPage() {
  const { patientId = "", visitId = "" } = useParams();
  const visit = useResource<Visit>(apiPaths.visit(patientId, visitId));
  usePageTitle("Correct a visit");
  const answer = visit.answer;
  if (!answer || answer.version === undefined) {
    return (
      <main id="main" className="visit-page" tabIndex={-1}>
        <h1>Correct a visit</h1>
        <p role={visit.error ? "alert" : "status"}>{visit.error ? problemText(visit.error) : "Loading…"}</p>
      </main>
    );
  }
  return (
    <EditVisitForm visit={answer.data} version={answer.version} patientId={patientId} visitId={visitId} />
  );
}

interface FormProps {
  visit: Visit;
  version: number;
  patientId: string;
  visitId: string;
}

function EditVisitForm({ visit, version, patientId, visitId }: FormProps) {
  const navigate = useNavigate();
  const form = useVisitForm(() => draftOfVisit(visit), false);
  const [conflict, setConflict] = useState<{ currentVersion: number | undefined }>();
  const [message, setMessage] = useState("");
  const [saving, setSaving] = useState(false);
  const { draft, errors, update } = form;
  const url = apiPaths.visit(patientId, visitId);

  const save = async (basedOn: number) => {
    setMessage("");
    if (!form.check()) return;
    setSaving(true);
    try {
      await sendJson("PATCH", url, visitPatch(draft), basedOn);
      navigate(`/patients/${patientId}?on=${draft.date}`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        setConflict({ currentVersion: error.problem.currentVersion });
      } else {
        setMessage(problemText(error));
        form.refused(error instanceof ApiProblem ? keyed("visit", error.problem.fields ?? []) : {});
      }
    } finally {
      setSaving(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(version);
  };

  const parts = { draft, errors, update };
  return (
    <main id="main" className="visit-page" tabIndex={-1}>
      <h1>Correct the visit of {showDate(visit.date)}</h1>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          ref={form.summary}
          errors={errors}
          draft={draft}
          heading="The correction was not saved: correct these entries"
        />
        {conflict && (
          <ConflictNotice
            url={url}
            currentVersion={conflict.currentVersion}
            onOverwrite={(v) => void save(v)}
          />
        )}
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <VisitFields {...parts} />
        <LabRows {...parts} />
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save correction"}
          </button>
          <Link to={`/patients/${patientId}`}>Cancel and return to the chart</Link>
        </div>
      </form>
    </main>
  );
}
