import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { PatientSummary } from "../api/role-types.ts";
import { useResource } from "../api/use-resource.ts";
import { showDate } from "../app/dates.ts";
import { usePageTitle } from "../app/page-title.ts";
import { ReminderList } from "../reminders/reminder-list.tsx";
import { useSession } from "../session/session-context.ts";
import "./own-summary.css";

const words = (code: string) => code.replaceAll("-", " ");

/**
 * A patient account's own summary: visits, treatments, where the lesions are now and what is due.
 * No scores or red flags (the API leaves them out): they need a clinician to read them.
 */
export default function OwnSummaryPage() {
  usePageTitle("My summary");
  const { session } = useSession();
  const patientId = session?.patientId ?? null;
  const summary = useResource<PatientSummary>(patientId ? apiPaths.summary(patientId) : null);
  const data = summary.answer?.data;
  return (
    <main id="main" className="own-summary" tabIndex={-1}>
      <h1>My summary</h1>
      {!patientId && <p role="alert">This account is not linked to a patient record. Ask the clinic.</p>}
      {summary.error !== undefined && (
        <p role="alert">Your summary could not be loaded: {problemText(summary.error)}</p>
      )}
      {patientId && !data && !summary.error && <p role="status">Loading your summary…</p>}
      {data && (
        <>
          <p className="summary-on">As of {showDate(data.on)}. Ask your clinic team about anything here.</p>
          <section aria-labelledby="lesions-title">
            <h2 id="lesions-title">Where the bone inflammation is now</h2>
            {data.currentLesions.length === 0 ? (
              <p>No active sites recorded.</p>
            ) : (
              <ul>
                {data.currentLesions.map((l) => (
                  <li key={`${l.site}-${l.side}`}>
                    {words(l.site)}
                    {l.side ? ` (${l.side})` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="treatments-title">
            <h2 id="treatments-title">Treatments</h2>
            {data.treatments.length === 0 ? (
              <p>No treatment recorded.</p>
            ) : (
              <ul>
                {data.treatments.map((t) => (
                  <li key={`${t.drug}-${t.start}`}>
                    <strong>{t.drug}</strong> ({words(t.drugClass)}) — from {showDate(t.start)}
                    {t.stop ? ` to ${showDate(t.stop)}` : ", ongoing"}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="visits-title">
            <h2 id="visits-title">Visits</h2>
            <table className="summary-visits">
              <caption className="visually-hidden">Your visits</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Visit</th>
                  <th scope="col">Pain (0–10)</th>
                </tr>
              </thead>
              <tbody>
                {data.visits.map((v) => (
                  <tr key={`${v.date}-${v.kind}`}>
                    <th scope="row">{showDate(v.date)}</th>
                    <td>{words(v.kind)}</td>
                    <td>{v.painNrs ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ReminderList reminders={data.reminders} today={data.on} />
        </>
      )}
    </main>
  );
}
