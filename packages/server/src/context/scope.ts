import { type RawBuilder, sql } from "kysely";
import type { RequestContext } from "./request-context.ts";

/**
 * THE definition of which patients a caller may see (D10), used by every patient query: the
 * scoping of `:patientId` and `:pseudonym` routes (context/audited.ts) and the SQL of lists and
 * exports (scopeCondition). Handlers never decide it themselves.
 * - clinician: the patients of their sites;
 * - patient: the one patient their account is linked to;
 * - researcher and admin: patients with researchConsent "yes", and only through the pseudonymized
 *   research view (routes/research.ts, routes/export.ts) — the route table never lets these roles
 *   reach a route that returns identifiers (a test checks it);
 */
export type PatientScope =
  | { kind: "sites"; siteIds: readonly string[] }
  | { kind: "patient"; patientId: string | null }
  | { kind: "consenting" };

export function scopeOf(ctx: RequestContext): PatientScope {
  switch (ctx.role) {
    case "clinician":
      return { kind: "sites", siteIds: ctx.siteIds };
    case "patient":
      return { kind: "patient", patientId: ctx.patientId ?? null };
    case "researcher":
    case "admin":
      return { kind: "consenting" };
  }
}

export interface ScopedRow {
  id: string;
  site_id: string;
  research_consent: string;
}

export function inScope(scope: PatientScope, row: ScopedRow): boolean {
  switch (scope.kind) {
    case "sites":
      return scope.siteIds.includes(row.site_id);
    case "patient":
      return scope.patientId === row.id;
    case "consenting":
      return row.research_consent === "yes";
  }
}

/** The same rule as SQL over a `patients` alias, for lists and exports. */
export function scopeCondition(scope: PatientScope, alias: string): RawBuilder<boolean> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  switch (scope.kind) {
    case "sites":
      return sql<boolean>`${col("site_id")} = ANY (${[...scope.siteIds]}::uuid[])`;
    case "patient":
      return scope.patientId ? sql<boolean>`${col("id")} = ${scope.patientId}` : sql<boolean>`false`;
    case "consenting":
      return sql<boolean>`${col("research_consent")} = 'yes'`;
  }
}
