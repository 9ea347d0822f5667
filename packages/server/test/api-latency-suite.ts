import { expect, it } from "vitest";
import type { ApiHarness } from "./api-harness.ts";
import { tenYearCourse } from "./fixtures/api-records.ts";

const CALLS = 50;
const WARM_UP = 5;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * The chart call for a 10-year history, timed over HTTP (issue 3 asks for the figures): printed,
 * not asserted, since they depend on the machine. On PGlite every request waits its turn for the
 * one connection, so these are single-client figures.
 */
export function apiLatencySuite(kind: string, harness: () => ApiHarness): void {
  it("measures GET /api/patients/:id/chart for a 10-year history (median, p95)", async () => {
    const { api, demo } = harness();
    const course = tenYearCourse();
    const created = await api("POST", "/api/patients", {
      body: {
        siteId: demo.siteId,
        researchConsent: "yes",
        identifiers: [{ kind: "name", value: "Decade Example" }],
        ...course,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const path = `/api/patients/${created.body.id}/chart`;
    for (let i = 0; i < WARM_UP; i++) await api("GET", path);
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof api>> | undefined;
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      last = await api("GET", path);
      times.push(performance.now() - start);
    }
    expect(last?.status).toBe(200);
    expect(last?.body.visitsPage).toEqual({ page: 1, pageSize: 20, total: 40, totalPages: 2 });
    expect(last?.body.course.imagingStudies).toHaveLength(20);
    expect(last?.body.course.treatments).toHaveLength(10);
    expect(last?.body.timeline.visits).toHaveLength(40);
    const sorted = [...times].sort((a, b) => a - b);
    const ms = (n: number) => Math.round(n * 10) / 10;
    const bytes = JSON.stringify(last?.body).length;
    console.info(
      `[api ${kind}] GET chart, 10-year history (40 visits, 20 studies, 10 treatments; ${bytes} bytes), ` +
        `${CALLS} calls: median ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms, ` +
        `min ${ms(sorted[0] ?? 0)} ms, max ${ms(sorted.at(-1) ?? 0)} ms`,
    );
  }, 120_000);
}
