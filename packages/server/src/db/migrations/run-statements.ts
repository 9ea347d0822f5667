import { type Kysely, sql } from "kysely";

/**
 * Runs a migration's statements one by one on the migration's transaction. One statement per
 * call keeps error positions exact and needs no multi-statement support from the driver.
 */
export async function runStatements(db: Kysely<unknown>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
