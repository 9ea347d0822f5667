import { describe, expect, it } from "vitest";
import { contextFor, runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { evaluateJansson2007 } from "./jansson-2007.ts";
import { JANSSON_2007_VECTORS } from "./jansson-2007.vectors.ts";

describe("jansson-2007", () => {
  runInstrumentVectors(evaluateJansson2007, JANSSON_2007_VECTORS);

  it("never computes a score or threshold, even when every major criterion is met", () => {
    const result = evaluateJansson2007(
      contextFor({
        assessedOn: "2024-03-01",
        lesions: [
          { site: "clavicle", side: "left", modality: "x-ray", findings: ["sclerosis"] },
          { site: "ulna", side: "right", modality: "x-ray", findings: ["lytic"] },
        ],
        coexistingConditions: ["psoriasis"],
        biopsy: { performed: true, findings: ["fibrosis"], culture: "negative" },
      }),
    );
    expect(result.items.filter((i) => i.id.startsWith("major-")).map((i) => i.met)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(result).toMatchObject({ status: "disabled", outcome: "rule-unverified", evidenceLevel: "U" });
    expect(result.ruleVersion).toBe("jansson-2007/builtin-1 (unverified)");
    expect(result.source.doi).toBe("10.1093/rheumatology/kel190");
    expect(result.score).toBeUndefined();
    expect(result.scoreRange).toBeUndefined();
    expect(result.threshold).toBeUndefined();
    expect(result.missingToDecide).toBeUndefined();
  });

  it("shows all ten criteria, with points on none of them", () => {
    const result = evaluateJansson2007(contextFor({ assessedOn: "2024-03-01" }));
    expect(result.items).toHaveLength(10);
    expect(result.items.filter((i) => i.id.startsWith("minor-"))).toHaveLength(6);
    expect(result.items.every((i) => i.points === undefined && i.evidence.length > 0)).toBe(true);
  });

  it("says why undecidable items are null", () => {
    const result = evaluateJansson2007(
      contextFor({
        assessedOn: "2024-03-01",
        labs: [{ test: "crp", value: 25, unit: "mg/L", referenceHigh: 5 }],
      }),
    );
    const evidence = (id: string) => result.items.find((i) => i.id === id)?.evidence;
    expect(evidence("minor-crp-esr-mildly-elevated")).toMatch(/NOT FOUND/);
    expect(evidence("minor-family-history")).toMatch(/not part of the presentation schema/);
  });
});
