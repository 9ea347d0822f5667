import { Command, CommanderError } from "commander";
import { evaluateCommand } from "./evaluate/evaluate-command.ts";
import { type ServeCommandOptions, serveCommand } from "./serve/serve-command.ts";

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
    .action(async (options: ServeCommandOptions) => {
      exitCode = await serveCommand(options);
    });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
