import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoIdentifiers, identifiersIn } from "../commands/identifiers.ts";
import { demoPatients } from "../commands/patient-commands.ts";
import { RegistryClient } from "../commands/registry-client.ts";
import { fetchInPage, navigationLinks, openApp, signedInRole } from "../pages/app.page.ts";
import { ResearchPage } from "../pages/research.page.ts";
import { fixture } from "../support/chart-fixture.ts";

/** Everything the page holds: its visible text, its title, and its whole HTML (attributes too). */
async function everything(page: Page): Promise<string> {
  const text = await page.evaluate(() => `${document.title}\n${document.body.textContent}`);
  return `${text}\n${await page.content()}`;
}

const EXPORT_HEADERS: Record<string, string> = {
  encounters: "patient,visit,day,",
  lesions: "patient,study,",
  labs: "patient,visit,day,test,",
  treatments: "patient,treatment,",
  pros: "patient,visit,day,measure,",
  evaluations: "patient,evaluation,",
  dictionary: "entity,column,type,unit,meaning",
};

describe("the researcher's view", () => {
  it("lands on the research view and shows no name, MRN, birth date or record id anywhere", async () => {
    const { browser, url, accounts, api, credentials } = fixture();
    const researcher = accounts.researcher;
    if (!researcher) throw new Error("serve printed no demo accounts: sign-in is required for this test");
    const identifiers = await demoIdentifiers(api);
    // The check can fail: on the clinician's list the same search finds every name and MRN.
    const clinic = await openApp(browser, url, credentials);
    try {
      await clinic.page.locator(".patient-table").waitFor();
      const onList = identifiersIn(await everything(clinic.page), identifiers);
      expect(onList).toEqual(
        expect.arrayContaining(identifiers.filter((i) => i.startsWith("Synthetic Patient 0"))),
      );
      expect(onList.length).toBeGreaterThan(identifiers.length / 2);
    } finally {
      await clinic.close();
    }
    const asResearcher = new RegistryClient(url);
    await asResearcher.signIn(researcher);
    const total = (await asResearcher.get<{ total: number }>("/api/research/patients")).total;
    const { page, problems, close } = await openApp(browser, url, researcher);
    try {
      const research = new ResearchPage(page);
      expect(await research.ready()).toBe(total);
      expect(new URL(page.url()).pathname).toBe("/research");
      expect(await signedInRole(page)).toBe("researcher");
      // Only the research view is offered: no patient list, no chart, no administration.
      expect(await navigationLinks(page)).toEqual(["Research view"]);
      expect(identifiersIn(await everything(page), identifiers)).toEqual([]);

      const [first] = await research.pseudonyms();
      if (!first) throw new Error("the research view lists no pseudonym");
      await research.open(first);
      expect(identifiersIn(await everything(page), identifiers)).toEqual([]);

      // A chart address typed by hand opens no chart (and asks the API nothing about the patient).
      const patient = (await demoPatients(api))[0];
      await page.goto(`${url}/patients/${patient?.id}`);
      await page.getByRole("heading", { level: 1, name: "Not available to your role" }).waitFor();
      expect(identifiersIn(await everything(page), identifiers)).toEqual([]);
      await page.goto(`${url}/`);
      await research.ready();
      expect(new URL(page.url()).pathname).toBe("/research");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it("downloads the pseudonymized export as CSV from the links", async () => {
    const { browser, url, accounts, api } = fixture();
    const researcher = accounts.researcher;
    if (!researcher) throw new Error("serve printed no demo accounts: sign-in is required for this test");
    const identifiers = await demoIdentifiers(api);
    const { page, problems, close } = await openApp(browser, url, researcher, "/research");
    try {
      const research = new ResearchPage(page);
      await research.ready();
      const patients = await research.download("patients");
      expect(patients.name).toBe("patients.csv");
      expect(patients.text.split(/\r?\n/)[0]).toMatch(/^patient,site,anchor,sex,/);
      expect(identifiersIn(patients.text, identifiers)).toEqual([]);
      // Every other link, fetched with the page's own session as the browser would download it.
      for (const [file, header] of Object.entries(EXPORT_HEADERS)) {
        const href = await research.exportLink(file).getAttribute("href");
        const answer = await fetchInPage(page, href ?? "");
        expect({ file, status: answer.status, type: answer.type }).toEqual({
          file,
          status: 200,
          type: "text/csv; charset=utf-8",
        });
        expect(answer.firstLine.startsWith(header), `${file}.csv header: ${answer.firstLine}`).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
