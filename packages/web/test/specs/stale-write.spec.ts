import { describe, expect, it } from "vitest";
import { demoPatients } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { fixture } from "../support/chart-fixture.ts";

interface StoredVisit {
  id: string;
  version: number;
  painNrs?: number;
}

describe("correct a visit someone else changed", () => {
  it("shows the conflict, keeps the entries, shows their version, and saves over it on request", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00005");
    if (!patient) throw new Error("demo patient 00005 missing");
    const visits = (await api.get<{ items: StoredVisit[] }>(`/api/patients/${patient.id}/visits`)).items;
    const visit = visits.at(-1);
    if (!visit) throw new Error("demo patient 00005 has no visit");
    const path = `/api/patients/${patient.id}/visits/${visit.id}`;
    const { page, problems, close } = await openApp(
      browser,
      url,
      credentials,
      `/patients/${patient.id}/visits/${visit.id}/edit`,
    );
    try {
      await page.getByRole("heading", { name: /^Correct the visit of/ }).waitFor();
      // Someone else saves this visit after the clinician opened it.
      const theirs = await api.request("PATCH", path, { painNrs: 9 }, visit.version);
      expect(theirs.status).toBe(200);

      const pain = page.getByLabel("Pain (NRS 0–10)");
      await pain.fill("1");
      await page.getByRole("button", { name: "Save correction" }).click();
      const conflict = page.locator('[data-conflict="true"]');
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain(
        "Someone else changed this record; your entries are kept; reload to see their change.",
      );
      expect(await pain.inputValue()).toBe("1");

      await page.getByRole("button", { name: "Show their version" }).click();
      expect(await page.locator('[data-field="their-pain"]').textContent()).toBe("9");

      await page.getByRole("button", { name: "Save my entries over their version" }).click();
      await new ChartPage(page).ready();
      const stored = await api.request<StoredVisit>("GET", path);
      expect(stored.body.painNrs).toBe(1);
      expect(stored.version).toBe(visit.version + 2);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
