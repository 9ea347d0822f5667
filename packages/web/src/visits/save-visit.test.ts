import { afterEach, describe, expect, it, vi } from "vitest";
import { type SavedParts, saveVisit } from "./save-visit.ts";
import type { CheckedVisit } from "./visit-payload.ts";

const checked: CheckedVisit = {
  errors: {},
  visit: { date: "2024-05-01", kind: "scheduled" },
  imaging: {
    date: "2024-05-01",
    modality: "x-ray",
    wholeBody: false,
    lesions: [{ site: "femur", side: "left" }],
  },
  treatments: [{ key: "t1", body: { drugClass: "nsaid", drug: "naproxen", start: "2024-05-01" } }],
};

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("saving a recorded visit", () => {
  it("maps the API's refusal of one part onto its fields, and never sends a saved part twice", async () => {
    const calls: string[] = [];
    let imagingRefused = true;
    vi.stubGlobal("fetch", async (url: string) => {
      calls.push(url);
      if (url.endsWith("/visits")) return json(201, { id: "v1" });
      if (url.endsWith("/imaging-studies") && imagingRefused) {
        imagingRefused = false;
        return json(400, {
          error: "invalid-request",
          message: "The request body has 1 invalid field(s): lesions[0].segment",
          fields: [{ path: "lesions[0].segment", message: "not a segment" }],
        });
      }
      return json(201, { id: url.endsWith("/treatments") ? "t-id" : "i-id" });
    });
    const first = await saveVisit("p1", checked, { treatmentIds: {} });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.errors).toEqual({ "imaging.lesions[0].segment": "not a segment" });
    expect(first.message).toMatch(/will not be sent again/);
    expect(first.saved).toEqual({ visitId: "v1", treatmentIds: {} } satisfies SavedParts);

    const second = await saveVisit("p1", checked, first.saved);
    expect(second).toEqual({
      ok: true,
      saved: { visitId: "v1", imagingId: "i-id", treatmentIds: { t1: "t-id" } },
    });
    expect(calls.filter((u) => u.endsWith("/visits"))).toHaveLength(1);
  });
});
