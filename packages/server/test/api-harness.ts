import type { Kysely } from "kysely";
import { type DemoSite, ensureDemoSite } from "../src/context/demo.ts";
import { openDatabase, type RegistryDatabase } from "../src/db/database.ts";
import type { Database } from "../src/db/schema.ts";
import { type RunningServer, startServer } from "../src/serve.ts";
import { countRows, type NewLocation } from "./registry-harness.ts";

/** The suite's "today": fixed, so list filters, reminders and default `on` are reproducible. */
export const TODAY = "2025-06-30";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON
  body: any;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (malformed JSON, oversized bodies); `body` is JSON-encoded otherwise. */
  raw?: string;
  contentType?: string;
  ifMatch?: string | number;
  headers?: Record<string, string>;
}

export type Api = (method: string, path: string, options?: RequestOptions) => Promise<ApiResponse>;

/** One server over one registry, shared by a describe block, plus what the tests need to look inside. */
export interface ApiHarness {
  reg: RegistryDatabase;
  server: RunningServer;
  demo: DemoSite;
  api: Api;
  faults: string[];
}

export async function openApiHarness(newLocation: NewLocation): Promise<ApiHarness> {
  const reg = await openDatabase(await newLocation());
  const faults: string[] = [];
  // Default context: startServer seeds the demo site and serves as the demo clinician (D10).
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    database: reg,
    today: () => TODAY,
    logFault: (message) => faults.push(message),
  });
  const demo = await ensureDemoSite(reg);
  return { reg, server, demo, api: client(server.url), faults };
}

export function client(base: string): Api {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      body = options.raw ?? JSON.stringify(options.body);
      headers["content-type"] = options.contentType ?? "application/json";
    }
    if (options.ifMatch !== undefined)
      headers["if-match"] = typeof options.ifMatch === "number" ? `"${options.ifMatch}"` : options.ifMatch;
    const res = await fetch(`${base}${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}

/** Every table a request could write patient data or sites to: "nothing was written" compares these. */
const WRITTEN_TABLES = [
  "sites",
  "site_members",
  "patients",
  "patient_identifiers",
  "coexisting_conditions",
  "blood_cultures",
  "biopsies",
  "encounters",
  "encounter_signs",
  "tender_sites",
  "chaq_domains",
  "chaq_items",
  "lab_results",
  "imaging_studies",
  "lesions",
  "treatments",
  "evaluations",
] as const satisfies readonly (keyof Database)[];

export async function allCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) counts[table] = await countRows(db, table);
  return counts;
}

/** What a row of every versioned table looks like now (versions and update times included). */
export async function versionsOf(db: Kysely<Database>, patientId: string): Promise<unknown[]> {
  const tables = ["patients", "encounters", "imaging_studies", "treatments"] as const;
  const rows: unknown[] = [];
  for (const table of tables) {
    const column = table === "patients" ? "id" : "patient_id";
    rows.push(
      await db
        .selectFrom(table)
        .select(["id", "version", "updated_at"])
        .where(column, "=", patientId)
        .orderBy("id")
        .execute(),
    );
  }
  return rows;
}

export function auditOf(db: Kysely<Database>, patientId: string) {
  return db
    .selectFrom("audit_log")
    .select([
      "action",
      "entity",
      "entity_id",
      "outcome",
      "error_code",
      "user_id",
      "site_id",
      "remote_address",
    ])
    .where("patient_id", "=", patientId)
    .orderBy("at")
    .orderBy("id")
    .execute();
}
