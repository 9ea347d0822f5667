import { expect, it } from "vitest";
import { type ApiHarness, allCounts, auditOf, versionsOf } from "./api-harness.ts";
import { badRequests } from "./fixtures/bad-requests.ts";

/** Each bad request: its exact status, a Problem naming the field, and nothing written. */
export function apiBadInputSuite(harness: () => ApiHarness): void {
  const ids = { patient: "", visit: "", treatment: "", otherVisit: "" };

  it("sets up a patient for the bad-input cases", async () => {
    const { api, demo } = harness();
    const post = async (path: string, body: object) => (await api("POST", path, { body })).body.id as string;
    ids.patient = await post("/api/patients", { siteId: demo.siteId, researchConsent: "yes" });
    ids.visit = await post(`/api/patients/${ids.patient}/visits`, { date: "2024-01-01", kind: "scheduled" });
    const start = { drugClass: "nsaid", drug: "naproxen", start: "2024-01-01" };
    ids.treatment = await post(`/api/patients/${ids.patient}/treatments`, start);
    const other = await post("/api/patients", { siteId: demo.siteId, researchConsent: "no" });
    ids.otherVisit = await post(`/api/patients/${other}/visits`, { date: "2024-01-01", kind: "scheduled" });
  });

  it("answers each bad request with its status and a Problem naming the field, writing nothing", async () => {
    const { api, reg, demo, faults } = harness();
    for (const c of badRequests({ ...ids, siteId: demo.siteId })) {
      const counts = await allCounts(reg.db);
      const versions = await versionsOf(reg.db, ids.patient);
      const res = await api(c.method, c.path, c.options);
      expect([c.name, res.status]).toEqual([c.name, c.status]);
      expect(res.body, c.name).toMatchObject({ error: c.error, message: expect.any(String) });
      if (c.field)
        expect(
          res.body.fields.map((f: { path: string }) => f.path),
          c.name,
        ).toContain(c.field);
      expect(await allCounts(reg.db), c.name).toEqual(counts);
      expect(await versionsOf(reg.db, ids.patient), c.name).toEqual(versions);
    }
    expect(faults).toEqual([]);
  });

  it("audits refused requests on a patient as invalid, with the problem's code", async () => {
    const rows = await auditOf(harness().reg.db, ids.patient);
    const refused = rows
      .filter((r) => r.outcome !== "success")
      .map((r) => `${r.action} ${r.outcome} ${r.error_code}`);
    expect(refused).toEqual(
      expect.arrayContaining([
        "read invalid invalid-request",
        "update invalid precondition-required",
        "read not-found not-found",
        "create invalid unsupported-media-type",
      ]),
    );
  });

  it("answers unknown routes 404 and wrong methods 405 with Allow", async () => {
    const { api } = harness();
    for (const path of ["/api/nothing", "/api/patients/x/y/z/w", "/api/patients/"]) {
      const res = await api("GET", path);
      expect([path, res.status, res.body.error]).toEqual([path, 404, "not-found"]);
    }
    for (const [method, path, allow] of [
      ["DELETE", `/api/patients/${ids.patient}`, "GET, PATCH"],
      ["PUT", "/api/patients", "GET, POST"],
      ["POST", `/api/patients/${ids.patient}/chart`, "GET"],
      ["DELETE", `/api/patients/${ids.patient}/visits/${ids.visit}`, "GET, PATCH"],
      ["GET", "/api/evaluate", "POST"],
    ] as const) {
      const res = await api(method, path);
      expect([method, path, res.status, res.headers.get("allow")]).toEqual([method, path, 405, allow]);
      expect(res.body.error).toBe("method-not-allowed");
    }
  });
}
