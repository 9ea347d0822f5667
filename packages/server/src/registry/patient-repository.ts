import type { Kysely, Updateable } from "kysely";
import { isUuid } from "../db/ids.ts";
import type { Database, PatientIdentifiersTable } from "../db/schema.ts";
import { type AuditEntry, appendAudit, auditFailure, type RegistryContext } from "./audit.ts";
import { errorCodeOf, RecordNotFoundError, SiteAccessError } from "./errors.ts";
import { bumpVersion } from "./optimistic.ts";

/** Patient-level fields an update may change; `null` clears a field. */
export interface PatientChanges {
  researchConsent?: "yes" | "no" | "withdrawn";
  sex?: "female" | "male" | "other" | null;
  birthDate?: string | null;
  ageAtOnsetYears?: number | null;
  ageAtPresentationYears?: number | null;
  symptomOnset?: string | null;
  diagnosisDate?: string | null;
  antibioticResponse?: "complete-sustained" | "partial" | "none" | "not-tried" | null;
}

const COLUMNS = {
  researchConsent: "research_consent",
  sex: "sex",
  birthDate: "birth_date",
  ageAtOnsetYears: "age_at_onset_years",
  ageAtPresentationYears: "age_at_presentation_years",
  symptomOnset: "symptom_onset",
  diagnosisDate: "diagnosis_date",
  antibioticResponse: "antibiotic_response",
} as const satisfies Record<keyof PatientChanges, keyof Database["patients"]>;

/**
 * Changes patient-level fields if the caller saw the current version; returns the new version.
 * A stale `expectedVersion` throws StaleVersionError and writes nothing but a "conflict" audit row.
 */
export async function updatePatient(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
  expectedVersion: number,
  changes: PatientChanges,
): Promise<{ version: number }> {
  const known = isUuid(patientId) ? patientId : null; // a malformed id cannot go in a uuid column
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "update",
    entity: "patient",
    entityId: known,
    patientId: known,
  };
  const values: Updateable<Database["patients"]> = {};
  for (const [key, column] of Object.entries(COLUMNS) as [keyof PatientChanges, string][]) {
    if (changes[key] !== undefined) (values as Record<string, unknown>)[column] = changes[key];
  }
  try {
    return await db.transaction().execute(async (trx) => {
      await assertPatientAtSite(trx, ctx, patientId);
      const version = await bumpVersion(trx, "patients", patientId, expectedVersion);
      if (Object.keys(values).length > 0) {
        await trx.updateTable("patients").set(values).where("id", "=", patientId).execute();
      }
      await appendAudit(trx, ctx, { ...audit, outcome: "success" });
      return { version };
    });
  } catch (error) {
    const code = errorCodeOf(error);
    const outcome =
      code === "stale-version"
        ? "conflict"
        : code === "not-found"
          ? "not-found"
          : code === "site-access"
            ? "denied"
            : "error";
    await auditFailure(db, ctx, { ...audit, outcome, errorCode: code });
    throw error;
  }
}

export type PatientIdentifier = Pick<PatientIdentifiersTable, "kind" | "value"> & { issuer?: string };

/** The identifiers (name, MRN…) of one patient: a separate, separately audited read. */
export async function loadIdentifiers(
  db: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
): Promise<PatientIdentifier[] | null> {
  const audit: Omit<AuditEntry, "outcome"> = {
    action: "read",
    entity: "patient-identifiers",
    entityId: isUuid(patientId) ? patientId : null,
    patientId: isUuid(patientId) ? patientId : null,
  };
  try {
    return await db.transaction().execute(async (trx) => {
      await assertPatientAtSite(trx, ctx, patientId);
      const rows = await trx
        .selectFrom("patient_identifiers")
        .select(["kind", "value", "issuer"])
        .where("patient_id", "=", patientId)
        .orderBy("ordinal")
        .execute();
      await appendAudit(trx, ctx, { ...audit, outcome: "success" });
      return rows.map(({ kind, value, issuer }) =>
        issuer === null ? { kind, value } : { kind, value, issuer },
      );
    });
  } catch (error) {
    if (error instanceof RecordNotFoundError || error instanceof SiteAccessError) {
      await appendAudit(db, ctx, {
        ...audit,
        outcome: error instanceof SiteAccessError ? "denied" : "not-found",
      });
      return null;
    }
    await auditFailure(db, ctx, { ...audit, outcome: "error", errorCode: errorCodeOf(error) });
    throw error;
  }
}

/** Throws RecordNotFoundError when the patient is absent, SiteAccessError when at another site. */
export async function assertPatientAtSite(
  trx: Kysely<Database>,
  ctx: RegistryContext,
  patientId: string,
): Promise<void> {
  if (!isUuid(patientId)) throw new RecordNotFoundError("patient", patientId);
  const row = await trx
    .selectFrom("patients")
    .select("site_id")
    .where("id", "=", patientId)
    .executeTakeFirst();
  if (!row) throw new RecordNotFoundError("patient", patientId);
  if (row.site_id !== ctx.siteId) throw new SiteAccessError();
}
