import {
  type Evaluation,
  evaluatePresentation,
  INSTRUMENT_IDS,
  type PresentationInput,
  presentationSchema,
  type RedFlag,
} from "@cno-atlas/clinical";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { metText, missingText, scoreText, sortRedFlags } from "./criteria-format.ts";
import { CriteriaPanel } from "./criteria-panel.tsx";

/** Fever, a single femur lesion and thrombocytopenia: high, moderate and info red flags at once. */
const WORRYING: PresentationInput = {
  assessedOn: "2024-05-01",
  patient: { birthDate: "2016-02-01" },
  symptomOnset: "2024-02-15",
  bonePain: true,
  fever: { present: true, maxTemperatureC: 38.9 },
  lesions: [{ site: "femur", side: "left", modality: "mri-stir", findings: ["bone-marrow-edema", "lytic"] }],
  wholeBodyImaging: { performed: true, modality: "whole-body-mri" },
  labs: [
    { test: "platelets", value: 90, unit: "10*9/L", referenceLow: 150, referenceHigh: 450 },
    { test: "crp", value: 12, unit: "mg/L" },
  ],
  clinicalSigns: ["local-redness-warmth"],
};

const evaluate = (input: PresentationInput) => evaluatePresentation(presentationSchema.parse(input));
const render = (evaluation: Evaluation) => renderToStaticMarkup(<CriteriaPanel evaluation={evaluation} />);
const attrs = (markup: string, name: string) =>
  [...markup.matchAll(new RegExp(` ${name}="([^"]*)"`, "g"))].map((m) => m[1]);
const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&#x27;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};
/** The page's text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;|&#x27;|&lt;|&gt;|&amp;/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, " ");

describe("criteria panel: red flags first, by severity", () => {
  const evaluation = evaluate(WORRYING);
  const severities = new Set(evaluation.redFlags.map((f) => f.severity));

  it("uses a real evaluation with every severity", () => {
    expect([...severities].sort()).toEqual(["high", "info", "moderate"]);
  });

  it("orders red flags high, moderate, info even when given shuffled, and before any instrument", () => {
    const shuffled: RedFlag[] = [...evaluation.redFlags].reverse();
    const markup = render({ ...evaluation, redFlags: shuffled });
    const order = attrs(markup, "data-severity");
    const rank = { high: 0, moderate: 1, info: 2 } as const;
    const ranks = order.map((s) => rank[s as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(attrs(markup, "data-red-flag")).toEqual(sortRedFlags(evaluation.redFlags).map((f) => f.id));
    expect(markup.indexOf("data-red-flag")).toBeLessThan(markup.indexOf("data-instrument"));
    expect(attrs(markup, "data-red-flag")).toContain("rf-mal-thrombocytopenia");
  });

  it("shows each flag's group, message and evidence", () => {
    const markup = render(evaluation);
    for (const flag of evaluation.redFlags) {
      const shown = text(markup);
      expect(shown).toContain(flag.group);
      expect(shown).toContain(flag.message.replace(/\s+/g, " "));
      for (const line of flag.evidence) expect(shown).toContain(line.replace(/\s+/g, " "));
    }
  });

  it("says so when no red flag fired", () => {
    expect(text(render({ ...evaluation, redFlags: [] }))).toContain("No red flag fired");
  });
});

describe("criteria panel: every instrument, explained", () => {
  const evaluation = evaluate(WORRYING);
  const markup = render(evaluation);
  const shown = text(markup);

  it("shows every instrument of the evaluation, in the core's order", () => {
    expect(attrs(markup, "data-instrument")).toEqual([...INSTRUMENT_IDS]);
  });

  it("shows status, outcome, evidence level, rule version, warnings and source of each", () => {
    for (const result of evaluation.instruments) {
      expect(shown).toContain(result.label);
      expect(shown).toContain(result.outcome);
      expect(shown).toContain(`Rule version ${result.ruleVersion}`);
      expect(shown).toContain(`Evidence level ${result.evidenceLevel}`);
      for (const warning of result.warnings) expect(shown).toContain(warning.replace(/\s+/g, " "));
      if (result.source.doi) expect(markup).toContain(`href="https://doi.org/${result.source.doi}"`);
    }
    expect(shown).toContain("V verbatim … U unverified");
  });

  it("shows each item's met state in words, its points and evidence", () => {
    for (const result of evaluation.instruments) {
      for (const item of result.items) {
        const row = markup.match(
          new RegExp(`<tr data-item="${item.id}" data-met="${String(item.met)}">(.*?)</tr>`),
        )?.[1];
        expect(row, `${result.id} ${item.id}`).toBeDefined();
        expect(text(row ?? "")).toContain(`${metText(item.met).symbol} ${metText(item.met).text}`);
        if (item.points !== undefined) expect(row).toContain(`<td class="points">${item.points}</td>`);
      }
    }
  });

  it("says why a disabled rule is disabled", () => {
    const disabled = evaluation.instruments.filter((r) => r.status === "disabled");
    expect(disabled.map((r) => r.id)).toContain("jansson-2007");
    const card = markup.match(/<article[^>]*data-instrument="jansson-2007"[^>]*>(.*?)<\/article>/)?.[1] ?? "";
    expect(text(card)).toContain("Disabled — why:");
  });

  it("says which missing items would decide an undecided rule, by their labels", () => {
    const undecided = evaluation.instruments.filter((r) => (r.missingToDecide ?? []).length > 0);
    expect(undecided.length).toBeGreaterThan(0);
    for (const result of undecided) {
      const sentence = missingText(result);
      expect(sentence).toMatch(/^would decide: /);
      expect(shown).toContain(sentence);
    }
  });
});

describe("criteria text", () => {
  it("writes a score with its threshold, or the range missing items leave open", () => {
    expect(scoreText({ score: 63, threshold: { value: 39, comparator: ">=" } })).toBe("63 (threshold ≥ 39)");
    expect(scoreText({ scoreRange: [20, 55], threshold: { value: 39, comparator: ">=" } })).toBe(
      "between 20 and 55, items missing (threshold ≥ 39)",
    );
    expect(scoreText({})).toBe("");
  });

  it("writes met, not met and unknown as symbol and word", () => {
    expect([true, false, null].map((m) => `${metText(m).symbol} ${metText(m).text}`)).toEqual([
      "✓ met",
      "✗ not met",
      "? unknown",
    ]);
  });
});

describe("criteria panel: what D11 adds", () => {
  it("lists the red flags that could not be assessed, in the clinic's words", () => {
    const markup = render(
      evaluate({ assessedOn: "2024-03-01", labs: [{ test: "ldh", value: 2500, unit: "U/L" }] }),
    );
    expect(text(markup)).toMatch(
      /Could not be assessed \(1\) LDH has no upper reference limit rf-mal-lysis-labs/,
    );
  });

  it("shows a found mimic beside each instrument's outcome, and a flag's implausible-value warning", () => {
    const markup = render(
      evaluate({
        ...WORRYING,
        labs: [{ test: "platelets", value: 80, unit: "/uL" }],
        biopsy: { performed: true, findings: ["malignant-cells"], culture: "negative" },
      }),
    );
    const outcomes = [...markup.matchAll(/data-field="outcome">(.*?)<\/dd>/g)].map((m) => text(m[1] ?? ""));
    expect(outcomes.length).toBe(INSTRUMENT_IDS.length);
    for (const outcome of outcomes)
      expect(outcome).toMatch(/Mimic present: malignancy \(malignant cells on biopsy\)/);
    expect(text(markup)).toMatch(/Thrombocytopenia.*⚠ Implausible value — check the unit: platelets 0\.08/);
  });
});
