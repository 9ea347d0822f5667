import { readFile } from "node:fs/promises";

/**
 * Prints the one line CI reads, "N passed, N failed[, N skipped]", from Vitest's JSON report.
 * A failed type check or lint (non-zero exit before or beside Vitest) counts as one failure, so a red
 * run can never print "0 failed".
 */
const [reportPath = "test-results/vitest.json", exitStatus = "0"] = process.argv.slice(2);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

async function readReport(): Promise<VitestReport | null> {
  try {
    return JSON.parse(await readFile(reportPath, "utf8")) as VitestReport;
  } catch {
    return null;
  }
}

const report = await readReport();
const passed = report?.numPassedTests ?? 0;
let failed = report?.numFailedTests ?? 0;
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
