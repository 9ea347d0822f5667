import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, passwordProblem, SCRYPT, verifyPassword } from "./password.ts";

describe("password hashing (scrypt)", () => {
  it("verifies the right password only, stores parameters and salt, never the password", async () => {
    const started = performance.now();
    const hash = await hashPassword("correct horse battery staple");
    const ms = Math.round(performance.now() - started);
    expect(hash).toMatch(
      new RegExp(
        `^scrypt\\$${SCRYPT.N}\\$${SCRYPT.r}\\$${SCRYPT.p}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`,
      ),
    );
    expect(hash).not.toContain("horse");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
    expect(await hashPassword("correct horse battery staple")).not.toBe(hash); // salted
    expect(needsRehash(hash)).toBe(false);
    console.info(`[password] one scrypt hash (N=2^16, r=8, p=2, 64 MiB): ${ms} ms`);
  }, 20_000);

  it("verifies hashes made with other parameters, and asks to rehash weaker ones", async () => {
    const weak = await hashPassword("a long enough password", { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword("a long enough password", weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    for (const bad of [
      "",
      "scrypt$1$1$1$x$y",
      "bcrypt$...",
      "scrypt$3$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
    ]) {
      expect(await verifyPassword("x", bad)).toBe(false);
    }
  });

  it("asks for 12 to 128 characters, any Unicode", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem("pässwörd-🙂-long")).toBeNull();
  });
});
