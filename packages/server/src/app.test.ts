import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createApp, MAX_BODY_BYTES } from "./app.ts";

const faults: string[] = [];
const app = createApp({ logFault: (message) => faults.push(message) });
const post = (body: string, type = "application/json") =>
  app.request("/api/evaluate", { method: "POST", headers: { "content-type": type }, body });

describe("API", () => {
  it("GET /api/health", async () => {
    const res = await app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", ruleSet: "builtin" });
  });

  it("POST /api/evaluate returns the Evaluation of a valid presentation", async () => {
    const text = await readFile(
      new URL("../../../examples/presentations/typical-crmo.json", import.meta.url),
      "utf8",
    );
    const res = await post(text);
    expect(res.status).toBe(200);
    const evaluation = await res.json();
    expect(evaluation.instruments).toHaveLength(6);
    expect(evaluation.derived.lesionCount.value).toBe(4);
  });

  it("names each bad field with 400", async () => {
    const res = await post(JSON.stringify({ assessedOn: "2024-01-01", lesions: [{ site: "knee" }] }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid-request");
    expect(body.fields).toEqual([{ path: "lesions[0].site", message: 'unknown bone site "knee"' }]);
    expect(body.message).toMatch(/lesions\[0\]\.site/);
  });

  it("rejects malformed JSON with 400, a non-JSON body with 415", async () => {
    expect((await post("{")).status).toBe(400);
    expect((await post("{}", "text/plain")).status).toBe(415);
  });

  it("answers unknown routes 404 and wrong methods 405 with Allow", async () => {
    expect((await app.request("/api/nothing")).status).toBe(404);
    const res = await app.request("/api/evaluate");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("refuses bodies over the limit with 413", async () => {
    const res = await post(JSON.stringify({ assessedOn: "2024-01-01", pad: "x".repeat(MAX_BODY_BYTES) }));
    expect(res.status).toBe(413);
  });

  it("sends security headers", async () => {
    const res = await app.request("/");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("answers registry routes 503 when started without a database, naming nothing it did not read", async () => {
    for (const [method, path] of [
      ["GET", "/api/patients"],
      ["GET", "/api/sites"],
      ["GET", "/api/patients/01a211d1-e6c4-769e-b233-5b2efeca8653/chart"],
    ] as const) {
      const res = await app.request(path, { method });
      expect([path, res.status, (await res.json()).error]).toEqual([path, 503, "registry-unavailable"]);
    }
  });

  it("publishes an OpenAPI document generated from the presentation schema", async () => {
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const presentation = doc.components.schemas.Presentation;
    expect(presentation.required).toEqual(["assessedOn"]);
    expect(presentation.properties.lesions.items.properties.site.enum).toContain("clavicle");
    expect(faults).toEqual([]);
  });
});
