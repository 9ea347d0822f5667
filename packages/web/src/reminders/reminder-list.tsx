import type { Reminder } from "@cno-atlas/clinical";
import { distanceBetween, showDate } from "../app/dates.ts";
import "./reminders.css";

const KIND_TEXT: Record<Reminder["kind"], string> = {
  "follow-up-visit": "Follow-up visit",
  "whole-body-mri": "Whole-body MRI",
  "spine-review": "Spine review (vertebral height, fracture surveillance)",
};

/**
 * What is due, from the site's local follow-up template (D10; not a guideline, and said so).
 * Overdue is written out, with how long, not only coloured.
 */
export function ReminderList({ reminders, today }: { reminders: readonly Reminder[]; today: string }) {
  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      {reminders.length === 0 ? (
        <p>Nothing due.</p>
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
