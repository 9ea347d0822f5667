import { describe, expect, it } from "vitest";
import type { Session } from "../api/registry-types.ts";
import { homeOf, mayUse, navigationFor } from "./roles.ts";

const as = (role: string): Session => ({
  user: `demo-${role}`,
  role,
  sites: [],
  patientId: null,
  csrfToken: "t",
  expiresAt: "2030-01-01T00:00:00Z",
});

describe("what each role is offered", () => {
  it("sends each role to its own start page after sign-in", () => {
    expect(["clinician", "researcher", "admin", "patient"].map((r) => homeOf(as(r)))).toEqual([
      "/",
      "/research",
      "/admin",
      "/my-summary",
    ]);
    expect(homeOf(undefined)).toBe("/");
  });

  it("never offers a researcher, an admin or a patient the clinic's patient list or charts", () => {
    for (const role of ["researcher", "admin", "patient"]) {
      expect(navigationFor(role).map((l) => l.to)).not.toContain("/");
      expect(mayUse(as(role), ["clinician"])).toBe(false);
    }
    expect(navigationFor("researcher").map((l) => l.label)).toEqual(["Research view"]);
    expect(mayUse(as("admin"), ["researcher", "admin"])).toBe(true);
  });

  it("offers nothing to an unknown role, and everything when the server has no sign-in", () => {
    expect(navigationFor("auditor")).toEqual([]);
    expect(mayUse(undefined, ["admin"])).toBe(true);
  });
});
