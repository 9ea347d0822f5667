import type { Page } from "playwright-core";

/** The administrator's audit log: filters, the entries table, paging and the CSV link. */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  rows = () => this.page.locator(".audit-table tbody tr");
  csvLink = () => this.page.getByRole("link", { name: "Download these entries as CSV" });

  /** Waits until the page says how many entries it shows, and returns that number. */
  async shown(): Promise<number> {
    const status = this.page.locator(".list-status").filter({ hasText: /^\d+ entr(y|ies) shown/ });
    await status.waitFor();
    return Number.parseInt((await status.textContent()) ?? "", 10);
  }

  async filter(label: string, value: string): Promise<void> {
    const box = this.page.getByLabel(label);
    if ((await box.evaluate((e) => e.tagName)) === "SELECT") await box.selectOption(value);
    else await box.fill(value);
    await this.page.getByRole("button", { name: "Apply filters" }).click();
  }

  /** The values of one column (by its heading's position) over the rows shown. */
  async column(index: number): Promise<string[]> {
    return this.rows()
      .locator(`:is(th, td):nth-child(${index + 1})`)
      .allInnerTexts();
  }
}
