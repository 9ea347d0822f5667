import { describe, expect, it } from "vitest";
import { allowedMethods, OPERATIONS, ROUTES } from "./route-table.ts";

describe("route table", () => {
  it("lists each method and path once, and each operation id once", () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(ROUTES.map((r) => r.id)).size).toBe(ROUTES.length);
  });

  it("audits every route that names a patient, and guards every update with If-Match", () => {
    for (const op of OPERATIONS) {
      if (op.path.startsWith("/api/patients")) expect(op.audit, op.id).toBeDefined();
      if (op.method === "PATCH" || op.method === "PUT") expect(op.precondition, op.id).toBe("if-match");
    }
  });

  it("gives every route an access rule, and never lets a research or admin role reach a :patientId route", () => {
    for (const op of OPERATIONS) {
      expect(op.access, op.id).toBeDefined();
      // The clinical routes return identifiers and real dates; researchers and admins use the
      // pseudonymized research view instead (context/scope.ts).
      if (op.path.includes(":patientId") && op.access !== "public" && op.access !== "signed-in") {
        expect(
          op.access.filter((role) => role === "researcher" || role === "admin"),
          op.id,
        ).toEqual([]);
      }
      if (op.path.includes(":patientId") || op.path.includes(":pseudonym"))
        expect(op.access, op.id).not.toBe("public");
    }
  });

  it("answers the allowed methods of a concrete path, literal dots included", () => {
    const id = "01a211d1-e6c4-769e-b233-5b2efeca8653";
    expect(allowedMethods(`/api/patients/${id}`)).toEqual(["GET", "PATCH"]);
    expect(allowedMethods(`/api/patients/${id}/visits/${id}`)).toEqual(["GET", "PATCH"]);
    expect(allowedMethods("/api/openapi.json")).toEqual(["GET"]);
    expect(allowedMethods("/api/openapiXjson")).toEqual([]);
    expect(allowedMethods(`/api/patients/${id}/visits/${id}/labs`)).toEqual([]);
  });
});
