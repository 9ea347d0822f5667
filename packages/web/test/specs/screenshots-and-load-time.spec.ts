import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { demoPatients } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { LAPTOP, TABLET } from "../support/browser.ts";
import { DIST } from "../support/build-web.ts";
import { fixture } from "../support/chart-fixture.ts";

const RESULTS = join(process.cwd(), "test-results");
const SHOTS = join(RESULTS, "screenshots");
const LOADS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

describe("the chart on a laptop and a tablet", () => {
  it("keeps screenshots of the chart at 1280×800 and 820×1180 as test artifacts", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00004");
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [
      ["laptop-1280x800", LAPTOP],
      ["tablet-820x1180", TABLET],
    ] as const) {
      const { page, problems, close } = await openApp(
        browser,
        url,
        credentials,
        `/patients/${patient?.id}`,
        viewport,
      );
      try {
        await new ChartPage(page).ready();
        await page.screenshot({ path: join(SHOTS, `chart-${name}.png`) });
        // Nothing wider than the screen: no sideways scrolling on either device.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }
  }, 90_000);

  it("keeps a screenshot of the visit form on a tablet, with a lesion clicked on the skeleton", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00004");
    const path = `/patients/${patient?.id}/visits/new`;
    const { page, problems, close } = await openApp(browser, url, credentials, path, TABLET);
    try {
      await page.getByLabel("Imaging modality").selectOption({ label: "Whole-body MRI" });
      await page.locator('.imaging-map svg .bone[data-site="femur"][data-side="right"]').click();
      await page.screenshot({ path: join(SHOTS, "record-visit-tablet-820x1180.png"), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("measures the chart's load time (navigation start → chart rendered) and the JavaScript size", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = (await demoPatients(api)).find((p) => p.name === "Synthetic Patient 00004");
    const { page, close } = await openApp(browser, url, credentials, `/patients/${patient?.id}`);
    try {
      const times: number[] = [];
      let loadedJs: string[] = [];
      for (let i = 0; i < LOADS; i++) {
        await page.reload();
        await new ChartPage(page).ready();
        const mark = await page.waitForFunction(
          () => performance.getEntriesByName("chart-rendered")[0]?.startTime,
          null,
          {
            timeout: 15_000,
          },
        );
        times.push(Number(await mark.jsonValue()));
        loadedJs = await page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((r) => r.name)
            .filter((n) => n.endsWith(".js")),
        );
      }
      const assets = join(DIST, "assets");
      const gzip = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
      const allJs = readdirSync(assets).filter((f) => f.endsWith(".js"));
      const chartJs = allJs.filter((f) => loadedJs.some((u) => u.endsWith(`/assets/${f}`)));
      const metrics = {
        chartLoadMs: { median: Math.round(median(times)), runs: times.map(Math.round), viewport: "1280x800" },
        jsGzipBytes: {
          chart: chartJs.reduce((n, f) => n + gzip(f), 0),
          wholeBuild: allJs.reduce((n, f) => n + gzip(f), 0),
          chartFiles: chartJs,
        },
      };
      writeFileSync(join(RESULTS, "web-metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
      console.log(
        `chart load ${metrics.chartLoadMs.median} ms (median of ${LOADS}); JS gzip chart ${metrics.jsGzipBytes.chart} B, build ${metrics.jsGzipBytes.wholeBuild} B`,
      );
      expect(metrics.chartLoadMs.median).toBeGreaterThan(0);
      expect(chartJs.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  }, 120_000);
});
