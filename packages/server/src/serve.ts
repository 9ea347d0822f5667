import type { Server } from "node:http";
import type { RuleSet } from "@cno-atlas/clinical";
import { serve } from "@hono/node-server";
import { type AppOptions, createApp } from "./app.ts";
import { ensureDemoSite } from "./context/demo.ts";
import type { ContextResolver, RequestContext } from "./context/request-context.ts";
import type { RegistryDatabase } from "./db/database.ts";

export interface ServeOptions {
  port: number;
  host: string;
  ruleSet?: RuleSet;
  /** The registry (the caller opens it, and closes it after `close()`); without it, evaluator only. */
  database?: RegistryDatabase;
  /** Who is calling; default: the demo clinician, whose demo site is ensured before listening. */
  context?: RequestContext | ContextResolver;
  logFault?: (message: string) => void;
  today?: () => string;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

/** Serves the API; resolves once listening. With a database and no context, seeds the demo site first. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (options.database && !options.context) await ensureDemoSite(options.database);
  const { port: _port, host: _host, ...appOptions } = options;
  const app = createApp(appOptions satisfies AppOptions);
  return new Promise((resolve, reject) => {
    try {
      const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        resolve({
          url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${info.port}`,
          close: gracefulClose(server as Server),
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
function gracefulClose(server: Server): () => Promise<void> {
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
    });
    return closing;
  };
}
