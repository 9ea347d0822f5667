import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./throttle.ts";

describe("sign-in throttle", () => {
  it("refuses an account after its limit within the window, and frees it when the window passes", () => {
    let now = 0;
    const t = new LoginThrottle({ windowMs: 60_000, perAccount: 3, perAddress: 100 }, () => now);
    for (let i = 0; i < 3; i++) t.fail("ada", "10.0.0.1");
    expect(t.retryAfter("ada", "10.0.0.9")).toBe(60);
    expect(t.retryAfter("bob", "10.0.0.1")).toBe(0);
    now = 30_000;
    expect(t.retryAfter("ada", null)).toBe(30);
    now = 60_001;
    expect(t.retryAfter("ada", null)).toBe(0);
  });

  it("refuses an address after its limit over any accounts; a success clears the account only", () => {
    const t = new LoginThrottle({ windowMs: 60_000, perAccount: 2, perAddress: 3 }, () => 0);
    t.fail("a", "10.0.0.1");
    t.fail("b", "10.0.0.1");
    t.succeed("a");
    expect(t.retryAfter("a", "10.0.0.1")).toBe(0);
    t.fail("c", "10.0.0.1");
    expect(t.retryAfter("d", "10.0.0.1")).toBeGreaterThan(0);
    expect(t.retryAfter("d", "10.0.0.2")).toBe(0);
  });
});
