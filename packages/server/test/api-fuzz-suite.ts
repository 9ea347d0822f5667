import fc from "fast-check";
import { type Kysely, sql } from "kysely";
import { expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { LoginThrottle } from "../src/auth/throttle.ts";
import type { Database } from "../src/db/schema.ts";
import { pathParamNames } from "../src/http/operation.ts";
import { COURSE_TABLES } from "../src/registry/course-rows.ts";
import { OPERATIONS } from "../src/routes/route-table.ts";
import type { ApiHarness } from "./api-harness.ts";

/** Every table but the two a refused request may legitimately touch (audit_log, sessions). */
const TABLES = ["sites", "site_members", "users", ...COURSE_TABLES, "evaluations"] as const;

/** A digest of every row of every table: "no row changed" is "the same digest". */
async function digest(db: Kysely<Database>): Promise<string[]> {
  const out: string[] = [];
  for (const table of TABLES) {
    const r = await sql<{
      d: string | null;
    }>`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM ${sql.table(table)} t`.execute(db);
    out.push(`${table}:${r.rows[0]?.d}`);
  }
  return out;
}

const nasty = fc.constantFrom(
  "",
  " ",
  "..",
  "%2e%2e",
  "%00",
  "null",
  "0",
  "-1",
  "1e309",
  "😀",
  "\u202e",
  "x".repeat(5000),
  "'; DROP TABLE patients;--",
  "{}",
  "[]",
);

/**
 * Thousands of malformed requests — bodies, path and query parameters, headers, cookies — against
 * every route of the table, signed in or not: never a 5xx, never a fault logged, and no row of
 * any table changed (checked by digest at the end).
 */
export function apiFuzzSuite(harness: () => ApiHarness): void {
  it("answers thousands of malformed requests without a 5xx and without changing a row", async () => {
    const { reg, credentials, demo } = harness();
    const faults: string[] = [];
    const app = createApp({
      database: reg,
      logFault: (m) => faults.push(m),
      throttle: new LoginThrottle({ windowMs: 1000, perAccount: 1_000_000, perAddress: 1_000_000 }),
    });
    const anyPatient = (
      await reg.db
        .selectFrom("patients")
        .select("id")
        .where("site_id", "=", demo.siteId)
        .executeTakeFirstOrThrow()
    ).id;
    const before = await digest(reg.db);
    const param = fc.oneof(fc.constant(anyPatient), fc.uuid(), fc.string({ maxLength: 40 }), nasty);
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      nasty,
      fc.constant(undefined),
      fc.constant('{"researchConsent":"yes","siteId":"not-a-uuid"}'),
    );
    const request = fc.record({
      op: fc.constantFrom(...OPERATIONS),
      method: fc.option(fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"), {
        nil: undefined,
      }),
      params: fc.array(param, { minLength: 4, maxLength: 4 }),
      query: fc.option(
        fc.dictionary(
          fc.oneof(
            fc.string({ maxLength: 10 }),
            fc.constantFrom("on", "page", "pageSize", "q", "sort", "before", "from"),
          ),
          fc.oneof(fc.string({ maxLength: 20 }), nasty),
          { maxKeys: 3 },
        ),
        { nil: undefined },
      ),
      body,
      contentType: fc.option(
        fc.constantFrom(
          "application/json",
          "application/merge-patch+json",
          "text/plain",
          "application/json; charset=utf-8",
          "multipart/form-data",
        ),
        { nil: undefined },
      ),
      ifMatch: fc.option(
        fc.oneof(fc.constantFrom('"1"', '"2147483647"', "*", 'W/"1"'), fc.string({ maxLength: 12 })),
        { nil: undefined },
      ),
      cookie: fc.constantFrom("valid", "none", "garbage", "forged"),
      csrf: fc.constantFrom("valid", "none", "garbage"),
      origin: fc.option(fc.constantFrom("https://evil.example", "null", "http://localhost"), {
        nil: undefined,
      }),
    });
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const method = r.method ?? r.op.method;
        const names = pathParamNames(r.op.path);
        const path = names.reduce(
          (p, name, i) => p.replace(`:${name}`, encodeURIComponent(r.params[i] ?? "")),
          r.op.path,
        );
        // Excluded as not malformed: a well-formed body for the route, and signing ourselves out.
        const parsed = (() => {
          try {
            return r.body === undefined ? undefined : JSON.parse(r.body);
          } catch {
            return Symbol("malformed");
          }
        })();
        fc.pre(!(r.op.body && typeof parsed !== "symbol" && r.op.body.safeParse(parsed).success));
        fc.pre(!(method === "DELETE" && r.op.path === "/api/session"));
        if (method === "POST" && r.op.path === "/api/evaluate")
          fc.pre(r.op.body?.safeParse(parsed).success !== true);
        const headers: Record<string, string> = {};
        if (r.contentType) headers["content-type"] = r.contentType;
        if (r.ifMatch !== undefined) headers["if-match"] = r.ifMatch.replace(/[^\x20-\x7e]/g, "");
        if (r.origin) headers.origin = r.origin;
        const cookies = {
          valid: credentials.cookie,
          none: "",
          garbage: "cno-session=%%%;;",
          forged: `cno-session=${"A".repeat(43)}`,
        };
        if (cookies[r.cookie]) headers.cookie = cookies[r.cookie];
        if (r.csrf === "valid") headers["x-csrf-token"] = credentials.csrfToken;
        if (r.csrf === "garbage") headers["x-csrf-token"] = "garbage";
        const query = r.query ? `?${new URLSearchParams(r.query).toString()}` : "";
        const hasBody = r.body !== undefined && method !== "GET";
        const res = await app.request(`${path}${query}`, {
          method,
          headers,
          body: hasBody ? r.body : undefined,
        });
        await res.arrayBuffer();
        sent++;
        expect(res.status, `${method} ${path}${query}`).toBeLessThan(500);
      }),
      { numRuns: 2500, seed: 20_260_525 },
    );
    expect(faults).toEqual([]);
    expect(await digest(reg.db)).toEqual(before);
    console.info(`[fuzz] ${sent} malformed requests: no 5xx, no row changed`);
  }, 300_000);
}
