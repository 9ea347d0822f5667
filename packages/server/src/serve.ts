import type { Server } from "node:http";
import type { RuleSet } from "@cno-atlas/clinical";
import { serve } from "@hono/node-server";
import { type AppOptions, createApp } from "./app.ts";
import { AuditSealer } from "./audit/sealer.ts";
import type { ContextResolver, RequestContext } from "./context/request-context.ts";
import type { RegistryDatabase } from "./db/database.ts";
import { loadPseudonymKey } from "./research/pseudonym.ts";

export interface ServeOptions {
  port: number;
  host: string;
  ruleSet?: RuleSet;
  /** The registry (the caller opens it, and closes it after `close()`); without it, evaluator only. */
  database?: RegistryDatabase;
  /** Who is calling; default: the user signed in by the request's session cookie. */
  context?: RequestContext | ContextResolver;
  logFault?: (message: string) => void;
  today?: () => string;
  /** Default: CNO_ATLAS_PSEUDONYM_KEY, else the embedded data folder's key file (D10). */
  pseudonymKey?: Buffer;
  trustProxy?: boolean;
  /** How often the audit sealer chains new entries (ms); default 250. */
  sealEveryMs?: number;
}

export interface RunningServer {
  url: string;
  /** A pseudonym key is configured: the research view and exports answer. */
  researchEnabled: boolean;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

/**
 * Serves the API; resolves once listening. With a database it also runs the audit sealer, the one
 * background appender of the hash chain (audit/sealer.ts), which seals what is left on close().
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { port: _port, host: _host, sealEveryMs, ...appOptions } = options;
  const logFault = options.logFault ?? ((message: string) => console.error(message));
  if (options.database && !appOptions.pseudonymKey)
    appOptions.pseudonymKey = loadPseudonymKey(options.database);
  const app = createApp(appOptions satisfies AppOptions);
  const sealer = options.database
    ? new AuditSealer(options.database.db, logFault, sealEveryMs).start()
    : undefined;
  return new Promise((resolve, reject) => {
    try {
      const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        resolve({
          researchEnabled: appOptions.pseudonymKey !== undefined,
          url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${info.port}`,
          close: gracefulClose(server as Server, () => sealer?.stop()),
        });
      }) as Server;
      server.once("error", reject);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * `server.close()` stops accepting and waits for every connection to end; idle keep-alive
 * connections are closed at once, and each connection whose request was in flight is closed as
 * soon as its response has gone, instead of lingering for the keep-alive timeout.
 */
function gracefulClose(server: Server, after: () => Promise<void> | undefined): () => Promise<void> {
  let closing: Promise<void> | undefined;
  server.on("request", (_req, res) => {
    res.once("finish", () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return () => {
    closing ??= new Promise<void>((done) => {
      server.close(() => done());
      server.closeIdleConnections();
    }).then(() => after());
    return closing;
  };
}
