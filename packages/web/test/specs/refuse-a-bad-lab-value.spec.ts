import { describe, expect, it } from "vitest";
import { demoPatients, visitCount } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { RecordVisitPage } from "../pages/record-visit.page.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("refuse a bad lab value", () => {
  it("names the field next to it, saves nothing, keeps what was typed, and saves once corrected", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00002");
    if (!patient) throw new Error("demo patient 00002 missing");
    const before = await visitCount(api, patient.id);
    const { page, problems, close } = await openApp(
      browser,
      url,
      credentials,
      `/patients/${patient.id}/visits/new`,
    );
    const writes: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET") writes.push(`${r.method()} ${r.url()}`);
    });
    try {
      const form = new RecordVisitPage(page);
      await form.score("Pain (NRS 0–10)", "3");
      await form.addLab("CRP", "-5");
      await form.save();

      const error = form.fieldError("CRP value: must be zero or more");
      await error.waitFor();
      const value = form.labValue("CRP");
      expect(await value.getAttribute("aria-invalid")).toBe("true");
      expect(await value.getAttribute("aria-describedby")).toBe(await error.getAttribute("id"));
      // The summary names it too and has focus, so a screen reader hears what to correct.
      expect(await form.summary().textContent()).toContain("CRP value: must be zero or more");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      // Nothing typed is lost, nothing was sent, nothing was saved.
      expect(await value.inputValue()).toBe("-5");
      expect(await page.getByLabel("Pain (NRS 0–10)").inputValue()).toBe("3");
      expect(writes).toEqual([]);
      expect(await visitCount(api, patient.id)).toBe(before);

      // Units come from the core's table: platelets cannot be entered in mg/L.
      await form.addLab("Platelets", "250");
      expect(await form.unitChoices("Platelets")).toEqual(["×10⁹/L", "×10³/µL", "/µL", "/mm³"]);

      // Corrected, the error goes at once; saved, the visit is recorded once.
      await value.fill("5");
      await error.waitFor({ state: "detached" });
      await form.save();
      await new ChartPage(page).ready();
      expect(await visitCount(api, patient.id)).toBe(before + 1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
