import { BUILTIN_RULE_SET, type RuleSet } from "@cno-atlas/clinical";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { LoginThrottle } from "./auth/throttle.ts";
import {
  type ContextResolver,
  fixedContextResolver,
  type RequestContext,
} from "./context/request-context.ts";
import { sessionContextResolver } from "./context/session-context.ts";
import type { RegistryDatabase } from "./db/database.ts";
import { problemResponse, problems } from "./http/problems.ts";
import { localDate, operationHandler, type Runtime } from "./http/run-operation.ts";
import { errorCodeOf } from "./registry/errors.ts";
import { PseudonymIndex } from "./research/pseudonym.ts";
import { allowedMethods, OPERATIONS } from "./routes/route-table.ts";
import { webApp } from "./web-app/web-app.ts";

export const MAX_BODY_BYTES = 1_000_000;

export interface AppOptions {
  ruleSet?: RuleSet;
  /**
   * The registry. Without it only the evaluator routes work (health, evaluate, the API document,
   * the page); registry routes answer 503. The caller opens and closes it.
   */
  database?: RegistryDatabase;
  /**
   * Who is calling: a fixed context or a resolver per request (tests). Default: the signed-in
   * user of the request's session cookie (context/session-context.ts), else nobody (401).
   */
  context?: RequestContext | ContextResolver;
  /** The installation's pseudonym key (research/pseudonym.ts); without it research routes answer 503. */
  pseudonymKey?: Buffer;
  /** Behind a TLS-terminating reverse proxy: trust X-Forwarded-Proto/-Host (Secure cookie, CSRF Origin check). */
  trustProxy?: boolean;
  /** Sign-in throttling; default: 5 failures per account, 30 per address, in 15 minutes. */
  throttle?: LoginThrottle;
  /** Where real faults are reported: the error's class and code, never its message or patient data. */
  logFault?: (message: string) => void;
  /** Today's date, YYYY-MM-DD (the default `on`, the list's "overdue"); default: the local date. */
  today?: () => string;
}

/** The HTTP application: every route comes from the route table (routes/route-table.ts). */
export function createApp(options: AppOptions = {}) {
  const logFault = options.logFault ?? ((message: string) => console.error(message));
  const runtime: Runtime = {
    database: options.database,
    ruleSet: options.ruleSet ?? BUILTIN_RULE_SET,
    resolveContext: resolverOf(options),
    today: options.today ?? (() => localDate()),
    services: {
      pseudonyms: options.pseudonymKey ? new PseudonymIndex(options.pseudonymKey) : undefined,
      throttle: options.throttle ?? new LoginThrottle(),
      trustProxy: options.trustProxy ?? false,
      logFault,
    },
  };
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );
  // API answers carry patient data or session state: never stored by a browser or a proxy (ASVS 8.2.1).
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-store");
  });
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      // Connection: close: the unread rest of the body must not be parsed as the next request, and
      // draining it on a kept-alive connection can stall (@hono/node-server drains for 500 ms only).
      onError: () => problemResponse(problems.bodyTooLarge(MAX_BODY_BYTES), { Connection: "close" }),
    }),
  );
  // Before the routes: the built chart answers "/" and its own paths; /api/* passes through.
  app.use(webApp());
  for (const op of OPERATIONS) app.on(op.method, op.path, operationHandler(op, runtime));
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    return allowed.length
      ? problemResponse(problems.methodNotAllowed(c.req.method, c.req.path, allowed), {
          Allow: allowed.join(", "),
        })
      : problemResponse(problems.notFound(c.req.path));
  });
  app.onError((error, c) => {
    // A client that hung up mid-upload is not a fault of ours, and no one reads this answer.
    if (c.req.raw.signal.aborted) return problemResponse(problems.malformedJson("the request was aborted"));
    // The class and the SQLSTATE or our code only: a message can quote a failing row's values.
    const code = errorCodeOf(error);
    logFault(
      `internal error on ${c.req.method} ${c.req.routePath}: ${error.name}${code ? ` (${code})` : ""}`,
    );
    return problemResponse(problems.internal());
  });
  return app;
}

function resolverOf(options: AppOptions): ContextResolver {
  const context = options.context;
  if (typeof context === "function") return context;
  if (context) return fixedContextResolver(context);
  if (options.database) return sessionContextResolver(options.database.db);
  return fixedContextResolver(null);
}
