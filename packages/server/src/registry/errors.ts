/**
 * The registry's error vocabulary; the HTTP boundary (a later slice) maps each to one status:
 * SiteAccessError → 403 (or 404 to hide existence), RecordNotFoundError → 404,
 * StaleVersionError → 409. `code` is what the audit log records.
 */
export class SiteAccessError extends Error {
  readonly code = "site-access";
  /** `siteId` only when the caller named it; never another site's id learnt from a record. */
  constructor(readonly siteId?: string) {
    super(siteId ? `No access to the records of site ${siteId}.` : "No access to this patient's site.");
    this.name = "SiteAccessError";
  }
}

export class RecordNotFoundError extends Error {
  readonly code = "not-found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${id}.`);
    this.name = "RecordNotFoundError";
  }
}

export class StaleVersionError extends Error {
  readonly code = "stale-version";
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `The ${entity} ${id} was changed by someone else (version ${currentVersion}, not ${expectedVersion}): ` +
        "reload it and apply your change again.",
    );
    this.name = "StaleVersionError";
  }
}

/**
 * A code safe to log: PostgreSQL's SQLSTATE (e.g. 23503) or one of ours. Never the message,
 * which can quote the values of a failing row.
 */
export function errorCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Za-z_-]{1,40}$/.test(code) ? code : null;
}
