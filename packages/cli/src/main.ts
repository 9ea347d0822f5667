import { Command, CommanderError } from "commander";
import { auditVerifyCommand } from "./audit/audit-command.ts";
import { evaluateCommand } from "./evaluate/evaluate-command.ts";
import type { DatabaseOptions } from "./registry/open-registry.ts";
import { type ServeCommandOptions, serveCommand } from "./serve/serve-command.ts";
import { type SynthCommandOptions, synthCommand } from "./synth/synth-command.ts";
import {
  type UserAddOptions,
  userAddCommand,
  userDisableCommand,
  userListCommand,
  userPasswordCommand,
} from "./user/user-command.ts";

/** The one entry point of CNO Atlas. Returns the exit code; never calls process.exit itself. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("cno-atlas")
    .description("CNO Atlas: registry and decision support for chronic nonbacterial osteomyelitis")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let exitCode = 0;
  program
    .command("evaluate")
    .description(
      "Evaluate a presentation (JSON file, or - for stdin) against every CNO instrument and red flag",
    )
    .argument("<file>", "presentation JSON file, or - to read standard input")
    .option("-f, --format <format>", "json (the Evaluation) or text (a readable report)", "json")
    .option("-r, --rules <file>", "rule-set JSON file with reviewed tables (e.g. the EULAR/ACR weights)")
    .action(async (file: string, options: { format: string; rules?: string }) => {
      exitCode = await evaluateCommand(file, options);
    });
  program
    .command("serve")
    .description("Serve the API and the web app (PORT or --port, default 3000; 127.0.0.1 unless --host)")
    .option("-p, --port <port>", "port to listen on (default: $PORT or 3000)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("-r, --rules <file>", "rule-set JSON file with reviewed tables")
    .option("-d, --data <dir>", "embedded database folder (default: $CNO_ATLAS_DATA or ./data)")
    .option("--database-url <url>", "PostgreSQL instead of the embedded database (default: $DATABASE_URL)")
    .option("--demo", "load demo patients into an empty registry (default for the embedded database)")
    .option("--no-demo", "never load demo patients")
    .option("--as-of <date>", "date the demo patients are generated as of, YYYY-MM-DD (default: today)")
    .action(async (options: ServeCommandOptions) => {
      exitCode = await serveCommand(options);
    });
  program
    .command("synth")
    .description("Generate a synthetic CNO cohort into the registry, or with --out into an NDJSON file")
    .requiredOption("-n, --patients <n>", "number of patients")
    .option("-s, --seed <seed>", "seed: the same seed gives the same cohort", "1")
    .option("--sites <k>", "number of synthetic sites", "1")
    .option("-o, --out <file>", "write NDJSON (one record per line) instead of the registry")
    .option(
      "--as-of <date>",
      "generate as of this date, YYYY-MM-DD: nothing after it (default: the fixed 2015 epoch)",
    )
    .option("-d, --data <dir>", "embedded database folder (default: $CNO_ATLAS_DATA or ./data)")
    .option("--database-url <url>", "PostgreSQL instead of the embedded database (default: $DATABASE_URL)")
    .action(async (options: SynthCommandOptions) => {
      exitCode = await synthCommand(options);
    });
  registerAccountCommands(program, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

const DATA = "embedded database folder (default: $CNO_ATLAS_DATA or ./data)";
const URL_HELP = "PostgreSQL instead of the embedded database (default: $DATABASE_URL)";
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `user add|list|disable|enable|password` and `audit verify`: they open the registry like serve. */
function registerAccountCommands(program: Command, done: (code: number) => void): void {
  const user = program
    .command("user")
    .description("Manage sign-in accounts (stop the server first for --data)");
  const withDb = (command: Command) =>
    command.option("-d, --data <dir>", DATA).option("--database-url <url>", URL_HELP);
  withDb(user.command("add").argument("<username>"))
    .description("Create an account; the password is asked for (or read from the first line of stdin)")
    .requiredOption("--role <role>", "admin | clinician | researcher | patient")
    .option("--site <site>", "a site id or name the clinician acts for (repeatable)", collect)
    .option("--patient <id>", "the patient a patient account belongs to")
    .action(async (name: string, options: UserAddOptions) => done(await userAddCommand(name, options)));
  withDb(user.command("list"))
    .description("List accounts (never a password or hash)")
    .action(async (options: DatabaseOptions) => done(await userListCommand(options)));
  withDb(user.command("disable").argument("<username>"))
    .description("Disable an account and end its sessions")
    .action(async (name: string, options: DatabaseOptions) =>
      done(await userDisableCommand(name, true, options)),
    );
  withDb(user.command("enable").argument("<username>"))
    .description("Enable a disabled account")
    .action(async (name: string, options: DatabaseOptions) =>
      done(await userDisableCommand(name, false, options)),
    );
  withDb(user.command("password").argument("<username>"))
    .description("Set a new password (asked for, or the first line of stdin); ends the account's sessions")
    .action(async (name: string, options: DatabaseOptions) => done(await userPasswordCommand(name, options)));
  const audit = program.command("audit").description("The audit trail");
  withDb(audit.command("verify"))
    .description("Check the audit trail's hash chain; exits 1 naming the first bad entry")
    .action(async (options: DatabaseOptions) => done(await auditVerifyCommand(options)));
}
