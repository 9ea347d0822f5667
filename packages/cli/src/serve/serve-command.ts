import { isoDate } from "@cno-atlas/clinical";
import { localDate, type RegistryDatabase, startServer } from "@cno-atlas/server";
import { loadRules } from "../evaluate/load-rules.ts";
import { type DatabaseOptions, openRegistry } from "../registry/open-registry.ts";
import { createDemoAccounts, hasNoAccounts, isDemoRegistry } from "./demo-accounts.ts";
import { loadDemoOnFirstStart } from "./demo-data.ts";

export interface ServeCommandOptions extends DatabaseOptions {
  port?: string;
  host: string;
  rules?: string;
  /** true: load demo patients into an empty registry; default: only for the embedded database. */
  demo?: boolean;
  /** The date the demo patients are generated as of (default today). */
  asOf?: string;
}

function parsePort(value: string | undefined): number | null {
  const port = Number(value ?? "3000");
  return Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : null;
}

function fail(message: string, code = 1): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/**
 * `cno-atlas serve`: the API and web app on the registry; 127.0.0.1 unless told otherwise; SIGTERM
 * and Ctrl-C finish in-flight requests, then close the database.
 */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  const port = parsePort(options.port ?? process.env.PORT);
  if (port === null)
    return fail(`--port must be a whole number from 0 to 65535, not ${options.port ?? process.env.PORT}`, 2);
  const asOf = options.asOf ?? localDate();
  if (!isoDate.safeParse(asOf).success)
    return fail(`--as-of must be a date in the form YYYY-MM-DD, not ${asOf}`, 2);
  const rules = await loadRules(options.rules);
  if (!rules.ok) return fail(rules.lines.join("\n"));
  const opened = await openRegistry(options);
  if (!opened.ok) return fail(opened.message);
  const { database } = opened;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const demo = options.demo ?? database.kind === "embedded";
    const loaded = demo ? await loadDemoOnFirstStart(database, asOf) : 0;
    if (loaded > 0) process.stdout.write(`Loaded ${loaded} demo patients (synthetic, clearly fictitious)\n`);
    await firstAccounts(database, demo, opened.where);
    server = await startServer({
      port,
      host: options.host,
      ruleSet: rules.value,
      database,
      trustProxy: process.env.CNO_ATLAS_TRUST_PROXY === "1",
    });
  } catch (error) {
    await database.close();
    return fail(`cannot start: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`);
  }
  if (!server.researchEnabled)
    process.stdout.write(
      "Research view and exports are off: set CNO_ATLAS_PSEUDONYM_KEY (32+ characters) to enable them\n",
    );
  process.stdout.write(
    `CNO Atlas is serving on ${server.url} with the ${opened.where} (rule set ${rules.value.id}); Ctrl-C to stop\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write("Stopping: finishing requests in flight…\n");
      server
        .close()
        .then(() => database.close())
        .then(resolve);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  return 0;
}

/**
 * The first-run bootstrap (issue 5). Demo folder: an account per role, printed once as
 * `demo account: <role> <username> <password>` (only hashes are stored; nothing is hard-coded).
 * Any other registry: how to create the first administrator.
 */
async function firstAccounts(database: RegistryDatabase, demo: boolean, where: string): Promise<void> {
  if (!(await hasNoAccounts(database))) return;
  if (demo && (await isDemoRegistry(database))) {
    process.stdout.write("First start: demo accounts (shown once; only their hashes are stored):\n");
    for (const a of await createDemoAccounts(database)) {
      process.stdout.write(`demo account: ${a.role} ${a.username} ${a.password}\n`);
    }
    return;
  }
  const target = database.kind === "embedded" ? `--data ${database.dataDir}` : "--database-url <url>";
  process.stdout.write(
    `No user accounts yet in the ${where}. Stop the server, then create an administrator with:\n` +
      `  cno-atlas user add <name> --role admin ${target}\n`,
  );
}
