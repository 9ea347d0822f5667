import { Command, CommanderError } from "commander";
import { evaluateCommand } from "./evaluate/evaluate-command.ts";
import { type ServeCommandOptions, serveCommand } from "./serve/serve-command.ts";
import { type SynthCommandOptions, synthCommand } from "./synth/synth-command.ts";

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
    .option("-d, --data <dir>", "embedded database folder (default: $CNO_ATLAS_DATA or ./data)")
    .option("--database-url <url>", "PostgreSQL instead of the embedded database (default: $DATABASE_URL)")
    .action(async (options: SynthCommandOptions) => {
      exitCode = await synthCommand(options);
    });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
