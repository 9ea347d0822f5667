import { describe, expect, it } from "vitest";
import { CsvRecordCounter } from "./csv-count.ts";
import { estimateBytes } from "./disk.ts";
import { exportRoutes, exportUrls } from "./export-bench.ts";
import { parseOptions, resultsName } from "./options.ts";

describe("CsvRecordCounter", () => {
  const count = (...chunks: string[]) => {
    const counter = new CsvRecordCounter();
    for (const chunk of chunks) counter.push(chunk);
    return counter.dataRecords;
  };
  it("counts records after the header, across chunk boundaries, with or without a last newline", () => {
    expect(count("a,b\n1,2\n3,4\n")).toBe(2);
    expect(count("a,b\r\n1,2\r\n3,4")).toBe(2);
    expect(count("a,b\n1,", "2\n3", ",4\n")).toBe(2);
    expect(count("a,b\n")).toBe(0);
    expect(count("")).toBe(0);
  });
  it("does not count newlines inside quoted fields, doubled quotes included", () => {
    expect(count('a,b\n"x\ny",2\n"say ""hi""\n",3\n')).toBe(2);
    expect(count('a\n"split', '\nfield"\n')).toBe(1);
  });
});

describe("parseOptions", () => {
  it("defaults to the full size on both databases, and --quick to 1,000 patients", () => {
    const full = parseOptions([]);
    expect(full).toMatchObject({
      quick: false,
      patients: 20_000,
      databases: ["pglite", "postgres"],
      connections: 64,
    });
    expect(parseOptions(["--quick"])).toMatchObject({ quick: true, patients: 1_000, duration: 5 });
    expect(parseOptions(["--patients", "100000", "--only", "postgres"])).toMatchObject({
      patients: 100_000,
      databases: ["postgres"],
    });
  });
  it("names bad options", () => {
    expect(() => parseOptions(["--patients", "1.5"])).toThrow(/--patients/);
    expect(() => parseOptions(["--only", "sqlite"])).toThrow(/--only/);
    expect(() => parseOptions(["--quick", "--background"])).toThrow(/--background/);
    expect(() => parseOptions(["--bogus"])).toThrow();
  });
  it("names results files by size", () => {
    expect(resultsName({ quick: true, patients: 1_000 })).toBe("quick");
    expect(resultsName({ quick: false, patients: 20_000 })).toBe("full");
    expect(resultsName({ quick: false, patients: 100_000 })).toBe("full-100000");
  });
});

describe("estimateBytes", () => {
  it("counts PGlite once and PostgreSQL's registry, COPY target and CSV, with margin", () => {
    const per = { pglite: 100, postgres: 200 };
    expect(estimateBytes(10, per, ["pglite"])).toBe(1500);
    expect(estimateBytes(10, per, ["postgres"])).toBe(7500);
    expect(estimateBytes(10, per, ["pglite", "postgres"])).toBe(9000);
  });
});

describe("export discovery", () => {
  it("takes the export's GET routes without the data dictionary", () => {
    const routes = [
      { method: "GET", path: "/api/export/patients.csv" },
      { method: "GET", path: "/api/export/dictionary.csv" },
      { method: "POST", path: "/api/export/labs.csv" },
      { method: "GET", path: "/api/patients/:patientId/chart" },
      { method: "GET", path: "/api/exports" },
    ];
    expect(exportRoutes(routes)).toEqual(["/api/export/patients.csv"]);
    expect(exportRoutes([])).toEqual([]);
  });

  it("uses literal routes as they are and probes a parameter route with the registry's entity names", async () => {
    const asked: string[] = [];
    const fetcher = async (url: string) => {
      asked.push(url);
      const csv = url.endsWith("/encounters.csv") || url.endsWith("/lab-results.csv");
      return new Response(csv ? "a\n1\n" : "{}", {
        status: csv ? 200 : 404,
        headers: { "content-type": csv ? "text/csv; charset=utf-8" : "application/json" },
      });
    };
    expect(await exportUrls("http://h", ["/api/export/patients.csv"], fetcher)).toEqual([
      { entity: "patients", url: "http://h/api/export/patients.csv" },
    ]);
    expect(asked).toEqual([]);
    const probed = await exportUrls("http://h", ["/api/export/:entity.csv"], fetcher);
    expect(probed.map((p) => p.entity)).toEqual(["encounters", "lab-results"]);
    expect(
      asked.some((url) => url.includes("patient_identifiers") || url.includes("patient-identifiers")),
    ).toBe(false);
  });
});
