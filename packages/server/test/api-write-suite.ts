import { expect, it } from "vitest";
import type { RecordState } from "./api-chart-suite.ts";
import { type ApiHarness, allCounts, auditOf, versionsOf } from "./api-harness.ts";

/** Updates: optimistic concurrency, merge patches, patient-level parts, and the audit trail of it all. */
export function apiWriteSuite(h: () => ApiHarness, state: RecordState): void {
  const { ids } = state;
  it("PATCH with a stale If-Match gets 409 with the current version, and changes nothing", async () => {
    const first = await h().api("PATCH", `/api/patients/${state.patientId}`, {
      body: { researchConsent: "no", patient: { sex: "other" } },
      ifMatch: 1,
    });
    expect([first.status, first.headers.get("etag")]).toEqual([200, '"2"']);
    // Merge patch: the birth date stays.
    expect(first.body.patient).toEqual({ sex: "other", birthDate: "2013-02-01" });
    const counts = await allCounts(h().reg.db);
    const versions = await versionsOf(h().reg.db, state.patientId);
    const stale = await h().api("PATCH", `/api/patients/${state.patientId}`, {
      body: { researchConsent: "withdrawn" },
      ifMatch: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: "version-conflict", currentVersion: 2 });
    expect(stale.body.fields).toEqual([{ path: "If-Match", message: expect.any(String) }]);
    const staleVisit = await h().api("PATCH", `/api/patients/${state.patientId}/visits/${ids.flare}`, {
      body: { painNrs: 2 },
      ifMatch: 7,
    });
    expect([staleVisit.status, staleVisit.body.currentVersion]).toEqual([409, 1]);
    expect(await allCounts(h().reg.db)).toEqual(counts);
    expect(await versionsOf(h().reg.db, state.patientId)).toEqual(versions);
    const now = await h().api("GET", `/api/patients/${state.patientId}`);
    expect([now.body.researchConsent, now.body.version]).toEqual(["no", 2]);
  });

  it("two clients update the same record: the second gets 409", async () => {
    for (const path of [
      `/api/patients/${state.patientId}/visits/${ids.followUp}`,
      `/api/patients/${state.patientId}`,
    ]) {
      const read = await h().api("GET", path);
      const version = Number(read.headers.get("etag")?.replaceAll('"', ""));
      const change = (n: number) =>
        path.includes("visits") ? { painNrs: n } : { diagnosisDate: `2024-03-0${n}` };
      const [a, b] = await Promise.all([
        h().api("PATCH", path, { body: change(3), ifMatch: version }),
        h().api("PATCH", path, { body: change(4), ifMatch: version }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const after = await h().api("GET", path);
      expect(after.body.version).toBe(version + 1);
    }
  });

  it("updates each versioned part with a merge patch and PUTs patient-level parts", async () => {
    const path = `/api/patients/${state.patientId}/treatments/${ids.nsaid}`;
    const stopped = await h().api("PATCH", path, {
      body: { stop: "2024-09-01", reasonStopped: "remission", dose: { value: 10, unit: "mg/kg" } },
      ifMatch: 1,
      contentType: "application/merge-patch+json",
    });
    expect(stopped.status).toBe(200);
    const dose = await h().api("PATCH", path, { body: { dose: { value: 12 } }, ifMatch: 2 });
    expect(dose.body).toMatchObject({ version: 3, dose: { value: 12, unit: "mg/kg" }, stop: "2024-09-01" });
    const cleared = await h().api("PATCH", path, { body: { reasonStopped: null }, ifMatch: 3 });
    expect(cleared.body).not.toHaveProperty("reasonStopped");
    const study = `/api/patients/${state.patientId}/imaging-studies/${ids.secondMri}`;
    const lesions = [{ site: "clavicle", side: "right", status: "persistent-improved" }];
    expect((await h().api("PATCH", study, { body: { lesions }, ifMatch: 1 })).body.lesions).toEqual(lesions);
    const record = await h().api("GET", `/api/patients/${state.patientId}`);
    let version = record.body.version as number;
    for (const [segment, value] of [
      ["biopsy", { performed: true, findings: ["plasma-cells"], culture: "negative" }],
      ["mimic-workup", { malignancy: "excluded", infection: "excluded" }],
      ["coexisting-conditions", [{ condition: "psoriasis" }]],
      ["blood-cultures", [{ date: "2024-03-01", result: "negative" }]],
    ] as const) {
      const empty = await h().api("GET", `/api/patients/${state.patientId}/${segment}`);
      expect([empty.status, empty.body ?? null]).toEqual([200, null]);
      const put = await h().api("PUT", `/api/patients/${state.patientId}/${segment}`, {
        body: value,
        ifMatch: version,
      });
      expect([put.status, put.body]).toEqual([200, value]);
      version += 1;
      expect(put.headers.get("etag")).toBe(`"${version}"`);
    }
    const course = await h().api("GET", `/api/patients/${state.patientId}/course`);
    expect(course.body.mimicWorkup).toEqual({ malignancy: "excluded", infection: "excluded" });
  });

  it("audits every read and write of the patient: who, what, which, from where, outcome; no values", async () => {
    const rows = await auditOf(h().reg.db, state.patientId);
    const seen = rows.map((r) => [r.action, r.entity, r.outcome]);
    for (const expected of [
      ["create", "patient", "success"],
      ["create", "visit", "success"],
      ["create", "imaging-study", "success"],
      ["create", "treatment", "success"],
      ["read", "visit", "success"],
      ["read", "chart", "success"],
      ["read", "assessment", "success"],
      ["read", "course", "success"],
      ["create", "evaluation", "success"],
      ["update", "patient", "success"],
      ["update", "patient", "conflict"],
      ["update", "visit", "conflict"],
      ["update", "treatment", "success"],
      ["update", "biopsy", "success"],
      ["read", "blood-cultures", "success"],
    ]) {
      expect(seen).toContainEqual(expected);
    }
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set(["demo-clinician"]));
    expect(new Set(rows.map((r) => r.site_id))).toEqual(new Set([h().demo.siteId]));
    expect(rows.every((r) => /127\.0\.0\.1/.test(r.remote_address ?? ""))).toBe(true);
    const visitRow = rows.find((r) => r.action === "create" && r.entity === "visit");
    expect(visitRow?.entity_id).toBe(ids.baseline);
    const conflict = rows.find((r) => r.outcome === "conflict");
    expect(conflict?.error_code).toBe("version-conflict");
    const logged = JSON.stringify(rows);
    for (const secret of ["Ada", "FX-1001", "2013-02-01", "naproxen", "clavicle", "crp"]) {
      expect(logged).not.toContain(secret);
    }
    expect(h().faults).toEqual([]);
  });
}
