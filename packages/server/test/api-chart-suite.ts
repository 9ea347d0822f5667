import { expect, it } from "vitest";
import { type ApiHarness, TODAY } from "./api-harness.ts";

/** Ids the record tests share: the patient and its visits, studies and treatment, by role. */
export interface RecordState {
  patientId: string;
  ids: Record<string, string>;
}

const visit = (date: string, kind: string, extra: object = {}) => ({ date, kind, ...extra });

/** Create a record through the API, read its chart and its assessment as of two dates. */
export function apiChartSuite(h: () => ApiHarness, state: RecordState): void {
  const { ids } = state;
  it("creates a patient, then adds visits, imaging studies and a treatment", async () => {
    const created = await h().api("POST", "/api/patients", {
      body: {
        researchConsent: "yes",
        identifiers: [
          { kind: "name", value: "Ada Fictitious" },
          { kind: "mrn", value: "FX-1001" },
        ],
        patient: { sex: "female", birthDate: "2013-02-01" },
        symptomOnset: "2024-01-10",
        diagnosisDate: "2024-03-01",
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"1"');
    state.patientId = created.body.id;
    expect(created.headers.get("location")).toBe(`/api/patients/${state.patientId}`);
    expect(created.body).toMatchObject({ siteId: h().demo.siteId, version: 1, researchConsent: "yes" });
    const add = async (segment: string, body: object) => {
      const res = await h().api("POST", `/api/patients/${state.patientId}/${segment}`, { body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.headers.get("etag")).toBe('"1"');
      return res.body.id as string;
    };
    const labs = [
      { test: "crp", value: 2.5, unit: "mg/dL" },
      { test: "esr", value: 30, unit: "mm/h" },
    ];
    ids.baseline = await add(
      "visits",
      visit("2024-03-01", "baseline", { painNrs: 6, physicianGlobal: 5, labs }),
    );
    const lesion = (site: string, extra: object = {}) => ({
      site,
      findings: ["bone-marrow-edema"],
      ...extra,
    });
    ids.firstMri = await add("imaging-studies", {
      date: "2024-03-05",
      modality: "whole-body-mri",
      wholeBody: true,
      lesions: [lesion("clavicle", { side: "right" }), lesion("T7")],
    });
    ids.nsaid = await add("treatments", { drugClass: "nsaid", drug: "naproxen", start: "2024-03-01" });
    const crp = [{ test: "crp", value: 3, unit: "mg/L" }];
    ids.followUp = await add(
      "visits",
      visit("2024-09-01", "scheduled", { painNrs: 1, physicianGlobal: 0, labs: crp }),
    );
    ids.secondMri = await add("imaging-studies", {
      date: "2024-09-10",
      modality: "whole-body-mri",
      wholeBody: true,
      lesions: [lesion("clavicle", { side: "right" })],
    });
    ids.flare = await add("visits", visit("2025-03-01", "flare", { painNrs: 7 }));
    const visits = await h().api("GET", `/api/patients/${state.patientId}/visits`);
    expect(visits.body.items.map((v: { id: string }) => v.id)).toEqual([
      ids.baseline,
      ids.followUp,
      ids.flare,
    ]);
    const one = await h().api("GET", `/api/patients/${state.patientId}/visits/${ids.baseline}`);
    expect(one.body.labs[0].canonical).toEqual({ unit: "mg/L", value: 25 });
  });

  it("reads the chart in one call: record, paged visits, lesion histories, assessment, reminders, timeline", async () => {
    const chart = await h().api("GET", `/api/patients/${state.patientId}/chart?visitsPageSize=2`);
    expect(chart.status).toBe(200);
    expect(chart.headers.get("etag")).toBe('"1"');
    const c = chart.body;
    expect(Object.keys(c).sort()).toEqual(
      [
        "assessment",
        "course",
        "lesionHistories",
        "on",
        "patient",
        "reminders",
        "timeline",
        "visitsPage",
      ].sort(),
    );
    expect(c.on).toBe(TODAY);
    expect(c.patient).toMatchObject({
      id: state.patientId,
      version: 1,
      identifiers: [{ value: "Ada Fictitious" }, {}],
    });
    expect(c.course.visits.map((v: { date: string }) => v.date)).toEqual(["2025-03-01", "2024-09-01"]);
    expect(c.course.visits[0]).toMatchObject({ id: ids.flare, version: 1, kind: "flare" });
    expect(c.visitsPage).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
    expect(c.course.imagingStudies.map((s: { id: string }) => s.id)).toEqual([ids.secondMri, ids.firstMri]);
    expect(c.course.treatments).toEqual([
      { id: ids.nsaid, version: 1, drugClass: "nsaid", drug: "naproxen", start: "2024-03-01" },
    ]);
    const histories = Object.fromEntries(
      c.lesionHistories.map((l: { site: string; entries: { status: string }[] }) => [
        l.site,
        l.entries.map((e) => e.status),
      ]),
    );
    expect(histories).toEqual({ clavicle: ["new", "persistent-stable"], T7: ["new", "resolved"] });
    expect(c.assessment.on).toBe(TODAY);
    expect(c.assessment.evaluation.assessedOn).toBe(TODAY);
    expect(c.assessment.instruments.map((i: { id: string }) => i.id)).toContain("carra-ctp-2018");
    expect(c.reminders.map((r: { kind: string }) => r.kind)).toEqual([
      "follow-up-visit",
      "whole-body-mri",
      "spine-review",
    ]);
    expect(c.timeline.units).toEqual({ esr: "mm/h", crp: "mg/L" });
    const series = c.timeline.visits.map((p: Record<string, unknown>) => [
      p.date,
      p.crp,
      p.esr,
      p.lesionCount,
    ]);
    expect(series).toEqual([
      ["2024-03-01", 25, 30, null],
      ["2024-09-01", 3, null, 2],
      ["2025-03-01", null, null, 1],
    ]);
    expect(c.timeline.flares).toEqual([{ visitId: ids.flare, date: "2025-03-01" }]);
    expect(c.timeline.treatments).toEqual([
      { treatmentId: ids.nsaid, drugClass: "nsaid", drug: "naproxen", start: "2024-03-01", stop: null },
    ]);
    const page2 = await h().api(
      "GET",
      `/api/patients/${state.patientId}/chart?visitsPageSize=2&visitsPage=2`,
    );
    expect(page2.body.course.visits.map((v: { id: string }) => v.id)).toEqual([ids.baseline]);
    const past = await h().api("GET", `/api/patients/${state.patientId}/chart?visitsPage=9`);
    expect([past.status, past.body.course.visits, past.body.visitsPage.total]).toEqual([200, [], 3]);
  });

  it("evaluation?on= an earlier date shows the record as it was then; `on` defaults to today", async () => {
    const earlier = await h().api("GET", `/api/patients/${state.patientId}/evaluation?on=2024-03-10`);
    expect(earlier.status).toBe(200);
    expect(earlier.body.on).toBe("2024-03-10");
    expect(earlier.body.presentation.lesions.map((l: { site: string }) => l.site)).toEqual([
      "clavicle",
      "T7",
    ]);
    expect(earlier.body.evaluation.derived.lesionCount.value).toBe(2);
    const now = await h().api("GET", `/api/patients/${state.patientId}/evaluation`);
    expect(now.body.on).toBe(TODAY);
    expect(now.body.presentation.lesions.map((l: { site: string }) => l.site)).toEqual(["clavicle"]);
    const course = await h().api("GET", `/api/patients/${state.patientId}/course`);
    expect(course.body.visits).toHaveLength(3);
    expect(course.body).not.toHaveProperty("id");
  });

  it("stores evaluation snapshots and lists them", async () => {
    const stored = await h().api("POST", `/api/patients/${state.patientId}/evaluations`, {
      body: { on: "2024-03-10" },
    });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ assessedOn: "2024-03-10", createdBy: "demo-clinician" });
    await h().api("POST", `/api/patients/${state.patientId}/evaluations`, { body: {} });
    const list = await h().api("GET", `/api/patients/${state.patientId}/evaluations`);
    expect(list.body.items.map((e: { assessedOn: string }) => e.assessedOn)).toEqual(["2024-03-10", TODAY]);
  });
}
