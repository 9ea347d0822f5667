/**
 * Biopsy histology read once for every instrument (D3 (docs/clinical/conventions.md#presentation)): "inflammatory" = any of the first
 * seven findings and none of malignant cells, Langerhans cells or granuloma. Used by Japan 2014,
 * Jansson 2007 and Bristol 2016 criterion 2.
 */
import { and, type Tri } from "../logic/tri.ts";
import type { Presentation } from "../schema/presentation.ts";
import type { HistologyFinding } from "../schema/vocabulary.ts";

type ItemBody = { met: Tri; evidence: string };

/** D3: the findings that make a biopsy "inflammatory", and those that rule it out. */
const INFLAMMATORY: readonly HistologyFinding[] = [
  "plasma-cells",
  "lymphocytes",
  "neutrophils",
  "osteoclasts",
  "fibrosis",
  "sclerosis",
  "non-specific-inflammation",
];
const RULES_OUT: readonly HistologyFinding[] = ["malignant-cells", "langerhans-cells", "granuloma"];

/** D3 inflammatory histology. An empty list is "nothing recorded" (`no-abnormality` records a normal report). */
export function inflammatoryHistology(findings: readonly HistologyFinding[] | undefined): ItemBody {
  if (!findings || findings.length === 0) return { met: null, evidence: "no histology finding recorded" };
  const against = findings.filter((f) => RULES_OUT.includes(f));
  if (against.length > 0)
    return { met: false, evidence: `histology shows ${against.join(", ")}, which rules out` };
  const hits = findings.filter((f) => INFLAMMATORY.includes(f));
  return hits.length > 0
    ? { met: true, evidence: `inflammatory histology: ${hits.join(", ")}` }
    : { met: false, evidence: `no inflammatory finding among ${findings.join(", ")}` };
}

/**
 * A performed biopsy with inflammatory histology (D3) and a negative culture. Used by Japan item 2 and
 * Jansson 2007 major criterion 4. PCR is not modelled, so a culture `not-done` cannot exclude infection.
 */
export function sterileInflammatoryBiopsy(biopsy: Presentation["biopsy"]): ItemBody {
  if (!biopsy) return { met: null, evidence: "no biopsy recorded" };
  if (!biopsy.performed) return { met: false, evidence: "biopsy not performed" };
  const histology = inflammatoryHistology(biopsy.findings);
  const culture: Tri = biopsy.culture === "negative" ? true : biopsy.culture === "positive" ? false : null;
  const cultureText =
    biopsy.culture === undefined
      ? "culture not recorded"
      : biopsy.culture === "not-done"
        ? "culture not done (PCR is not modelled, so infection is not excluded)"
        : `culture ${biopsy.culture}`;
  const antibiotics = biopsy.onAntibioticsAtBiopsy
    ? "; taken on antibiotics, so a negative culture is weaker"
    : "";
  return {
    met: and(histology.met, culture),
    evidence: `${histology.evidence}; ${cultureText}${antibiotics}`,
  };
}
