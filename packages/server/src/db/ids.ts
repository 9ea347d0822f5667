import { v7, validate, version } from "uuid";

/**
 * Row ids are UUIDv7, made here rather than by the database: time-ordered (so B-tree inserts stay
 * at the right edge and ids sort by creation), known before the INSERT (so a whole course's rows,
 * children included, are built in memory and written in one transaction), and the same on PGlite
 * and PostgreSQL 15, which has no uuidv7() (toolchain.md).
 */
export function newId(): string {
  return v7();
}

/** True for any well-formed UUID string; guards queries from a malformed id (PostgreSQL error 22P02). */
export function isUuid(value: string): boolean {
  return validate(value);
}

/** True when `value` is a UUID of version 7. */
export function isUuidV7(value: string): boolean {
  return validate(value) && version(value) === 7;
}
