import { type Course, diseaseStatusOn, reminders } from "@cno-atlas/clinical";
import { expect, it } from "vitest";
import { newId } from "../src/db/ids.ts";
import { type ApiHarness, grantSite, TODAY } from "./api-harness.ts";
import { listPatients } from "./fixtures/api-records.ts";
import { richCourseInput } from "./fixtures/courses.ts";

type Item = {
  id: string;
  name: string | null;
  active: boolean;
  onTreatment: boolean;
  overdue: boolean;
  followUpOverdue: boolean;
  wholeBodyMriOverdue: boolean;
};

/** The patient list: search, filters (each checked against the core's own definitions), sort, paging. */
export function apiListSuite(harness: () => ApiHarness): void {
  let siteId = "";
  const ids: Record<string, string> = {};
  const list = async (query: string) => {
    const res = await harness().api("GET", `/api/patients?siteId=${siteId}&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { items: Item[]; total: number; page: number; pageSize: number };
  };
  const names = (items: Item[]) => items.map((i) => i.name);

  it("sets up a site of patients with known list facts", async () => {
    const { api } = harness();
    siteId = (await harness().admin("POST", "/api/sites", { body: { name: `List clinic ${newId()}` } })).body
      .id;
    await grantSite(harness(), siteId);
    for (const [key, record] of Object.entries(listPatients)) {
      const res = await api("POST", "/api/patients", { body: { siteId, researchConsent: "yes", ...record } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids[key] = res.body.id;
    }
    const rich = { siteId, researchConsent: "yes", identifiers: [{ kind: "name", value: "Egon Example" }] };
    ids.rich = (await api("POST", "/api/patients", { body: { ...rich, ...richCourseInput } })).body.id;
  });

  it("derives active, on treatment and overdue exactly as the core does", async () => {
    const { api } = harness();
    const { items, total } = await list("pageSize=100");
    expect(total).toBe(5);
    for (const item of items) {
      const course = (await api("GET", `/api/patients/${item.id}/course`)).body as Course;
      const onTreatment = course.treatments.some((t) => t.start <= TODAY && (t.stop ?? "9999") >= TODAY);
      const due = reminders(course, TODAY);
      const overdueOf = (kind: string) => due.some((r) => r.kind === kind && r.overdue);
      expect([
        item.name,
        item.active,
        item.overdue,
        item.followUpOverdue,
        item.wholeBodyMriOverdue,
        item.onTreatment,
      ]).toEqual([
        item.name,
        diseaseStatusOn(course, TODAY).activity === "active",
        due.some((r) => r.overdue),
        overdueOf("follow-up-visit"),
        overdueOf("whole-body-mri"),
        onTreatment,
      ]);
    }
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(byId[ids.active ?? ""]).toMatchObject({ active: true, onTreatment: true, overdue: false });
    expect(byId[ids.remissionOverdue ?? ""]).toMatchObject({
      active: false,
      onTreatment: false,
      overdue: true,
    });
    expect(byId[ids.noVisits ?? ""]).toMatchObject({ active: false, onTreatment: false, overdue: true });
    expect(byId[ids.oedema ?? ""]).toMatchObject({ active: true, onTreatment: true });
  });

  it("filters, searches (name, MRN, id; % taken literally), sorts and pages with the total", async () => {
    // Patients without a name sort last either way.
    expect(names((await list("active=true")).items)).toEqual(["Beatrix Fictitious", null]);
    expect(names((await list("overdue=true&sort=-name")).items)).toEqual([
      "Egon Example",
      "Desdemona Invented",
      "Cornelius Madeup",
    ]);
    expect(names((await list("overdue=true&onTreatment=false")).items)).toEqual([
      "Cornelius Madeup",
      "Desdemona Invented",
    ]);
    expect(names((await list("q=lst-000")).items)).toEqual(["Beatrix Fictitious", "Cornelius Madeup"]);
    expect((await list("q=100%25")).items.map((i) => i.id)).toEqual([ids.oedema]);
    expect((await list("q=10_%25")).total).toBe(0);
    expect((await list(`q=${ids.rich?.slice(-12)}`)).items.map((i) => i.id)).toEqual([ids.rich]);
    expect(names((await list("q=EGON")).items)).toEqual(["Egon Example"]);
    const byLastVisit = await list("sort=-lastVisit");
    expect(names(byLastVisit.items).slice(0, 3)).toEqual([
      "Beatrix Fictitious",
      "Cornelius Madeup",
      "Egon Example",
    ]);
    const page = await list("sort=name&pageSize=2&page=2");
    expect([page.total, page.page, page.pageSize, names(page.items)]).toEqual([
      5,
      2,
      2,
      ["Desdemona Invented", "Egon Example"],
    ]);
    expect((await list("page=9")).items).toEqual([]);
    const created = await list("sort=created");
    expect(created.items.map((i) => i.id)).toEqual([
      ids.active,
      ids.remissionOverdue,
      ids.noVisits,
      ids.oedema,
      ids.rich,
    ]);
  });

  it("lists nothing for a site the caller does not act for", async () => {
    const res = await harness().api("GET", `/api/patients?siteId=${newId()}`);
    expect([res.status, res.body.total, res.body.items]).toEqual([200, 0, []]);
  });
}
