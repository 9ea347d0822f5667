import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPatients } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { fixture } from "../support/chart-fixture.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core in the page. The app's CSP forbids the inline script addScriptTag would add, so the
 * axe pages' context bypasses CSP (only they do; every other spec runs under the real policy).
 */
async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return run.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
  });
  return result.violations;
}

const serious = (violations: AxeViolation[]) =>
  violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );

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
