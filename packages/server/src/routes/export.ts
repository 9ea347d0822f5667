import { type Deps, defineOperation } from "../http/operation.ts";
import { problemResponse, problems } from "../http/problems.ts";
import { errorCodeOf } from "../registry/errors.ts";
import { csvResponse } from "../research/csv.ts";
import { DICTIONARY_COLUMNS, dictionaryRows, entityRows, RESEARCH_ENTITIES } from "../research/entities.ts";

const ACCESS = ["researcher", "admin"] as const;

const onFault = (deps: Deps, what: string) => (error: unknown) => {
  const code = errorCodeOf(error);
  deps.services.logFault(
    `export ${what} failed mid-stream: ${(error as Error).name}${code ? ` (${code})` : ""}`,
  );
};

/**
 * GET /api/export/<entity>.csv for each research entity: the consenting patients' pseudonymized
 * rows (research/entities.ts), streamed. One audit row per download (entity "export-<name>"),
 * written when the download is authorized and starts.
 */
export const exportOperations = RESEARCH_ENTITIES.map((entity) =>
  defineOperation({
    id: `export-${entity.name}`,
    method: "GET",
    path: `/api/export/${entity.name}.csv`,
    summary: `Research export: ${entity.description.toLowerCase()}; pseudonymized, consenting patients only`,
    tag: "research",
    access: ACCESS,
    audit: { entity: `export-${entity.name}`, action: "read", mode: "stream" },
    responses: { 200: "text/csv, streamed", 503: "No pseudonym key configured" },
    handle: (_c, _input, deps) => {
      const index = deps.services.pseudonyms;
      if (!index) return problemResponse(problems.pseudonymKeyMissing());
      const rows = entityRows(deps.db, entity, deps.scope, index.key);
      return csvResponse(
        `${entity.name}.csv`,
        entity.columns.map((c) => c.name),
        rows,
        onFault(deps, entity.name),
      );
    },
  }),
);

export const exportDictionaryOperation = defineOperation({
  id: "export-dictionary",
  method: "GET",
  path: "/api/export/dictionary.csv",
  summary: "The data dictionary of the research export: every column with its type, unit and meaning",
  tag: "research",
  access: ACCESS,
  registry: true,
  responses: { 200: "text/csv" },
  handle: (_c, _input, deps) =>
    csvResponse(
      "dictionary.csv",
      DICTIONARY_COLUMNS.map((c) => c.name),
      dictionaryRows(),
      onFault(deps, "dictionary"),
    ),
});
