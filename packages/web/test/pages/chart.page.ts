import type { Page } from "playwright-core";

/** The chart: map, replay, timeline, criteria, reminders, visits. */
export class ChartPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.locator('main[data-chart-ready="true"]').waitFor();
    await this.page.locator(".timeline-measures .recharts-surface, .timeline-empty").first().waitFor();
  }

  bone = (site: string, side?: string) =>
    this.page.locator(`.chart-map svg .bone[data-site="${site}"]${side ? `[data-side="${side}"]` : ""}`);

  async boneStatus(site: string, side?: string): Promise<string | null> {
    return this.bone(site, side).getAttribute("data-status");
  }

  /** data-status of every drawn bone, keyed "site:side". */
  async mapStatuses(): Promise<Record<string, string>> {
    return this.page.$$eval(".chart-map svg .bone", (els) =>
      Object.fromEntries(
        els.map((e) => [
          `${e.getAttribute("data-site")}:${e.getAttribute("data-side") ?? ""}`,
          e.getAttribute("data-status") ?? "",
        ]),
      ),
    );
  }

  mapDate = () => this.page.locator('[data-field="map-date"]');
  instrumentTitles = () => this.page.locator(".criteria-panel article[data-instrument] h4").allTextContents();
  redFlagsHeading = () => this.page.locator("#red-flags-title");
  assessmentDate = () => this.page.locator(".assessment-date");
  reminders = () => this.page.locator(".reminders li");

  async pickMapDate(optionText: RegExp | string): Promise<void> {
    const select = this.page.getByLabel("Visit or study");
    const options = await select.locator("option").allTextContents();
    const label = options.find((o) =>
      typeof optionText === "string" ? o.includes(optionText) : optionText.test(o),
    );
    if (!label) throw new Error(`no map date option matches ${optionText}: ${options.join(" | ")}`);
    await select.selectOption({ label });
  }

  /** The timeline's table row of a visit date (the numbers the chart draws). */
  timelineRow = (date: string) => this.page.locator(`table[data-table="visits"] tr[data-date="${date}"]`);
  /** Drawn visit and flare markers (a row without a visit has an empty symbol group). */
  visitMarkers = () => this.page.locator(".timeline-measures .recharts-scatter-symbol path.recharts-symbols");

  async openRecordVisit(): Promise<void> {
    await this.page.getByRole("link", { name: "Record a visit" }).click();
    await this.page.getByRole("heading", { name: /^Record a visit/ }).waitFor();
  }
}
