import { expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { hashToken } from "../src/auth/sessions.ts";
import { LoginThrottle } from "../src/auth/throttle.ts";
import { createUser } from "../src/auth/users.ts";
import { type ApiHarness, TEST_PASSWORD } from "./api-harness.ts";

/** Sign-in, sessions, throttling, CSRF and headers, on an in-process app over the suite's registry. */
export function apiSessionSuite(harness: () => ApiHarness): void {
  const env = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const json = { "content-type": "application/json" };
  const signInBody = (username: string, password: string) => JSON.stringify({ username, password });

  it("signs in with an HttpOnly SameSite=Strict cookie, Secure and __Host- behind https; answers who am I", async () => {
    const { reg } = harness();
    const app = createApp({ database: reg, trustProxy: true });
    const res = await app.request(
      "/api/session",
      { method: "POST", headers: json, body: signInBody("demo-clinician", TEST_PASSWORD) },
      env("10.0.0.1"),
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cno-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const body = await res.json();
    expect(body).toMatchObject({
      user: "demo-clinician",
      role: "clinician",
      patientId: null,
      idleTimeoutSeconds: 1800,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const secure = await app.request("/api/session", {
      method: "POST",
      headers: { ...json, "x-forwarded-proto": "https" },
      body: signInBody("demo-clinician", TEST_PASSWORD),
    });
    expect(secure.headers.get("set-cookie")).toMatch(
      /^__Host-cno-session=.*; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const token = cookie.split(";")[0] ?? "";
    const me = await app.request("/api/session", { headers: { cookie: token } });
    expect((await me.json()).csrfToken).toBe(body.csrfToken);
    // Only the token's hash is stored.
    const stored = await reg.db.selectFrom("sessions").select("token_hash").execute();
    expect(stored.some((s) => token.includes(s.token_hash))).toBe(false);
  });

  it("refuses wrong passwords and unknown users alike, then throttles the account and the address (429)", async () => {
    const { reg } = harness();
    await reg.db
      .transaction()
      .execute((trx) =>
        createUser(trx, { username: "throttled-user", role: "researcher", password: TEST_PASSWORD }),
      );
    const app = createApp({
      database: reg,
      throttle: new LoginThrottle({ windowMs: 60_000, perAccount: 3, perAddress: 6 }),
    });
    const attempt = (username: string, password: string, address = "10.0.0.2") =>
      app.request(
        "/api/session",
        { method: "POST", headers: json, body: signInBody(username, password) },
        env(address),
      );
    const wrong = await attempt("throttled-user", "wrong password!!");
    const unknown = await attempt("no-such-user", "wrong password!!");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    await attempt("throttled-user", "wrong password!!");
    await attempt("throttled-user", "wrong password!!");
    const locked = await attempt("throttled-user", TEST_PASSWORD, "10.0.0.3");
    expect([locked.status, (await locked.json()).error]).toEqual([429, "too-many-attempts"]);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await attempt(`nobody-${i}`, "wrong password!!");
    const address = await attempt("demo-clinician", TEST_PASSWORD, "10.0.0.2");
    expect(address.status).toBe(429);
    expect((await attempt("demo-clinician", TEST_PASSWORD, "10.0.0.4")).status).toBe(200);
  });

  it("ends a session on sign-out, idle expiry, absolute expiry and when the account is disabled", async () => {
    const { reg } = harness();
    const app = createApp({ database: reg });
    const open = async () => {
      const res = await app.request("/api/session", {
        method: "POST",
        headers: json,
        body: signInBody("demo-clinician", TEST_PASSWORD),
      });
      return {
        cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
        csrf: (await res.json()).csrfToken as string,
      };
    };
    const who = async (cookie: string) => (await app.request("/api/session", { headers: { cookie } })).status;
    const a = await open();
    expect(await who(a.cookie)).toBe(200);
    expect(
      (await app.request("/api/session", { method: "DELETE", headers: { cookie: a.cookie } })).status,
    ).toBe(403);
    const out = await app.request("/api/session", {
      method: "DELETE",
      headers: { cookie: a.cookie, "x-csrf-token": a.csrf },
    });
    expect([out.status, out.headers.get("set-cookie")]).toEqual([
      204,
      expect.stringMatching(/cno-session=;.*Max-Age=0/),
    ]);
    expect(await who(a.cookie)).toBe(401);
    const b = await open();
    const only = (cookie: string) => hashToken(cookie.split("=")[1] ?? "");
    await reg.db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where("token_hash", "=", only(b.cookie))
      .execute();
    expect(await who(b.cookie)).toBe(401);
    const c = await open();
    await reg.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("token_hash", "=", only(c.cookie))
      .execute();
    expect(await who(c.cookie)).toBe(401);
    await reg.db
      .transaction()
      .execute((trx) =>
        createUser(trx, { username: "soon-disabled", role: "researcher", password: TEST_PASSWORD }),
      );
    const res = await app.request("/api/session", {
      method: "POST",
      headers: json,
      body: signInBody("soon-disabled", TEST_PASSWORD),
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    await reg.db
      .updateTable("users")
      .set({ disabled_at: new Date() })
      .where("username", "=", "soon-disabled")
      .execute();
    expect(await who(cookie)).toBe(401);
  });

  it("refuses cross-site writes (CSRF): no token, a wrong token, a foreign Origin or Sec-Fetch-Site", async () => {
    const { credentials, reg, demo } = harness();
    const app = createApp({ database: reg });
    const write = (headers: Record<string, string>) =>
      app.request("/api/patients", {
        method: "POST",
        headers: { ...json, cookie: credentials.cookie, host: "atlas.example", ...headers },
        body: JSON.stringify({ siteId: demo.siteId, researchConsent: "no" }),
      });
    const before = await reg.db
      .selectFrom("patients")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const refused: Record<string, string>[] = [
      {},
      { "x-csrf-token": "x".repeat(43) },
      { "x-csrf-token": credentials.csrfToken, origin: "https://evil.example" },
      { "x-csrf-token": credentials.csrfToken, "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refused) {
      const res = await write(headers);
      expect([res.status, (await res.json()).error]).toEqual([403, "csrf"]);
    }
    const signInCsrf = await app.request("/api/session", {
      method: "POST",
      headers: { ...json, "sec-fetch-site": "cross-site" },
      body: signInBody("demo-clinician", TEST_PASSWORD),
    });
    expect(signInCsrf.status).toBe(403);
    const after = await reg.db
      .selectFrom("patients")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const ok = await write({
      "x-csrf-token": credentials.csrfToken,
      origin: "http://atlas.example",
      "sec-fetch-site": "same-origin",
    });
    expect(ok.status).toBe(201);
  });

  it("sends security headers and never a stack trace; API answers are not cached", async () => {
    const { anonymous } = harness();
    const res = await anonymous("GET", "/api/patients");
    expect(res.status).toBe(401);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'.*object-src 'none'/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
}
