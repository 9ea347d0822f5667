import { evaluatePresentation, parseWith, presentationSchema } from "@cno-atlas/clinical";
import { fieldLines, loadRules } from "./load-rules.ts";
import { parseJson, readInput } from "./read-input.ts";
import { textReport } from "./text-report.ts";

/**
 * `cno-atlas evaluate FILE|-`: prints only the Evaluation JSON on stdout and exits 0 for every valid
 * presentation; invalid input exits 1 with one line per bad field on stderr.
 */
export async function evaluateCommand(
  file: string,
  options: { format: string; rules?: string },
): Promise<number> {
  if (options.format !== "json" && options.format !== "text") {
    process.stderr.write(`--format must be json or text, not ${options.format}\n`);
    return 2;
  }
  const rules = await loadRules(options.rules);
  if (!rules.ok) return fail(rules.lines);
  const read = await readInput(file);
  if (!read.ok) return fail([read.message]);
  const json = parseJson(read.text, file === "-" ? "standard input" : file);
  if (!json.ok) return fail([json.message]);
  const parsed = parseWith(presentationSchema, json.value);
  if (!parsed.ok) return fail(fieldLines("presentation", parsed.errors));
  const evaluation = evaluatePresentation(parsed.value, rules.value);
  process.stdout.write(
    options.format === "text" ? textReport(evaluation) : `${JSON.stringify(evaluation, null, 2)}\n`,
  );
  return 0;
}

function fail(lines: string[]): number {
  process.stderr.write(`${lines.join("\n")}\n`);
  return 1;
}
