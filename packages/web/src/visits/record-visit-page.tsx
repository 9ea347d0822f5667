import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { Chart } from "../api/registry-types.ts";
import { useResource } from "../api/use-resource.ts";
import { usePageTitle } from "../app/page-title.ts";
import { patientName } from "../patients/patient-banner.tsx";
import { ErrorSummary } from "./form-errors.tsx";
import { ImagingFields } from "./imaging-fields.tsx";
import { LabRows } from "./lab-rows.tsx";
import { type SavedParts, saveVisit } from "./save-visit.ts";
import { TreatmentRows } from "./treatment-rows.tsx";
import { useVisitForm } from "./use-visit-form.ts";
import { emptyDraft } from "./visit-draft.ts";
import { VisitFields } from "./visit-fields.tsx";
import "./visits.css";

/** Record a visit: scores, labs, an imaging study with its lesions, treatments; one Save. */
export default function RecordVisitPage() {
  const { patientId = "" } = useParams();
  const chart = useResource<Chart>(apiPaths.chart(patientId, 1));
  const data = chart.answer?.data;
  usePageTitle(data ? `Record a visit — ${patientName(data.patient)}` : "Record a visit");
  if (!data) {
    return (
      <main id="main" className="visit-page" tabIndex={-1}>
        <h1>Record a visit</h1>
        <p role={chart.error ? "alert" : "status"}>{chart.error ? problemText(chart.error) : "Loading…"}</p>
      </main>
    );
  }
  return <RecordVisitForm chart={data} patientId={patientId} />;
}

function RecordVisitForm({ chart, patientId }: { chart: Chart; patientId: string }) {
  const navigate = useNavigate();
  const form = useVisitForm(() => emptyDraft(chart.on), true);
  const [saved, setSaved] = useState<SavedParts>({ treatmentIds: {} });
  const [message, setMessage] = useState("");
  const [saving, setSaving] = useState(false);
  const { draft, errors, update } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage("");
    const checked = form.check();
    if (!checked) return;
    setSaving(true);
    const outcome = await saveVisit(patientId, checked, saved);
    setSaving(false);
    setSaved(outcome.saved);
    if (outcome.ok) {
      navigate(`/patients/${patientId}?on=${draft.date}`);
      return;
    }
    setMessage(outcome.message);
    form.refused(outcome.errors);
  };

  const parts = { draft, errors, update };
  return (
    <main id="main" className="visit-page" tabIndex={-1}>
      <h1>Record a visit — {patientName(chart.patient)}</h1>
      <form noValidate onSubmit={submit} aria-describedby="visit-form-help">
        <p id="visit-form-help" className="hint">
          Checked with the same rules as the registry before anything is saved. Empty fields are not recorded.
        </p>
        <ErrorSummary
          ref={form.summary}
          errors={errors}
          draft={draft}
          heading="The visit was not saved: correct these entries"
        />
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <VisitFields {...parts} />
        <LabRows {...parts} />
        <ImagingFields {...parts} recorded={chart.course.imagingStudies} today={chart.on} />
        <TreatmentRows {...parts} />
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save visit"}
          </button>
          <Link to={`/patients/${patientId}`}>Cancel and return to the chart</Link>
        </div>
      </form>
    </main>
  );
}
