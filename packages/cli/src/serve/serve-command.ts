import { startServer } from "@cno-atlas/server";
import { loadRules } from "../evaluate/load-rules.ts";

export interface ServeCommandOptions {
  port?: string;
  host: string;
  rules?: string;
}

function parsePort(value: string | undefined): number | null {
  const port = Number(value ?? "3000");
  return Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : null;
}

/** `cno-atlas serve`: the API and web page; 127.0.0.1 unless told otherwise; SIGTERM finishes in-flight requests. */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  const port = parsePort(options.port ?? process.env.PORT);
  if (port === null) {
    process.stderr.write(
      `--port must be a whole number from 0 to 65535, not ${options.port ?? process.env.PORT}\n`,
    );
    return 2;
  }
  const rules = await loadRules(options.rules);
  if (!rules.ok) {
    process.stderr.write(`${rules.lines.join("\n")}\n`);
    return 1;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port, host: options.host, ruleSet: rules.value });
  } catch (error) {
    process.stderr.write(
      `cannot listen on ${options.host}:${port}: ${(error as NodeJS.ErrnoException).code ?? "error"}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `CNO Atlas is serving on ${server.url} (rule set ${rules.value.id}); Ctrl-C to stop\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write("Stopping: finishing requests in flight…\n");
      server.close().then(resolve);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  return 0;
}
