import type { RegistryDatabase } from "@cno-atlas/server";
import { sql } from "kysely";
import { COURSE_TABLES } from "./course-row-count.ts";

/** Counts the benchmark reads back from a registry: what it holds, and its size. */

export async function patientCount(database: RegistryDatabase): Promise<number> {
  const row = await database.db
    .selectFrom("patients")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function tableRows(database: RegistryDatabase): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT (${sql.join(
    COURSE_TABLES.map((t) => sql`(SELECT count(*) FROM ${sql.table(t)})`),
    sql` + `,
  )}) AS n`.execute(database.db);
  return Number(rows[0]?.n ?? 0);
}

export async function databaseBytes(database: RegistryDatabase): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT pg_database_size(current_database()) AS n`.execute(
    database.db,
  );
  return Number(rows[0]?.n ?? 0);
}
