import { type DiseaseStatus, MIMIC_GROUP_LABELS, type Reminder } from "@cno-atlas/clinical";
import { distanceBetween, showDate } from "../app/dates.ts";
import "./reminders.css";

const KIND_TEXT: Record<Reminder["kind"], string> = {
  "follow-up-visit": "Follow-up visit",
  "whole-body-mri": "Whole-body MRI",
  "spine-review": "Spine review (vertebral height, fracture surveillance)",
};

/**
 * What is due, from the site's local follow-up template (D10; not a guideline, and said so), and —
 * first — whether a mimic ends or questions CNO follow-up (D11).
 * Overdue is written out, with how long, not only coloured.
 */
/** D11: a mimic confirmed in the work-up ends CNO follow-up; one suspected from a result asks for a decision. */
function MimicNote({ status }: { status: DiseaseStatus | undefined }) {
  const mimic = status?.mimic;
  if (!mimic) return null;
  const groups = mimic.groups.map((g) => MIMIC_GROUP_LABELS[g]).join(", ");
  return mimic.state === "confirmed" ? (
    <p className="mimic-note mimic-note--confirmed" data-mimic="confirmed">
      <strong>Mimic confirmed: {groups}.</strong> This child is not followed as CNO, so there are no CNO
      reminders.
    </p>
  ) : (
    <p className="mimic-note mimic-note--suspected" data-mimic="suspected">
      <strong>Mimic suspected: {groups}</strong> ({mimic.evidence.join("; ")}) — confirm or exclude it in the
      work-up. CNO reminders continue meanwhile.
    </p>
  );
}

export function ReminderList({
  reminders,
  today,
  status,
}: {
  reminders: readonly Reminder[];
  today: string;
  status?: DiseaseStatus;
}) {
  const confirmed = status?.mimic?.state === "confirmed";
  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <MimicNote status={status} />
      {reminders.length === 0 ? (
        !confirmed && <p>Nothing due.</p>
      ) : (
        <ul>
          {reminders.map((r) => (
            <li
              key={r.kind}
              className={r.overdue ? "reminder reminder--overdue" : "reminder"}
              data-reminder={r.kind}
            >
              <p>
                <strong>{KIND_TEXT[r.kind]}</strong> — due {showDate(r.due)}
                {r.overdue ? (
                  <strong className="overdue-tag"> ⚠ overdue by {distanceBetween(r.due, today)}</strong>
                ) : (
                  <span> (in {distanceBetween(today, r.due)})</span>
                )}
              </p>
              <p className="reminder-reason">
                {r.reason}{" "}
                <span className="reminder-source">
                  · {r.source === "local-template" ? "local template" : r.source}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
