import type { RuleSet } from "@cno-atlas/clinical";
import type { Context } from "hono";
import { runAudited } from "../context/audited.ts";
import { type ContextResolver, remoteAddressOf } from "../context/request-context.ts";
import type { RegistryDatabase } from "../db/database.ts";
import type { OperationSpec } from "./operation.ts";
import { ProblemError, problemResponse, problems } from "./problems.ts";
import { readInput } from "./read-input.ts";

/** What every operation runs with, fixed when the app is created. */
export interface Runtime {
  database: RegistryDatabase | undefined;
  ruleSet: RuleSet;
  resolveContext: ContextResolver;
  /** Today's date as YYYY-MM-DD (the server's local calendar day: a clinic's "today"). */
  today(): string;
}

/** The Hono handler of one operation: input validated first, then scoped and audited when it is patient data. */
export function operationHandler(op: OperationSpec, runtime: Runtime) {
  return async (c: Context): Promise<Response> => {
    const needsRegistry = op.registry === true || op.audit !== undefined;
    if (needsRegistry && !runtime.database) return problemResponse(problems.registryUnavailable());
    const input = await readInput(c, op);
    const deps = { ruleSet: runtime.ruleSet, today: runtime.today() };
    if (!runtime.database || !needsRegistry) {
      if (!input.ok) return problemResponse(input.problem);
      // Operations without the registry get no database: a stub that fails loudly if ever used.
      return op.handle(c, input.value, { ...deps, db: undefined as never, ctx: NO_CONTEXT, audit: {} });
    }
    const db = runtime.database.db;
    const ctx = await runtime.resolveContext(c);
    if (op.audit)
      return runAudited(c, op, op.audit, input, { db, ctx, remoteAddress: remoteAddressOf(c), deps });
    if (!input.ok) return problemResponse(input.problem);
    try {
      return await op.handle(c, input.value, { ...deps, db, ctx, audit: {} });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      throw error;
    }
  };
}

const NO_CONTEXT = Object.freeze({ user: "anonymous", role: "clinician" as const, siteIds: [] });

/** The local calendar date, YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
