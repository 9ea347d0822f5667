import type { Page } from "playwright-core";

/** The patient list, as a clinician uses it: search, filters, and the keyboard to open a chart. */
export class PatientListPage {
  constructor(readonly page: Page) {}

  searchBox = () => this.page.getByLabel("Search by name, MRN or record id");
  status = () => this.page.locator(".list-status");
  rows = () => this.page.locator(".patient-table tbody tr");

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
    await this.searchBox().press("Enter");
  }

  /** Waits until the list says how many it found, and returns that number. */
  async found(expected: number): Promise<void> {
    await this.status()
      .filter({ hasText: new RegExp(`^${expected} patients? found$`) })
      .waitFor();
  }

  async filter(label: "Active disease" | "On treatment" | "Follow-up overdue", value: "Yes" | "No" | "Any") {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: value });
  }

  /** Tab to the patient's name and press Enter, as a keyboard user opens a chart. */
  async openWithKeyboard(name: string): Promise<void> {
    const link = this.page.getByRole("link", { name });
    await link.focus();
    await this.page.keyboard.press("Enter");
    await this.page.waitForURL(/\/patients\/[0-9a-f-]+$/);
  }
}
