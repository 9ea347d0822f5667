import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReminderList } from "./reminder-list.tsx";

describe("reminders", () => {
  it("writes overdue out in words, with how long, and names the local template", () => {
    const markup = renderToStaticMarkup(
      <ReminderList
        today="2024-06-01"
        reminders={[
          {
            kind: "follow-up-visit",
            due: "2024-03-01",
            overdue: true,
            reason: "3-monthly review",
            source: "local-template",
          },
          {
            kind: "whole-body-mri",
            due: "2024-09-01",
            overdue: false,
            reason: "12 months after",
            source: "local-template",
          },
        ]}
      />,
    );
    expect(markup).toContain("overdue by 3 months");
    expect(markup).toContain("(in 3 months)");
    expect(markup).toContain("local template");
    expect(markup.match(/reminder--overdue/g)).toHaveLength(1);
  });
});
