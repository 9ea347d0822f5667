import { request } from "node:http";
import { expect, it } from "vitest";
import { newId } from "../src/db/ids.ts";
import { ROUTES } from "../src/routes/route-table.ts";
import { startServer } from "../src/serve.ts";
import { type ApiHarness, auditOf, TODAY } from "./api-harness.ts";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One audit row per request on a patient, in order; the OpenAPI document; a graceful stop. */
export function apiLifecycleSuite(harness: () => ApiHarness): void {
  it("writes exactly one audit row per request on a patient, with its outcome", async () => {
    const { api, reg, demo } = harness();
    const created = await api("POST", "/api/patients", {
      body: { siteId: demo.siteId, researchConsent: "yes" },
    });
    const p = `/api/patients/${created.body.id}`;
    const steps: [string, string, object, string, string, string][] = [
      ["GET", p, {}, "read", "patient", "success"],
      ["GET", `${p}/chart`, {}, "read", "chart", "success"],
      ["PATCH", p, { body: { diagnosisDate: "2024-01-01" }, ifMatch: 2 }, "update", "patient", "conflict"],
      ["GET", `${p}/visits/${newId()}`, {}, "read", "visit", "not-found"],
      ["GET", `${p}/evaluation?on=soon`, {}, "read", "assessment", "invalid"],
      [
        "POST",
        `${p}/visits`,
        { body: { date: "2024-01-01", kind: "baseline" } },
        "create",
        "visit",
        "success",
      ],
      ["GET", `${p}/evaluations`, {}, "read", "evaluation", "success"],
      ["PUT", `${p}/biopsy`, { body: { performed: false }, ifMatch: 1 }, "update", "biopsy", "success"],
      ["GET", `${p}/blood-cultures`, {}, "read", "blood-cultures", "success"],
    ];
    for (const [method, path, options] of steps) await api(method, path, options);
    const rows = await auditOf(reg.db, created.body.id);
    expect(rows.map((r) => [r.action, r.entity, r.outcome])).toEqual([
      ["create", "patient", "success"],
      ...steps.map(([, , , action, entity, outcome]) => [action, entity, outcome]),
    ]);
  });

  it("publishes an OpenAPI document with every /api route of the table and its request schemas", async () => {
    const { api } = harness();
    const doc = (await api("GET", "/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const api_routes = ROUTES.filter((r) => r.path.startsWith("/api/")).map(
      (r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`,
    );
    expect(documented.sort()).toEqual(api_routes.sort());
    const patch = doc.paths["/api/patients/{patientId}/visits/{visitId}"].patch;
    expect(patch.parameters.map((p: { name: string }) => p.name)).toEqual([
      "patientId",
      "visitId",
      "If-Match",
    ]);
    expect(doc.components.schemas.VisitPatch.properties.painNrs).toBeDefined();
    expect(doc.components.schemas.PatientCreate.properties.visits.items.required).toEqual(["date", "kind"]);
    const list = doc.paths["/api/patients"].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(["q", "siteId", "active", "onTreatment", "overdue", "sort", "page", "pageSize"]);
  });

  it("stops accepting on close, finishes the request in flight, then resolves", async () => {
    const { reg, demo, credentials } = harness();
    // Sessions live in the database: the one signed in on the first server is valid here too.
    const second = await startServer({ port: 0, host: "127.0.0.1", database: reg, today: () => TODAY });
    const body = JSON.stringify({ siteId: demo.siteId, researchConsent: "yes" });
    const url = new URL("/api/patients", second.url);
    let status = 0;
    const responded = new Promise<void>((done, fail) => {
      const req = request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          cookie: credentials.cookie,
          "x-csrf-token": credentials.csrfToken,
        },
      });
      req.on("response", (res) => {
        status = res.statusCode ?? 0;
        res.resume();
        res.on("end", done);
      });
      req.on("error", fail);
      req.write(body.slice(0, 5));
      // The rest of the body after close() was called: the request is in flight meanwhile.
      setTimeout(() => req.end(body.slice(5)), 300);
    });
    await sleep(100);
    let closed = false;
    const closing = second.close().then(() => {
      closed = true;
    });
    await sleep(100);
    expect(closed).toBe(false);
    await expect(fetch(`${second.url}/api/health`)).rejects.toThrow();
    await responded;
    await closing;
    expect([status, closed]).toEqual([201, true]);
  });
}
