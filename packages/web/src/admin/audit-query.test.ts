import { describe, expect, it } from "vitest";
import { filterQuery, filtersOf, pageQuery } from "./audit-query.ts";

describe("the audit page's query", () => {
  it("sends only the filters given, trimmed, and the page size", () => {
    const params = new URLSearchParams("user=+demo-admin+&entity=&outcome=denied&from=2024-01-01");
    expect(pageQuery(params).toString()).toBe("user=demo-admin&outcome=denied&from=2024-01-01&pageSize=50");
  });

  it("continues with older entries from `before`, which the CSV link leaves out", () => {
    const params = new URLSearchParams("patientId=abc&before=0190");
    expect(pageQuery(params).get("before")).toBe("0190");
    expect(filterQuery(filtersOf(params)).toString()).toBe("patientId=abc");
  });
});
