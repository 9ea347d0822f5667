import { describe, expect, it } from "vitest";
import { apiQueryOf, PAGE_SIZE, withParam } from "./list-query.ts";

describe("the patient list's URL and the API query", () => {
  it("passes search, site, yes/no filters, sort and page; drops what the API would refuse", () => {
    const page = new URLSearchParams(
      "q=%20Synthetic%20&site=s1&active=true&overdue=maybe&sort=-lastVisit&page=3",
    );
    expect(Object.fromEntries(apiQueryOf(page))).toEqual({
      q: "Synthetic",
      siteId: "s1",
      active: "true",
      sort: "-lastVisit",
      page: "3",
      pageSize: String(PAGE_SIZE),
    });
    expect(Object.fromEntries(apiQueryOf(new URLSearchParams("sort=evil&page=-2")))).toMatchObject({
      sort: "name",
      page: "1",
    });
  });

  it("starts again at page 1 when a filter changes, and clears an emptied one", () => {
    const page = new URLSearchParams("q=x&page=4");
    expect(withParam(page, "active", "true").toString()).toBe("q=x&active=true");
    expect(withParam(page, "q", "").toString()).toBe("");
    expect(withParam(page, "page", "5").toString()).toBe("q=x&page=5");
  });
});
