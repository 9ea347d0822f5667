import type { RuleSet } from "@cno-atlas/clinical";
import { type ServerType, serve } from "@hono/node-server";
import { createApp } from "./app.ts";

export interface ServeOptions {
  port: number;
  host: string;
  ruleSet?: RuleSet;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp(options.ruleSet ? { ruleSet: options.ruleSet } : {});
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        resolve({
          url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      });
      server.once("error", reject);
    } catch (error) {
      reject(error);
    }
  });
}
