import { describe, expect, it } from "vitest";
import { demoPatients } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { axe, serious } from "../support/axe.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("accessibility (axe-core)", () => {
  it("finds no serious or critical violation on the list, the chart and the visit form", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00006");
    const { page, close } = await openApp(browser, url, credentials, "/", undefined, true);
    try {
      await page.locator(".patient-table").waitFor();
      const onList = await axe(page);
      await page.goto(`${url}/patients/${patient?.id}`);
      await new ChartPage(page).ready();
      const onChart = await axe(page);
      await page.goto(`${url}/patients/${patient?.id}/visits/new`);
      await page.getByRole("heading", { name: /^Record a visit/ }).waitFor();
      const onForm = await axe(page);
      const minor = [...onList, ...onChart, ...onForm]
        .filter((v) => !serious([v]).length)
        .map((v) => `${v.impact} ${v.id}`);
      if (minor.length) console.log(`axe, moderate or minor: ${[...new Set(minor)].join("; ")}`);
      expect({ list: serious(onList), chart: serious(onChart), form: serious(onForm) }).toEqual({
        list: [],
        chart: [],
        form: [],
      });
    } finally {
      await close();
    }
  }, 90_000);
});
