import { describe, expect, it } from "vitest";
import { demoPatients, visitCount } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { RecordVisitPage } from "../pages/record-visit.page.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("the session ends while a visit is being typed", () => {
  it("asks to sign in over the form, keeps the entries, and saves once signed in again", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00007");
    if (!patient || !credentials) throw new Error("demo patient 00007 missing");
    const before = await visitCount(api, patient.id);
    const { page, problems, close } = await openApp(
      browser,
      url,
      credentials,
      `/patients/${patient.id}/visits/new`,
    );
    try {
      const form = new RecordVisitPage(page);
      await form.score("Pain (NRS 0–10)", "6");
      await form.addLab("ESR", "40");
      // The session cookie goes (expiry, sign-out elsewhere): the next save meets a 401.
      await page.context().clearCookies();
      await form.save();
      const dialog = page.getByRole("dialog", { name: "Your session has ended" });
      await dialog.waitFor();
      await dialog.getByLabel("Username").fill(credentials.username);
      await dialog.getByLabel("Password").fill(credentials.password);
      await dialog.getByRole("button", { name: "Sign in" }).click();
      await dialog.waitFor({ state: "hidden" });
      expect(await page.getByLabel("Pain (NRS 0–10)").inputValue()).toBe("6");
      expect(await form.labValue("ESR").inputValue()).toBe("40");
      expect(await visitCount(api, patient.id)).toBe(before);
      await form.save();
      await new ChartPage(page).ready();
      expect(await visitCount(api, patient.id)).toBe(before + 1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
