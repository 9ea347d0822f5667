import { format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { chartOf, demoPatients, type LesionHistory } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { fixture } from "../support/chart-fixture.ts";

/** Each bone's status on a date, from the API's lesion histories (D3 worst status): what the map must show. */
function expectedStatuses(histories: LesionHistory[], on: string) {
  const order = ["new", "persistent-worsened", "persistent-stable", "persistent-improved", "resolved"];
  const out: Record<string, string> = {};
  for (const h of histories) {
    const last = h.entries.filter((e) => e.date <= on).at(-1);
    if (!last) continue;
    const key = `${h.site}:${h.side ?? ""}`;
    const before = out[key];
    if (!before || order.indexOf(last.status) < order.indexOf(before)) out[key] = last.status;
  }
  return out;
}

describe("read the chart", () => {
  it("shows the criteria with red flags first, reminders, and replays the lesions over time", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00001");
    if (!patient) throw new Error("demo patient 00001 missing");
    const chart = await chartOf(api, patient.id);
    const { page, problems, close } = await openApp(browser, url, credentials, `/patients/${patient.id}`);
    try {
      const view = new ChartPage(page);
      await view.ready();

      // Criteria: every instrument by name, red flags before them, a severity in words.
      const titles = await view.instrumentTitles();
      expect(titles.some((t) => /Jansson/.test(t))).toBe(true);
      expect(titles.some((t) => /Bristol/.test(t))).toBe(true);
      expect(await view.redFlagsHeading().textContent()).toMatch(/^Red flags \(\d+\)$/);
      await page.locator('.red-flag[data-severity="high"] .severity-tag').first().waitFor();
      expect(
        await page.locator(".red-flags").evaluate((flags) => {
          const instruments = document.querySelector(".instruments");
          return instruments
            ? Boolean(flags.compareDocumentPosition(instruments) & Node.DOCUMENT_POSITION_FOLLOWING)
            : false;
        }),
      ).toBe(true);

      // Malignancy confirmed in the work-up (D11): not followed as CNO, so no CNO reminders, and said so.
      expect(chart.assessment.status.mimic?.state).toBe("confirmed");
      expect(await view.reminders().count()).toBe(0);
      expect(await page.locator('.reminders [data-mimic="confirmed"]').textContent()).toMatch(
        /Mimic confirmed: malignancy.*not followed as CNO/,
      );

      // The map as of today equals the API's histories; then as of the first study.
      const drawn = await view.mapStatuses();
      for (const [key, status] of Object.entries(expectedStatuses(chart.lesionHistories, chart.on))) {
        expect(drawn[key], key).toBe(status);
      }
      const first = chart.lesionHistories.flatMap((h) => h.entries.map((e) => e.date)).sort()[0] ?? chart.on;
      await view.page.getByLabel("Visit or study").selectOption({ value: first });
      const shown = format(parseISO(first), "d MMM yyyy");
      await view
        .assessmentDate()
        .filter({ hasText: `Assessment as of ${shown},` })
        .waitFor();
      expect(await view.mapDate().textContent()).toBe(shown);
      const then = await view.mapStatuses();
      for (const [key, status] of Object.entries(expectedStatuses(chart.lesionHistories, first))) {
        expect(then[key], key).toBe(status);
      }

      // Clicking a bone with a lesion opens its history.
      const [site, side] = Object.keys(expectedStatuses(chart.lesionHistories, first))[0]?.split(":") ?? [];
      await view
        .bone(site ?? "", side || undefined)
        .first()
        .click();
      await page.locator(".lesion-history table.history-table").first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("lists the reminders of a child followed as CNO, none years overdue (demo generated as of today)", async () => {
    const { browser, url, credentials, api } = fixture();
    const patients = await demoPatients(api);
    const charts = await Promise.all(patients.map((p) => chartOf(api, p.id)));
    const index = charts.findIndex((c) => c.assessment.status.mimic === null);
    const patient = patients[index];
    if (!patient) throw new Error("no demo patient without a mimic");
    const { page, problems, close } = await openApp(browser, url, credentials, `/patients/${patient.id}`);
    try {
      const view = new ChartPage(page);
      await view.ready();
      expect(await view.reminders().count()).toBe(3);
      const text = (await view.reminders().allTextContents()).join(" ");
      // Overdue is written in words when it applies; a demo dated in the future would read "overdue by 4 years".
      expect(text).toMatch(/due \d/);
      expect(text).not.toMatch(/overdue by \d+ years/);
      // Nothing in the demo lies after today.
      const dates = (charts[index]?.course.visits ?? []).map((v) => v.date);
      expect(dates.filter((d) => d > (charts[index]?.on ?? ""))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("still opens the in-browser demo (the core alone, no registry data)", async () => {
    const { browser, url, credentials } = fixture();
    const { page, problems, close } = await openApp(browser, url, credentials, "/demo");
    try {
      await page.getByRole("heading", { name: "Demo: skeleton lesion map" }).waitFor();
      expect(
        await page.locator('.bone[data-site="tibia"][data-side="left"]').getAttribute("data-status"),
      ).toBe("new");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
