import { expect, it } from "vitest";
import { pathParamNames } from "../src/http/operation.ts";
import { patientPseudonym } from "../src/research/pseudonym.ts";
import { OPERATIONS } from "../src/routes/route-table.ts";
import { type Api, type ApiHarness, allCounts, client, signIn, TEST_PASSWORD } from "./api-harness.ts";
import { matrixRequest, type Target } from "./fixtures/matrix-requests.ts";

type Caller = "anonymous" | "admin" | "clinician" | "researcher" | "patient";
const CALLERS: Caller[] = ["anonymous", "admin", "clinician", "researcher", "patient"];
/** A status, or [own record, another site's / patient's / a non-consenting record]. */
type Expect = Record<Caller, number | [number, number]>;

const all = (status: number): Expect => ({
  anonymous: status,
  admin: status,
  clinician: status,
  researcher: status,
  patient: status,
});
const signedIn = (status: number): Expect => ({ ...all(status), anonymous: 401 });
const only = (roles: Partial<Record<Caller, number | [number, number]>>): Expect => ({
  anonymous: 401,
  admin: 403,
  clinician: 403,
  researcher: 403,
  patient: 403,
  ...roles,
});
const clinical = (ok: number) => only({ clinician: [ok, 404] });
const research = only({ researcher: [200, 404], admin: [200, 404] });
const researchList = only({ researcher: 200, admin: 200 });

/**
 * The authorization matrix, written out by hand as the specification. The test walks the ROUTE
 * TABLE and fails for any route missing here, so a new route cannot escape it.
 */
const EXPECTED: Record<string, Expect> = {
  health: all(200),
  evaluate: all(200),
  openApi: all(200),
  webPage: all(200),
  webScript: all(200),
  signIn: all(401),
  readSession: signedIn(200),
  signOut: signedIn(204),
  listUsers: only({ admin: 200 }),
  createUser: only({ admin: 201 }),
  updateUser: only({ admin: 200 }),
  listSites: only({ admin: 200, clinician: 200 }),
  createSite: only({ admin: 201 }),
  listPatients: only({ clinician: 200 }),
  createPatient: only({ clinician: 201 }),
  readPatient: clinical(200),
  updatePatient: clinical(200),
  readCourse: clinical(200),
  readEvaluation: clinical(200),
  readChart: clinical(200),
  listEvaluations: clinical(200),
  storeEvaluation: clinical(201),
  readSummary: only({ clinician: [200, 404], patient: [200, 404] }),
  listResearchPatients: researchList,
  readResearchPatient: research,
  "export-dictionary": researchList,
  listAudit: only({ admin: 200 }),
  exportAudit: only({ admin: 200 }),
};
for (const segment of ["visits", "imaging-studies", "treatments"]) {
  Object.assign(EXPECTED, {
    [`list-${segment}`]: clinical(200),
    [`create-${segment}`]: clinical(201),
    [`read-${segment}`]: clinical(200),
    [`update-${segment}`]: clinical(200),
  });
}
for (const part of ["biopsy", "mimic-workup", "coexisting-conditions", "blood-cultures"]) {
  Object.assign(EXPECTED, { [`read-${part}`]: clinical(200), [`put-${part}`]: clinical(200) });
}
for (const entity of ["patients", "encounters", "lesions", "labs", "treatments", "pros", "evaluations"]) {
  EXPECTED[`export-${entity}`] = researchList;
}

const outcomeOf = (status: number, own: boolean) =>
  status < 300 ? "success" : status === 404 && !own ? "denied" : status === 404 ? "not-found" : "denied";

/**
 * Every route × every role × own / other record, with the exact status; every call on a route
 * that touches patient data leaves exactly one audit row naming the caller, the entity, the
 * patient and the outcome; a refused call changes no row.
 */
export function apiAuthzSuite(harness: () => ApiHarness): void {
  const targets: { own?: Target; other?: Target } = {};
  const callers = {} as Record<Caller, Api>;
  const usernames: Record<Caller, string> = {
    anonymous: "anonymous",
    admin: "test-admin",
    clinician: "demo-clinician",
    researcher: "test-researcher",
    patient: "matrix-patient",
  };
  let spareUserId = "";

  it("sets up records of the clinician's site and of another site, and a patient account", async () => {
    const h = harness();
    const otherSite = (
      await h.admin("POST", "/api/sites", { body: { name: `Matrix other site ${Date.now()}` } })
    ).body.id;
    const make = async (siteId: string, consent: string, api: Api): Promise<Target> => {
      const created = await api("POST", "/api/patients", {
        body: {
          siteId,
          researchConsent: consent,
          identifiers: [{ kind: "name", value: "Matrix Fictitious" }],
          symptomOnset: "2023-12-01",
          visits: [{ date: "2024-01-01", kind: "baseline" }],
          imagingStudies: [{ date: "2024-01-02", modality: "x-ray", wholeBody: false, lesions: [] }],
          treatments: [{ drugClass: "nsaid", drug: "naproxen", start: "2024-01-01" }],
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id as string;
      const chart = await api("GET", `/api/patients/${id}/chart`);
      return {
        patientId: id,
        pseudonym: patientPseudonym(h.pseudonymKey, siteId, id),
        visitId: chart.body.course.visits[0].id,
        imagingStudyId: chart.body.course.imagingStudies[0].id,
        treatmentId: chart.body.course.treatments[0].id,
      };
    };
    targets.own = await make(h.demo.siteId, "yes", h.api);
    // The other site's record is made by a clinician of that site (a second account).
    const other = await h.admin("POST", "/api/users", {
      body: {
        username: "matrix-other-clinician",
        role: "clinician",
        password: TEST_PASSWORD,
        siteIds: [otherSite],
      },
    });
    expect(other.status).toBe(201);
    targets.other = await make(
      otherSite,
      "no",
      client(h.server.url, await signIn(h.server.url, "matrix-other-clinician")),
    );
    const patientUser = await h.admin("POST", "/api/users", {
      body: {
        username: usernames.patient,
        role: "patient",
        password: TEST_PASSWORD,
        patientId: targets.own.patientId,
      },
    });
    expect(patientUser.status).toBe(201);
    const spare = await h.admin("POST", "/api/users", {
      body: { username: "matrix-spare", role: "researcher", password: TEST_PASSWORD },
    });
    spareUserId = spare.body.id;
    Object.assign(callers, {
      anonymous: h.anonymous,
      admin: h.admin,
      clinician: h.api,
      researcher: h.researcher,
    });
    callers.patient = client(h.server.url, await signIn(h.server.url, usernames.patient));
  });

  it("gives every route of the table its exact status for every role, own and other, and audits each call once", async () => {
    const h = harness();
    const missing = OPERATIONS.filter((op) => !EXPECTED[op.id]).map((op) => op.id);
    expect(missing, "routes without an entry in the authorization matrix").toEqual([]);
    const seen: string[] = [];
    for (const op of OPERATIONS) {
      const names = pathParamNames(op.path);
      const namesRecord = names.some((n) => n !== "userId");
      for (const caller of CALLERS) {
        const expected = EXPECTED[op.id]?.[caller] ?? 0;
        for (const own of namesRecord ? [true, false] : [true]) {
          const target = (own ? targets.own : targets.other) as Target;
          const status = Array.isArray(expected) ? expected[own ? 0 : 1] : expected;
          const { path, options } = await matrixRequest(h.reg.db, op, target, {
            siteId: h.demo.siteId,
            spareUserId,
          });
          const before = await allCounts(h.reg.db);
          const auditBefore = await auditCount(h);
          const res = await (callers[caller] as Api)(op.method, path, options);
          const label = `${op.id} as ${caller} (${own ? "own" : "other"})`;
          seen.push(`${label}: ${res.status}`);
          expect([label, res.status]).toEqual([label, status]);
          if (res.status >= 400) expect(await allCounts(h.reg.db), label).toEqual(before);
          const rows = await newAuditRows(h, auditBefore);
          if (op.audit) {
            expect(
              rows.map((r) => [r.entity, r.action, r.outcome, r.user_id]),
              label,
            ).toEqual([[op.audit.entity, op.audit.action, outcomeOf(res.status, own), usernames[caller]]]);
            if (names.includes("patientId")) expect(rows[0]?.patient_id, label).toBe(target.patientId);
          } else if (op.id === "signIn" || (op.id === "signOut" && res.status === 204)) {
            // Sign-in and sign-out are audited by their handlers, as entity "session".
            expect(
              rows.map((r) => r.entity),
              label,
            ).toEqual(["session"]);
          } else {
            expect(rows, label).toEqual([]);
          }
          if (op.id === "signOut" && res.status === 204) await resignIn(h, caller);
        }
      }
    }
    console.info(`[authz] ${seen.length} route × role × record calls checked`);
  }, 120_000);

  it("never lets the research view show a name, MRN, birth date or real patient id", async () => {
    const { researcher } = harness();
    const own = targets.own as Target;
    for (const path of ["/api/research/patients?pageSize=100", `/api/research/patients/${own.pseudonym}`]) {
      const text = JSON.stringify((await researcher("GET", path)).body);
      expect(text).toContain(own.pseudonym);
      for (const secret of ["Matrix Fictitious", own.patientId, "2023-12-01", "2024-01-01"]) {
        expect(text, path).not.toContain(secret);
      }
    }
  });

  async function resignIn(h: ApiHarness, caller: Caller) {
    const credentials = await signIn(h.server.url, usernames[caller]);
    callers[caller] = client(h.server.url, credentials);
    if (caller === "admin") h.admin = callers.admin;
    if (caller === "clinician") {
      h.api = callers.clinician;
      h.credentials = credentials;
    }
    if (caller === "researcher") h.researcher = callers.researcher;
  }
}

async function auditCount(h: ApiHarness): Promise<number> {
  const row = await h.reg.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function newAuditRows(h: ApiHarness, before: number) {
  const count = (await auditCount(h)) - before;
  if (count <= 0) return [];
  return h.reg.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(count).execute();
}
