import { describe, expect, it } from "vitest";
import { demoPatients } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { PatientListPage } from "../pages/patient-list.page.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("find a patient", () => {
  it("searches the demo by name, filters, and opens the chart with the keyboard", async () => {
    const { browser, url, credentials, api } = fixture();
    const all = await demoPatients(api);
    expect(all.length).toBe(8);
    const { page, problems, close } = await openApp(browser, url, credentials);
    try {
      const list = new PatientListPage(page);
      await list.found(8);
      // The search box has focus on arrival: the clinician can type at once.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");

      await list.search("Patient 00003");
      await list.found(1);
      expect(await list.rows().count()).toBe(1);

      // A record id fragment finds the same patient (search by pseudonym/id).
      const third = all.find((p) => p.name === "Synthetic Patient 00003");
      await list.search(third?.id.slice(-12) ?? "missing");
      await list.found(1);

      await list.search("");
      await list.filter("Active disease", "Yes");
      const active = (await api.get<{ total: number }>("/api/patients?active=true")).total;
      await list.found(active);
      await list.filter("Active disease", "Any");
      await list.found(8);

      await list.search("Synthetic Patient 00003");
      await list.found(1);
      await list.openWithKeyboard("Synthetic Patient 00003");
      await page.getByRole("heading", { level: 1, name: "Synthetic Patient 00003" }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
