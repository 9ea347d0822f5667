import { resolve } from "node:path";
import { DataFolderLockedError, openDatabase, type RegistryDatabase } from "@cno-atlas/server";

export interface DatabaseOptions {
  data?: string;
  databaseUrl?: string;
}

export type Opened = { ok: true; database: RegistryDatabase; where: string } | { ok: false; message: string };

/**
 * The registry a command works on: PostgreSQL when `--database-url` or DATABASE_URL is given, else
 * the embedded database in `--data`, CNO_ATLAS_DATA or ./data. A folder held by a running server is
 * refused with the holder named (D10 (docs/clinical/conventions.md#registry)).
 */
export async function openRegistry(options: DatabaseOptions): Promise<Opened> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const dataDir = resolve(options.data ?? process.env.CNO_ATLAS_DATA ?? "data");
  try {
    if (databaseUrl) {
      return { ok: true, database: await openDatabase({ databaseUrl }), where: "PostgreSQL (DATABASE_URL)" };
    }
    return { ok: true, database: await openDatabase({ dataDir }), where: `embedded database in ${dataDir}` };
  } catch (error) {
    if (error instanceof DataFolderLockedError) return { ok: false, message: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    const where = databaseUrl ? "the PostgreSQL server of DATABASE_URL" : dataDir;
    // Only the error's code and class: a connection error can quote the URL with its password.
    return { ok: false, message: `cannot open the registry at ${where}: ${code ?? (error as Error).name}` };
  }
}
