import { treatmentSchema, visitSchema } from "@cno-atlas/clinical";
import { describe, expect, it } from "vitest";
import { mergePatch, patchSchemaOf } from "./patch.ts";

describe("merge patch (RFC 7396)", () => {
  it("merges objects field by field, replaces lists and values, and removes on null", () => {
    const target = { a: 1, o: { x: 1, y: 2 }, list: [1, 2], gone: "yes" };
    expect(mergePatch(target, { o: { y: 3, z: 4 }, list: [9], gone: null, b: "new" })).toEqual({
      a: 1,
      o: { x: 1, y: 3, z: 4 },
      list: [9],
      b: "new",
    });
    expect(target.o).toEqual({ x: 1, y: 2 }); // pure
    expect(mergePatch({ a: 1 }, [1])).toEqual([1]);
    expect(mergePatch("text", { a: { b: null } })).toEqual({ a: {} });
  });

  it("checks each value sent with the resource's own schema, nested objects field by field", () => {
    const visit = patchSchemaOf(visitSchema);
    expect(visit.safeParse({ fever: { maxTemperatureC: 39 } }).success).toBe(true);
    expect(visit.safeParse({ painNrs: null, fever: null }).success).toBe(true);
    expect(visit.safeParse({ date: null }).success).toBe(false); // required: cannot be cleared
    expect(visit.safeParse({ painNrs: 11 }).success).toBe(false);
    expect(visit.safeParse({ pain: 1 }).success).toBe(false); // unknown key
    const treatment = patchSchemaOf(treatmentSchema);
    expect(treatment.safeParse({ dose: { value: 2 } }).success).toBe(true);
    expect(treatment.safeParse({ dose: { value: 2, units: "mg" } }).success).toBe(false);
  });
});
