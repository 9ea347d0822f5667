import type { RuleSet } from "@cno-atlas/clinical";
import type { Context } from "hono";
import { auditRefusal, runAudited } from "../context/audited.ts";
import { authorize } from "../context/authorize.ts";
import { type ContextResolver, type RequestContext, remoteAddressOf } from "../context/request-context.ts";
import { scopeOf } from "../context/scope.ts";
import type { RegistryDatabase } from "../db/database.ts";
import type { Deps, OperationSpec, Services } from "./operation.ts";
import { ProblemError, problemResponse, problems } from "./problems.ts";
import { readInput } from "./read-input.ts";

/** What every operation runs with, fixed when the app is created. */
export interface Runtime {
  database: RegistryDatabase | undefined;
  ruleSet: RuleSet;
  resolveContext: ContextResolver;
  /** Today's date as YYYY-MM-DD (the server's local calendar day: a clinic's "today"). */
  today(): string;
  services: Services;
}

/**
 * The Hono handler of one operation: 503 without the registry it needs, then the gate (401/403/
 * CSRF, context/authorize.ts), then input validation, then — for patient data — scoping and audit
 * in one transaction (context/audited.ts).
 */
export function operationHandler(op: OperationSpec, runtime: Runtime) {
  return async (c: Context): Promise<Response> => {
    const needsRegistry = op.registry === true || op.audit !== undefined || op.access !== "public";
    if (needsRegistry && !runtime.database) return problemResponse(problems.registryUnavailable());
    const db = runtime.database?.db;
    const ctx = db && op.access !== "public" ? await runtime.resolveContext(c) : null;
    const remoteAddress = remoteAddressOf(c, runtime.services.trustProxy);
    const refused = authorize(c, op, ctx, runtime.services);
    if (refused) {
      if (db && op.audit) await auditRefusal(db, c, op, op.audit, ctx, remoteAddress, refused);
      return problemResponse(refused);
    }
    const input = await readInput(c, op);
    const caller = ctx ?? ANONYMOUS;
    const deps = {
      ruleSet: runtime.ruleSet,
      today: runtime.today(),
      services: runtime.services,
      remoteAddress,
      ctx: caller,
      scope: scopeOf(caller),
    };
    if (!db || !needsRegistry) {
      if (!input.ok) return problemResponse(input.problem);
      // Operations without the registry get no database: a stub that fails loudly if ever used.
      return op.handle(c, input.value, { ...deps, db: undefined as never, audit: {} });
    }
    if (op.audit) return runAudited(c, op, op.audit, input, { ...deps, db });
    if (!input.ok) return problemResponse(input.problem);
    try {
      return await op.handle(c, input.value, { ...deps, db, audit: {} } satisfies Deps);
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      throw error;
    }
  };
}

/** The caller of a public route: no role's rights are ever granted to it (scope: no patient). */
const ANONYMOUS: RequestContext = Object.freeze({
  user: "anonymous",
  role: "patient" as const,
  siteIds: [],
  patientId: null,
});

/** The local calendar date, YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
