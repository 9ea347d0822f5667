import { describe, expect, it } from "vitest";
import { contextFor, runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { inflammatoryHistology, sterileInflammatoryBiopsy } from "../derived/histology.ts";
import { evaluateJapan2014 } from "./japan-2014.ts";
import { JAPAN_2014_VECTORS } from "./japan-2014.vectors.ts";

describe("japan-2014", () => {
  runInstrumentVectors(evaluateJapan2014, JAPAN_2014_VECTORS);

  it("carries its version, evidence level and source, and no score", () => {
    const result = evaluateJapan2014(contextFor({ assessedOn: "2024-03-01" }));
    expect(result.ruleVersion).toBe("japan-2014/v1.0-2014-10-06");
    expect(result.evidenceLevel).toBe("V");
    expect(result.source.url).toBe("https://www.shouman.jp/disease/instructions/06_05_022/");
    expect(result.score).toBeUndefined();
    expect(result.scoreRange).toBeUndefined();
    expect(result.threshold).toBeUndefined();
  });

  it("explains in the biopsy item that the biopsy is obligatory here, unlike Bristol and EULAR/ACR", () => {
    const result = evaluateJapan2014(contextFor({ assessedOn: "2024-03-01", biopsy: { performed: false } }));
    const biopsy = result.items.find((i) => i.id === "biopsy-inflammation-culture-negative");
    expect(biopsy?.evidence).toMatch(/obligatory.*Bristol criterion 1.*EULAR\/ACR/);
  });

  it("says why an incomplete imaging record is not counted as unmet", () => {
    const result = evaluateJapan2014(
      contextFor({
        assessedOn: "2024-03-01",
        lesions: [{ site: "T7", modality: "mri-stir", findings: ["bone-marrow-edema"] }],
      }),
    );
    const imaging = result.items.find((i) => i.id === "imaging-lysis-sclerosis-and-marrow-edema");
    expect(imaging?.met).toBeNull();
    expect(imaging?.evidence).toMatch(/no x-ray lesion.*incompletely recorded/);
  });
});

describe("D3 inflammatory histology", () => {
  it.each([
    [["osteoclasts"], true],
    [["sclerosis", "necrosis"], true],
    [["necrosis"], false],
    [["no-abnormality"], false],
    [["plasma-cells", "malignant-cells"], false],
    [["lymphocytes", "langerhans-cells"], false],
    [[], null],
    [undefined, null],
  ] as const)("%j → %s", (findings, met) => {
    expect(inflammatoryHistology(findings).met).toBe(met);
  });

  it("notes antibiotics at biopsy without changing the result", () => {
    const body = sterileInflammatoryBiopsy({
      performed: true,
      findings: ["plasma-cells"],
      culture: "negative",
      onAntibioticsAtBiopsy: true,
    });
    expect(body.met).toBe(true);
    expect(body.evidence).toMatch(/antibiotics/);
  });
});
