import { sql } from "kysely";
import { z } from "zod";
import { scopeCondition } from "../context/scope.ts";
import { defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { asObject, RESEARCH_ENTITIES } from "../research/entities.ts";
import { PATIENT_COLUMNS, patientCells, patientPages } from "../research/patient-pages.ts";
import { MAX_PAGE, positiveIntParam } from "../schemas/query.ts";

const ACCESS = ["researcher", "admin"] as const;

export const researchListQuerySchema = z.strictObject({
  page: positiveIntParam(MAX_PAGE).default(1),
  pageSize: positiveIntParam(100).default(25),
});

/**
 * The researchers' view in the API (D10: the same pseudonymized view as the export): no names,
 * MRNs, birth dates, ids or free text; patients are addressed by their pseudonym.
 */
export const listResearchPatientsOperation = defineOperation({
  id: "listResearchPatients",
  method: "GET",
  path: "/api/research/patients",
  summary: "Consenting patients, pseudonymized (the patients.csv columns), paged with the total",
  tag: "research",
  access: ACCESS,
  query: researchListQuerySchema,
  audit: { entity: "research-patient-list", action: "read" },
  responses: { 200: "{ items, page, pageSize, total }", 503: "No pseudonym key configured" },
  handle: async (c, input, deps) => {
    const index = deps.services.pseudonyms;
    if (!index) return problemResponse(problems.pseudonymKeyMissing());
    const { page, pageSize } = input.query;
    const total = await sql<{ n: string }>`SELECT count(*) AS n FROM patients p
      WHERE ${scopeCondition(deps.scope, "p")}`.execute(deps.db);
    const items: Record<string, unknown>[] = [];
    const pages = patientPages(deps.db, deps.scope, index.key, {
      pageSize,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    for await (const chunk of pages) {
      chunk.rows.forEach((row) => {
        items.push(
          asObject(PATIENT_COLUMNS, patientCells(row, index.pseudonymOf(row.site_id, row.id), index.key)),
        );
      });
    }
    return c.json({ items, page, pageSize, total: Number(total.rows[0]?.n ?? 0) });
  },
});

export const readResearchPatientOperation = defineOperation({
  id: "readResearchPatient",
  method: "GET",
  path: "/api/research/patients/:pseudonym",
  summary: "One consenting patient's pseudonymized record: every export entity's rows for them",
  tag: "research",
  access: ACCESS,
  audit: { entity: "research-record", action: "read" },
  responses: {
    200: "{ patients, encounters, lesions, labs, treatments, pros, evaluations }",
    404: "No such pseudonym",
  },
  handle: async (c, _input, deps) => {
    const index = deps.services.pseudonyms;
    const patient = deps.patient;
    if (!index || !patient) return problemResponse(problems.pseudonymKeyMissing());
    const out: Record<string, unknown> = {};
    for await (const page of patientPages(deps.db, deps.scope, index.key, {
      pageSize: 1,
      only: patient.id,
    })) {
      for (const entity of RESEARCH_ENTITIES) {
        const rows = await entity.rows(deps.db, page, index.key);
        out[entity.name] = rows.map((row) => asObject(entity.columns, row));
      }
    }
    return c.json(out);
  },
});
