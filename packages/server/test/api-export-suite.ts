import { sql } from "kysely";
import { expect, it } from "vitest";
import { RESEARCH_ENTITIES } from "../src/research/entities.ts";
import type { ApiHarness } from "./api-harness.ts";

/** Naive CSV reading for our own output: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ",") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * The research export (D10): checked against the DATABASE, not against expectations — no cell
 * holds any value of an identifier column, a birth date, an id, or free text; pseudonyms are
 * stable between runs; only consenting patients appear.
 */
export function apiExportSuite(harness: () => ApiHarness): void {
  const trap = "Zebediah-Trapfield";
  const exports: Record<string, string[][]> = {};

  it("sets up a consenting patient whose every free-text field holds a trap value", async () => {
    const { api, demo } = harness();
    const created = await api("POST", "/api/patients", {
      body: {
        siteId: demo.siteId,
        researchConsent: "yes",
        identifiers: [
          { kind: "name", value: `${trap} Name` },
          { kind: "mrn", value: "TRAP-MRN-0007", issuer: `${trap} Hospital` },
          { kind: "other", value: "+44 20 7946 0000" },
        ],
        patient: { sex: "male", birthDate: "2011-04-05" },
        symptomOnset: "2020-01-10",
        biopsy: {
          performed: true,
          findings: ["plasma-cells"],
          culture: "positive",
          organism: `${trap} organism`,
        },
        visits: [
          {
            date: "2020-02-01",
            kind: "baseline",
            painNrs: 5,
            labs: [{ test: "crp", value: 12, unit: "mg/L" }],
          },
        ],
        imagingStudies: [
          {
            date: "2020-02-03",
            modality: "mri-stir",
            wholeBody: false,
            lesions: [{ site: "clavicle", side: "left", subsite: `${trap} subsite` }],
          },
        ],
        treatments: [
          {
            drugClass: "other",
            drug: `${trap} special brew`,
            start: "2020-02-01",
            route: `${trap} route`,
            dose: { value: 1, unit: `${trap}u` },
          },
          { drugClass: "nsaid", drug: "Naproxen", start: "2020-02-01", route: "oral" },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await api("POST", `/api/patients/${created.body.id}/evaluations`, { body: { on: "2020-03-01" } });
  });

  it("exports every entity as CSV to a researcher, with the dictionary naming every column", async () => {
    const { researcher } = harness();
    for (const entity of RESEARCH_ENTITIES) {
      const res = await researcher("GET", `/api/export/${entity.name}.csv`);
      expect([entity.name, res.status, res.headers.get("content-type")]).toEqual([
        entity.name,
        200,
        "text/csv; charset=utf-8",
      ]);
      exports[entity.name] = parseCsv(res.body as string);
      expect(exports[entity.name]?.[0], entity.name).toEqual(entity.columns.map((c) => c.name));
    }
    const dictionary = parseCsv((await researcher("GET", "/api/export/dictionary.csv")).body as string);
    const described = new Set(dictionary.slice(1).map(([entity, column]) => `${entity}.${column}`));
    for (const entity of RESEARCH_ENTITIES) {
      for (const column of entity.columns) expect(described).toContain(`${entity.name}.${column.name}`);
    }
    expect(exports.treatments?.some((row) => row[3] === "naproxen")).toBe(true);
  });

  it("contains no value of any identifier column, no date, no id and no free text (checked against the database)", async () => {
    const { reg } = harness();
    const forbidden = new Set<string>();
    const add = (values: (string | null)[]) => {
      for (const v of values) if (v) forbidden.add(v.toLowerCase());
    };
    const identifiers = await reg.db.selectFrom("patient_identifiers").select(["value", "issuer"]).execute();
    add(identifiers.flatMap((r) => [r.value, r.issuer]));
    const patients = await reg.db
      .selectFrom("patients")
      .select(["id", "site_id", "birth_date", "symptom_onset"])
      .execute();
    add(patients.flatMap((r) => [r.id, r.site_id, r.birth_date, r.symptom_onset]));
    const ids = await sql<{
      id: string;
    }>`SELECT id::text FROM encounters UNION ALL SELECT id::text FROM imaging_studies
      UNION ALL SELECT id::text FROM treatments UNION ALL SELECT id::text FROM lesions UNION ALL SELECT id::text FROM evaluations
      UNION ALL SELECT id::text FROM sites UNION ALL SELECT id::text FROM lab_results`.execute(reg.db);
    add(ids.rows.map((r) => r.id));
    add((await reg.db.selectFrom("biopsies").select("organism").execute()).map((r) => r.organism));
    add((await reg.db.selectFrom("lesions").select("subsite").execute()).map((r) => r.subsite));
    add((await reg.db.selectFrom("sites").select("name").execute()).map((r) => r.name));
    expect(forbidden.size).toBeGreaterThan(20);
    for (const [entity, rows] of Object.entries(exports)) {
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          const text = cell.toLowerCase();
          expect(forbidden.has(text), `${entity}: ${cell}`).toBe(false);
          expect(text, entity).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(text, entity).not.toContain("zebediah");
        }
      }
    }
  });

  it("lists only consenting patients, and gives the same pseudonyms on every run", async () => {
    const { reg, researcher, admin } = harness();
    const consenting = await reg.db
      .selectFrom("patients")
      .select("id")
      .where("research_consent", "=", "yes")
      .execute();
    expect((exports.patients?.length ?? 0) - 1).toBe(consenting.length);
    const again = await researcher("GET", "/api/export/patients.csv");
    expect(parseCsv(again.body as string)).toEqual(exports.patients);
    const byAdmin = await admin("GET", "/api/export/encounters.csv");
    expect(parseCsv(byAdmin.body as string)).toEqual(exports.encounters);
    const list = await researcher("GET", "/api/research/patients?pageSize=100");
    expect(list.body.items.map((p: { patient: string }) => p.patient).sort()).toEqual(
      (exports.patients ?? [])
        .slice(1)
        .map((row) => row[0])
        .sort(),
    );
  });
}
