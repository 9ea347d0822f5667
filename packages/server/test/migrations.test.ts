import { describe, expect, it } from "vitest";
import { LATEST_MIGRATION, MIGRATIONS } from "../src/db/migrations/index.ts";

// Static guards; the upgrade itself runs against both databases in registry-write-suite.ts.
describe("migrations", () => {
  const all = Object.entries(MIGRATIONS);

  it("are numbered in order, latest last", () => {
    const names = all.map(([name]) => name);
    expect(names).toStrictEqual([...names].sort());
    names.forEach((name, i) => {
      expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(4, "0")}_[a-z0-9_]+$`));
    });
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it("never drop data and have no down step", () => {
    for (const [name, migration] of all) {
      expect(migration, name).not.toHaveProperty("down");
      for (const statement of migration.statements) {
        // Commands that discard rows; "BEFORE TRUNCATE" in a trigger definition is not one.
        expect(statement, name).not.toMatch(/^\s*(DROP\s+(TABLE|SCHEMA)|TRUNCATE|DELETE\s+FROM)\b/i);
        expect(statement, name).not.toMatch(/\bDROP\s+COLUMN\b/i);
        expect(statement, name).not.toMatch(/\bALTER\s+COLUMN\s+\S+\s+TYPE\b/i);
      }
    }
  });

  it("avoid functions PostgreSQL 15 lacks (PGlite runs 18 and would hide them)", () => {
    for (const [name, migration] of all) {
      for (const statement of migration.statements) {
        expect(statement, name).not.toMatch(/\b(uuidv7|uuidv4|uuid_extract_timestamp|casefold)\s*\(/i);
      }
    }
  });
});
