import { mkdir, writeFile } from "node:fs/promises";
import { benchEvaluator } from "./evaluator-bench.ts";
import { describeMachine } from "./machine.ts";

/**
 * `npm run bench [-- --quick]`: benchmarks, apart from the tests. Prints a table and writes JSON and
 * Markdown under bench/results/. Registry benchmarks join here with the registry (issue 6).
 */
const quick = process.argv.includes("--quick");
const count = quick ? 10_000 : 100_000;
const runs = 5;

const machine = describeMachine();
console.log(`Evaluator: ${count.toLocaleString("en")} random valid presentations, ${runs} runs, one core`);
const evaluator = benchEvaluator(count, runs);
const rows = [
  ["evaluatePresentation on parsed objects", `${evaluator.evaluatePerSecond.toLocaleString("en")} /s`],
  ["parse + evaluate from JSON text", `${evaluator.parseAndEvaluatePerSecond.toLocaleString("en")} /s`],
];
const table = [
  "| figure | median |",
  "| --- | --- |",
  ...rows.map(([name, value]) => `| ${name} | ${value} |`),
].join("\n");
console.log(table);

const stamp = new Date().toISOString();
await mkdir("bench/results", { recursive: true });
const name = quick ? "evaluator-quick" : "evaluator";
await writeFile(`bench/results/${name}.json`, `${JSON.stringify({ stamp, machine, evaluator }, null, 2)}\n`);
await writeFile(
  `bench/results/${name}.md`,
  `# Evaluator benchmark\n\n${stamp}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\n\n${count.toLocaleString("en")} presentations, median of ${runs} runs, one core.\n\n${table}\n`,
);
