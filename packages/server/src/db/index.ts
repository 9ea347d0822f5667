export { type OpenOptions, openDatabase, PGLITE_SUBDIR, type RegistryDatabase } from "./database.ts";
export { isUuid, isUuidV7, newId } from "./ids.ts";
export { DataFolderLockedError, LOCK_FILE_NAME, type LockHolder } from "./lock-file.ts";
export { LATEST_MIGRATION, MIGRATIONS, type MigrationName } from "./migrations/index.ts";
export type * from "./schema.ts";
