import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { fileInRoot } from "./static-files.ts";
import { BUILD_HINT, webApp } from "./web-app.ts";

const dist = mkdtempSync(join(tmpdir(), "cno-web-dist-"));
mkdirSync(join(dist, "assets"));
writeFileSync(
  join(dist, "index.html"),
  '<!doctype html><script type="module" src="/assets/index-abc.js"></script>',
);
writeFileSync(join(dist, "assets", "index-abc.js"), "console.log('chart')");
writeFileSync(join(dist, "assets", "index-abc.css"), "body{}");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The middleware as the API app mounts it: behind the strict CSP, with an API route beside it. */
function appServing(dir: string) {
  const app = new Hono();
  app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"] } }));
  app.use(webApp(dir));
  app.get("/api/health", (c) => c.json({ status: "ok" }));
  app.get("/evaluator.js", (c) => c.body("evaluator", 200));
  app.notFound((c) => c.json({ error: "not-found" }, 404));
  return app;
}

describe("serving the built chart", () => {
  const app = appServing(dist);

  it("answers / with index.html, revalidated each time, under the strict CSP", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await res.text()).toContain("/assets/index-abc.js");
  });

  it("sends hashed assets with their content type and a year-long immutable cache", async () => {
    const js = await app.request("/assets/index-abc.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await app.request("/assets/index-abc.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("falls back to index.html for the app's own pages, so a reload on a chart works", async () => {
    const res = await app.request("/patients/01a211e1-9131-747c-a7a1-b93c50819813/visits/new");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<!doctype html>");
  });

  it("leaves /api paths, other routes, missing files and other methods to the API", async () => {
    expect(await (await app.request("/api/health")).json()).toEqual({ status: "ok" });
    expect((await app.request("/api/nothing")).status).toBe(404);
    expect(await (await app.request("/evaluator.js")).text()).toBe("evaluator");
    expect((await app.request("/assets/missing-123.js")).status).toBe(404);
    expect((await app.request("/patients", { method: "POST" })).status).toBe(404);
  });

  it("keeps the evaluator page reachable at /evaluator", async () => {
    expect(await (await app.request("/evaluator")).text()).toContain("presentation evaluator");
  });

  it("never reads outside the build folder", async () => {
    expect(fileInRoot(dist, "/../package.json")).toBeUndefined();
    expect(fileInRoot(dist, "/%2e%2e/%2e%2e/etc/passwd")).toBeUndefined();
    expect(fileInRoot(dist, "/.env")).toBeUndefined();
    expect(fileInRoot(dist, "/%E0%A4%A")).toBeUndefined();
    expect(fileInRoot(dist, "/assets/index-abc.js")).toBe(join(dist, "assets", "index-abc.js"));
    const res = await app.request("/%2e%2e/%2e%2e/etc/passwd");
    expect(await res.text()).not.toContain("root:");
  });
});

describe("without a build", () => {
  const app = appServing(join(dist, "no-such-build"));

  it("keeps the evaluator at / and names the build command", async () => {
    const text = await (await app.request("/")).text();
    expect(text).toContain("presentation evaluator");
    expect(text).toContain(BUILD_HINT);
  });

  it("does not pretend other paths are pages", async () => {
    expect((await app.request("/patients/x")).status).toBe(404);
  });
});

describe("mounted in the API app", () => {
  it("serves / (chart or evaluator) and still answers the API", async () => {
    const app = createApp();
    expect((await app.request("/")).status).toBe(200);
    expect((await app.request("/api/health")).status).toBe(200);
    expect((await app.request("/api/evaluate")).status).toBe(405);
  });
});
