import { imagingStudySchema, treatmentSchema, visitSchema } from "@cno-atlas/clinical";
import type { z } from "zod";
import { defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { jsonResponse } from "../http/responses.ts";
import {
  type EntityFamily,
  imagingStudies,
  type Stored,
  treatments,
  visits,
} from "../registry/entity-families.ts";
import { createEntity, readEntity, updateEntity } from "../registry/entity-store.ts";
import { patchSchemaOf } from "../schemas/patch.ts";
import { PATIENT_PATH, patientPath } from "./patient-paths.ts";

interface EntityRoutes<T> {
  family: EntityFamily<T>;
  schema: z.ZodObject & z.ZodType<T>;
  /** URL segment and path parameter: "visits", "visitId". */
  segment: string;
  param: string;
  /** OpenAPI component name of the body. */
  component: string;
  label: string;
}

const resource = <T>(stored: Stored<T>) => ({ id: stored.id, version: stored.version, ...stored.value });

/**
 * List, create, read and update for one versioned course part, all scoped to the patient. The
 * resource is the core's value with `id` and `version` beside its fields; reads send the version
 * as ETag and updates take it back as If-Match.
 */
function entityOperations<T>(r: EntityRoutes<T>) {
  const collection = `${PATIENT_PATH}/${r.segment}` as const;
  const item = `${collection}/:${r.param}` as const;
  const audit = (action: "create" | "read" | "update") => ({ entity: r.family.name, action });
  const base = { tag: r.segment, access: ["clinician"] as const };
  const patchSchema = patchSchemaOf(r.schema);
  const notFound = {
    400: "Invalid parameters, each named",
    404: `No such patient or ${r.label} at your sites`,
  };
  return [
    defineOperation({
      ...base,
      id: `list-${r.segment}`,
      method: "GET",
      path: collection,
      summary: `The patient's ${r.label}s, in record order`,
      audit: audit("read"),
      responses: { 200: `{ items: ${r.component}[] } with id and version`, ...notFound },
      handle: async (c, input, deps) => {
        const all = await r.family.read(deps.db, input.params.patientId);
        return c.json({ items: all.map(resource) });
      },
    }),
    defineOperation({
      ...base,
      id: `create-${r.segment}`,
      method: "POST",
      path: collection,
      summary: `Add a ${r.label} to the patient's record`,
      body: r.schema,
      bodyComponent: r.component,
      audit: audit("create"),
      responses: { 201: `The ${r.label} (ETag: its version)`, ...notFound, 415: "Body is not JSON" },
      handle: async (c, input, deps) => {
        const patientId = input.params.patientId;
        const stored = await createEntity(deps.db, r.family, patientId, input.body as T);
        deps.audit.entityId = stored.id;
        const location = patientPath(patientId, r.segment, stored.id);
        return jsonResponse(c, 201, resource(stored), { version: stored.version, location });
      },
    }),
    defineOperation({
      ...base,
      id: `read-${r.segment}`,
      method: "GET",
      path: item,
      summary: `One ${r.label} (ETag: its version)`,
      audit: audit("read"),
      responses: { 200: `The ${r.label}`, ...notFound },
      handle: async (c, input, deps) => {
        const params = input.params as Record<string, string>;
        const stored = await readEntity(deps.db, r.family, params.patientId ?? "", params[r.param] ?? "");
        return jsonResponse(c, 200, resource(stored), { version: stored.version });
      },
    }),
    defineOperation({
      ...base,
      id: `update-${r.segment}`,
      method: "PATCH",
      path: item,
      summary: `Change fields of a ${r.label}; each field sent replaces the old, null clears it`,
      body: patchSchema,
      bodyComponent: `${r.component}Patch`,
      precondition: "if-match",
      audit: audit("update"),
      responses: {
        200: `The updated ${r.label} (ETag: its new version)`,
        ...notFound,
        409: "Stale If-Match: changed since it was read; nothing was changed",
        415: "Body is not JSON",
        428: "If-Match missing",
      },
      handle: async (c, input, deps) => {
        const params = input.params as Record<string, string>;
        const ids = { patientId: params.patientId ?? "", id: params[r.param] ?? "" };
        const result = await updateEntity(deps.db, r.family, r.schema, ids, input.version, input.body);
        if (!result.ok) return problemResponse(problems.invalidBody(result.errors));
        return jsonResponse(c, 200, resource(result.stored), { version: result.stored.version });
      },
    }),
  ];
}

export const visitOperations = entityOperations({
  family: visits,
  schema: visitSchema,
  segment: "visits",
  param: "visitId",
  component: "Visit",
  label: "visit",
});

export const imagingStudyOperations = entityOperations({
  family: imagingStudies,
  schema: imagingStudySchema,
  segment: "imaging-studies",
  param: "imagingStudyId",
  component: "ImagingStudy",
  label: "imaging study",
});

export const treatmentOperations = entityOperations({
  family: treatments,
  schema: treatmentSchema,
  segment: "treatments",
  param: "treatmentId",
  component: "Treatment",
  label: "treatment",
});
