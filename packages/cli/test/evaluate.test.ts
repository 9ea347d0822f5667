import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES, runCli } from "./run-cli.ts";

const typical = join(EXAMPLES, "presentations/typical-crmo.json");

describe("cno-atlas evaluate", () => {
  it("prints only the Evaluation JSON on stdout and exits 0", async () => {
    const run = await runCli(["evaluate", typical]);
    expect(run.code).toBe(0);
    const evaluation = JSON.parse(run.stdout);
    expect(evaluation.assessedOn).toBe("2024-03-01");
    expect(evaluation.ruleSet).toEqual({ id: "builtin" });
    expect(evaluation.instruments.map((i: { id: string }) => i.id)).toEqual([
      "jansson-2009",
      "jansson-2007",
      "japan-2014",
      "bristol-2016",
      "eular-acr-2025",
      "kostik-nbods-2023",
    ]);
    expect(Array.isArray(evaluation.redFlags)).toBe(true);
  });

  it("reads standard input with -", async () => {
    const run = await runCli(["evaluate", "-"], JSON.stringify({ assessedOn: "2024-01-01" }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).assessedOn).toBe("2024-01-01");
  });

  it("prints a readable report with each item's evidence in text format", async () => {
    const run = await runCli(["evaluate", "--format", "text", typical]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Jansson 2009 clinical score/);
    expect(run.stdout).toMatch(/\[x\] Normal blood cell count \(13 pts\)/);
    expect(run.stdout).toMatch(/CRP 14 mg\/L \(reported 1\.4 mg\/dL\)/);
  });

  it("text output never shows Kostik's published cut-off as a threshold (D11)", async () => {
    const run = await runCli(["evaluate", "--format", "text", typical]);
    const kostik = run.stdout.slice(run.stdout.indexOf("Kostik 2023 NBO diagnostic score"));
    expect(kostik.split("\n")[1]).toMatch(/computed: score-only — score (\d+|between \d+ and \d+)$/);
    expect(kostik).not.toMatch(/threshold > 17/);
    // The cut-off is named only in the warning that explains why it is not used.
    expect(kostik).toMatch(/published cut-off \(> 17\) is arithmetically inconsistent/);
  });

  it("says which red flags could not be assessed, and warns of an implausible value (D11)", async () => {
    const input = {
      assessedOn: "2024-03-01",
      labs: [
        { test: "ldh", value: 2500, unit: "U/L" },
        { test: "platelets", value: 80, unit: "/uL" },
      ],
    };
    const run = await runCli(["evaluate", "--format", "text", "-"], JSON.stringify(input));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Could not be assessed \(2\)\n/);
    expect(run.stdout).toMatch(/\n {2}LDH has no upper reference limit \[rf-mal-lysis-labs\]\n/);
    expect(run.stdout).toMatch(
      /HIGH malignancy: Thrombocytopenia[^\n]*\n(.*\n)*? {6}! Implausible value — check the unit: platelets 0\.08/,
    );
  });

  it("refuses a biopsy recorded as not performed that has findings: exit 1 naming biopsy (D11)", async () => {
    const input = { assessedOn: "2024-03-01", biopsy: { performed: false, findings: ["malignant-cells"] } };
    const run = await runCli(["evaluate", "-"], JSON.stringify(input));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^ {2}biopsy\.findings: a biopsy recorded as not performed cannot have findings/m,
    );
  });

  it("rejects malformed JSON with a specific message and a non-zero exit", async () => {
    const run = await runCli(["evaluate", "-"], '{"assessedOn": "2024-01-01",');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/not valid JSON/);
  });

  it("names each bad field on stderr", async () => {
    const run = await runCli(["evaluate", join(EXAMPLES, "presentations/invalid-several-fields.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/lesions\[0\]\.site: unknown bone site "knee"/);
    expect(run.stderr).toMatch(/labs\[0\]\.value: must be zero or more/);
    expect(run.stderr).toMatch(/labs\[1\]\.unit: unit "mg\/L" does not fit platelets/);
  });

  it("says so when the file does not exist", async () => {
    const run = await runCli(["evaluate", "/nonexistent/presentation.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read .*no such file/);
  });

  it("rejects an unknown format", async () => {
    const run = await runCli(["evaluate", "--format", "xml", typical]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be json or text/);
  });

  it("records a loaded rule set by id and sha256, and rejects an invalid one naming the field", async () => {
    const good = join(tmpdir(), `cno-rules-${process.pid}.json`);
    await writeFile(
      good,
      JSON.stringify({
        id: "bristol-review",
        tables: {
          "bristol-2016": {
            ruleVersion: "bristol-2016/test",
            evidenceLevel: "U",
            source: "test table",
            crpMgPerL: 10,
          },
        },
      }),
    );
    const run = await runCli(["evaluate", "--rules", good, typical]);
    expect(run.code).toBe(0);
    const evaluation = JSON.parse(run.stdout);
    expect(evaluation.ruleSet.id).toBe("bristol-review");
    expect(evaluation.ruleSet.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(evaluation.instruments.find((i: { id: string }) => i.id === "bristol-2016").ruleVersion).toBe(
      "bristol-2016/test",
    );

    const bad = join(tmpdir(), `cno-rules-bad-${process.pid}.json`);
    await writeFile(bad, JSON.stringify({ id: "x", tables: { "bristol-2016": { crpMgPerL: -1 } } }));
    const rejected = await runCli(["evaluate", "--rules", bad, typical]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/tables\.bristol-2016\.crpMgPerL/);
  });
});
