import { expect, it } from "vitest";
import { newId } from "../src/db/ids.ts";
import { saveCourse } from "../src/registry/course-repository.ts";
import { createSite } from "../src/registry/site-repository.ts";
import { type ApiHarness, allCounts, auditOf, grantSite } from "./api-harness.ts";
import { minimalCourseInput, parseCourse } from "./fixtures/courses.ts";

/** Site scoping (D10): another site's patient is "not found", for reads and writes alike. */
export function apiScopeSuite(harness: () => ApiHarness): void {
  it("answers 404 for a patient of another site, changes nothing, and audits the attempt as denied", async () => {
    const { api, reg } = harness();
    const { siteId: otherSite } = await createSite(reg.db, { name: `Other fictitious site ${newId()}` });
    const other = { userId: "other-clinician", siteId: otherSite };
    const { patientId } = await saveCourse(
      reg.db,
      other,
      { siteId: otherSite, researchConsent: "yes", identifiers: [{ kind: "mrn", value: "OTHER-1" }] },
      parseCourse({ ...minimalCourseInput, visits: [{ date: "2024-01-01", kind: "baseline" }] }),
    );
    const counts = await allCounts(reg.db);
    const base = `/api/patients/${patientId}`;
    for (const [method, path, options] of [
      ["GET", base, {}],
      ["GET", `${base}/chart`, {}],
      ["GET", `${base}/course`, {}],
      ["GET", `${base}/evaluation?on=2024-02-01`, {}],
      ["GET", `${base}/visits`, {}],
      ["PATCH", base, { body: { researchConsent: "no" }, ifMatch: 1 }],
      ["POST", `${base}/visits`, { body: { date: "2024-02-01", kind: "scheduled" } }],
      ["PUT", `${base}/biopsy`, { body: { performed: false }, ifMatch: 1 }],
    ] as const) {
      const res = await api(method, path, options);
      expect([method, path, res.status]).toEqual([method, path, 404]);
      expect(res.body).toMatchObject({ error: "not-found", fields: [{ path: "patientId" }] });
    }
    const listed = await api("GET", `/api/patients?q=${patientId}`);
    expect(listed.body.total).toBe(0);
    expect(await allCounts(reg.db)).toEqual(counts);
    const audit = await auditOf(reg.db, patientId);
    const denied = audit.filter((r) => r.user_id === "demo-clinician");
    expect(denied).toHaveLength(8);
    expect(new Set(denied.map((r) => `${r.outcome} ${r.error_code}`))).toEqual(
      new Set(["denied out-of-scope"]),
    );
    // Unknown ids look exactly the same from outside.
    const ghost = await api("GET", `/api/patients/${newId()}`);
    expect([ghost.status, ghost.body.error]).toEqual([404, "not-found"]);
  });

  it("lists the caller's sites; a site an admin creates and grants is usable at once", async () => {
    const { api, admin, demo } = harness();
    const before = await api("GET", "/api/sites");
    expect(before.body.items.map((s: { id: string }) => s.id)).toContain(demo.siteId);
    const name = `Second fictitious clinic ${newId()}`;
    expect((await api("POST", "/api/sites", { body: { name } })).status).toBe(403);
    const created = await admin("POST", "/api/sites", { body: { name } });
    expect(created.status).toBe(201);
    const siteId = created.body.id as string;
    expect((await api("GET", "/api/sites")).body.items.map((s: { id: string }) => s.id)).not.toContain(
      siteId,
    );
    await grantSite(harness(), siteId);
    const after = await api("GET", "/api/sites");
    expect(after.body.items.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([demo.siteId, siteId]),
    );
    const duplicate = await admin("POST", "/api/sites", { body: { name } });
    expect([duplicate.status, duplicate.body.fields]).toEqual([
      409,
      [{ path: "name", message: expect.any(String) }],
    ]);
    // With two sites the caller must say which.
    const unsaid = await api("POST", "/api/patients", { body: { researchConsent: "yes" } });
    expect([unsaid.status, unsaid.body.fields[0].path]).toEqual([400, "siteId"]);
    const there = await api("POST", "/api/patients", { body: { siteId, researchConsent: "yes" } });
    expect([there.status, there.body.siteId]).toEqual([201, siteId]);
  });
}
