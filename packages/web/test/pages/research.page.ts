import type { Page } from "playwright-core";

/** The researcher's view: consenting patients by pseudonym, and the export's download links. */
export class ResearchPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole("heading", { level: 1, name: "Research view" });
  rows = () => this.page.locator(".research-table tbody tr");
  exportLink = (file: string) => this.page.locator(`.export-links a[data-export="${file}"]`);

  /** Waits until the list has said how many consenting patients there are, and returns that number. */
  async ready(): Promise<number> {
    await this.heading().waitFor();
    const status = this.page.locator(".list-status").filter({ hasText: /^\d+ consenting patients?$/ });
    await status.waitFor();
    return Number.parseInt((await status.textContent()) ?? "", 10);
  }

  /** Every pseudonym listed (the row headers' links). */
  pseudonyms = (): Promise<string[]> => this.page.locator(".research-table tbody th a").allInnerTexts();

  async open(pseudonym: string): Promise<void> {
    await this.page.getByRole("link", { name: pseudonym, exact: true }).click();
    await this.page.getByRole("heading", { level: 1, name: `Pseudonym ${pseudonym}` }).waitFor();
    await this.page.locator(".research-entity").first().waitFor();
  }

  /** Clicks an export link and returns the downloaded file's name and text. */
  async download(file: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportLink(file).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }
}
