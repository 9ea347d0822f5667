import { describe, expect, it } from "vitest";
import { parseIfMatch } from "./if-match.ts";

describe("If-Match", () => {
  it("reads one strong entity tag holding a version", () => {
    expect(parseIfMatch('"3"')).toEqual({ ok: true, version: 3 });
    expect(parseIfMatch(' "2147483647" ')).toEqual({ ok: true, version: 2_147_483_647 });
  });

  it("tells a missing header from a malformed one", () => {
    expect(parseIfMatch(undefined)).toEqual({ ok: false, missing: true });
    expect(parseIfMatch(" ")).toEqual({ ok: false, missing: true });
    for (const bad of ["3", '"0"', '"03"', 'W/"3"', "*", '"1", "2"', '"2147483648"', '"abc"']) {
      expect(parseIfMatch(bad), bad).toMatchObject({ ok: false, error: { path: "If-Match" } });
    }
  });
});
