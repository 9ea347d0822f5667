import { afterAll, beforeAll, describe } from "vitest";
import { apiAuditChainSuite } from "./api-audit-chain-suite.ts";
import { apiAuthzSuite } from "./api-authz-suite.ts";
import { apiBadInputSuite } from "./api-bad-input-suite.ts";
import { apiChartSuite, type RecordState } from "./api-chart-suite.ts";
import { apiExportSuite } from "./api-export-suite.ts";
import { apiFuzzSuite } from "./api-fuzz-suite.ts";
import { type ApiHarness, openApiHarness } from "./api-harness.ts";
import { apiLatencySuite } from "./api-latency-suite.ts";
import { apiLifecycleSuite } from "./api-lifecycle-suite.ts";
import { apiListSuite } from "./api-list-suite.ts";
import { apiScopeSuite } from "./api-scope-suite.ts";
import { apiSessionSuite } from "./api-session-suite.ts";
import { apiWriteSuite } from "./api-write-suite.ts";
import type { NewLocation } from "./registry-harness.ts";

/**
 * The API's conformance suite: one function, run unchanged against the embedded database and
 * against PostgreSQL (registry-suite.ts's pattern), over a real HTTP server.
 */
export function apiSuite(kind: "embedded" | "postgres", newLocation: NewLocation): void {
  describe(`API on ${kind}`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await openApiHarness(newLocation);
    }, 120_000);
    afterAll(async () => {
      await h?.server.close();
      await h?.reg.close();
    });
    const harness = () => h;

    const state: RecordState = { patientId: "", ids: {} };
    apiChartSuite(harness, state);
    apiWriteSuite(harness, state);
    apiScopeSuite(harness);
    apiBadInputSuite(harness);
    apiAuthzSuite(harness);
    apiExportSuite(harness);
    apiFuzzSuite(harness);
    apiListSuite(harness);
    apiLifecycleSuite(harness);
    apiLatencySuite(kind, harness);
    apiSessionSuite(harness);
    apiAuditChainSuite(kind, harness);
  });
}
