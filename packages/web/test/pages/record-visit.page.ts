import type { Page } from "playwright-core";

/** The visit form: scores, labs, imaging with lesions clicked on the skeleton, treatments. */
export class RecordVisitPage {
  constructor(readonly page: Page) {}

  async score(label: "Pain (NRS 0–10)" | "Physician global (0–10)" | "Patient global (0–10)", value: string) {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** Adds a lab row and fills it; returns the row's index. */
  async addLab(testName: string, value: string): Promise<void> {
    await this.page.getByRole("button", { name: "Add a lab result" }).click();
    const row = this.page.locator(".lab-row").last();
    await row.getByLabel("Test", { exact: true }).selectOption({ label: testName });
    await row.getByLabel(`${testName} value`).fill(value);
  }

  labValue = (testName: string) => this.page.getByLabel(`${testName} value`);
  unitChoices = (testName: string) =>
    this.page.getByLabel(`${testName} unit`).locator("option").allTextContents();

  async chooseModality(label: string): Promise<void> {
    await this.page.getByLabel("Imaging modality").selectOption({ label });
  }

  /** Clicks a bone on the form's skeleton, as the clinician does with the mouse. */
  async clickBone(site: string, side?: string): Promise<void> {
    await this.page
      .locator(`.imaging-map svg .bone[data-site="${site}"]${side ? `[data-side="${side}"]` : ""}`)
      .click();
  }

  previewStatus = (site: string, side?: string) =>
    this.page
      .locator(`.imaging-map svg .bone[data-site="${site}"]${side ? `[data-side="${side}"]` : ""}`)
      .getAttribute("data-status");

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save visit" }).click();
  }

  fieldError = (text: string | RegExp) => this.page.locator(".field-error", { hasText: text });
  summary = () => this.page.locator(".error-summary");
}
