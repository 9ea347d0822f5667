import { existsSync, readdirSync, statSync } from "node:fs";
import { statfs } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Disk a run of this many patients needs: PGlite's folder, PostgreSQL's registry database and the
 * COPY target (the same rows again, plus CSV files while copying), with half again as margin.
 * `perPatient` comes from a measured run (the last quick run's sizes) or the defaults below,
 * measured on 1,000 patients (≈320 rows each; PGlite keeps about three times PostgreSQL's bytes).
 */
export function estimateBytes(
  patients: number,
  perPatient: { pglite: number; postgres: number },
  databases: readonly string[],
): number {
  const pglite = databases.includes("pglite") ? perPatient.pglite : 0;
  const postgres = databases.includes("postgres") ? perPatient.postgres * 2.5 : 0;
  return Math.ceil(patients * (pglite + postgres) * 1.5);
}

export const DEFAULT_BYTES_PER_PATIENT = { pglite: 220_000, postgres: 70_000 };

/** Free bytes for an unprivileged writer on the file system that holds `path` (or its nearest parent). */
export async function freeBytes(path: string): Promise<number> {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  const fs = await statfs(at);
  return fs.bavail * fs.bsize;
}

/** Bytes of the files under a directory. */
export function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
