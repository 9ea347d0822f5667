import type { LesionHistory, Side } from "@cno-atlas/clinical";
import { isPaired } from "@cno-atlas/clinical";
import { onOrBefore, showDate } from "../app/dates.ts";
import { siteName, statusText } from "./site-status.ts";
import type { SelectedSite } from "./skeleton-map.tsx";

/** Histories that belong to the selected bone: an unpaired site is one bone whatever side (D2). */
export function historiesFor(histories: readonly LesionHistory[], site: string, side: Side | undefined) {
  return histories.filter((h) => h.site === site && (!isPaired(site) || h.side === side));
}

/**
 * The selected bone's lesion history: each study's date, modality, status and findings. With a map
 * date, rows after it stay listed (the whole story) but say that they come later.
 */
export function LesionHistoryView({
  histories,
  selected,
  mapDate,
}: {
  histories: readonly LesionHistory[];
  selected: SelectedSite | undefined;
  mapDate?: string;
}) {
  if (!selected) return <p className="history-hint">Select a bone to see its lesion history.</p>;
  const mine = historiesFor(histories, selected.site, selected.side);
  const name = siteName(selected.site, selected.side);
  return (
    <section className="lesion-history" aria-live="polite" aria-labelledby="lesion-history-title">
      <h3 id="lesion-history-title">{name}</h3>
      {mine.length === 0 && <p>No lesion recorded at this bone.</p>}
      {mine.map((history) => (
        <table key={`${history.site}:${history.side ?? ""}`} className="history-table">
          <caption>
            {siteName(history.site, history.side)}
            {!isPaired(history.site) && history.side ? ` (${history.side})` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Study</th>
              <th scope="col">Status</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((entry) => (
              <tr
                key={`${entry.date}-${entry.studyModality}-${entry.status}`}
                className={mapDate && !onOrBefore(entry.date, mapDate) ? "after-map-date" : undefined}
              >
                <td>
                  {showDate(entry.date)}
                  {mapDate && !onOrBefore(entry.date, mapDate) && (
                    <span className="later"> (after the map date)</span>
                  )}
                </td>
                <td>{entry.studyModality}</td>
                <td>
                  {statusText(entry.status)}
                  {entry.evidence && <span className="status-evidence"> ({entry.evidence})</span>}
                </td>
                <td>{entry.findings.join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
