/**
 * Malignancy red flags (diagnosis.md §7.1; ids, groups and severities DECISIONS.md D7 [CONV]).
 * Numeric triggers are read from ctx.rules.redFlags, never written here.
 */
import { aboveUpperLimit, compareLab, describeLab, isNormal } from "../labs/lab-reading.ts";
import { SOURCES } from "../sources.ts";
import {
  confirmedWorkupRule,
  histologyFound,
  lesionsWith,
  type RedFlagRule,
  signsFound,
} from "./red-flag-rule.ts";

export const MALIGNANCY_RULES: readonly RedFlagRule[] = [
  // EULAR/ACR 2025 exclusion "malignancy" (ARD abstract) [V]
  confirmedWorkupRule(
    "rf-mal-confirmed",
    "malignancy",
    "malignancy",
    SOURCES.zhao2025,
    "Malignancy is confirmed in the work-up: this is not CNO; manage the malignancy.",
  ),
  {
    // Blasts on the peripheral smear define acute leukaemia: high by project convention (D7) [CONV]
    id: "rf-mal-blasts",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.decisions,
    evaluate(ctx) {
      const blasts = ctx.labs["blood-smear-blasts"];
      if (blasts?.canonical.value !== true) return null;
      return {
        severity: "high",
        message: "Blasts on the blood smear: refer urgently to haemato-oncology for acute leukaemia.",
        evidence: [describeLab(blasts, "blasts on the blood smear")],
      };
    },
  },
  {
    // EULAR/ACR 2025 exclusion "malignancy" (ARD abstract) [V]; ACR 2020 "biopsy indicating malignancy" [V]
    id: "rf-mal-histology",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.zhao2025,
    evaluate(ctx) {
      const found = histologyFound(ctx, ["malignant-cells", "langerhans-cells"]);
      if (found.length === 0) return null;
      return {
        severity: "high",
        message: "The biopsy shows malignant or Langerhans cells: manage as malignancy or LCH, not CNO.",
        evidence: found.map((finding) => `biopsy: ${finding}`),
      };
    },
  },
  {
    // Platelets < 100 ×10⁹/L: EULAR/ACR provisional exclusion, Healio 2022 [V]
    id: "rf-mal-thrombocytopenia",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.healio2022,
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.plateletsLowPer10e9L;
      if (compareLab(ctx.labs.platelets, "<", limit) !== true) return null;
      return {
        severity: "high",
        message:
          "Thrombocytopenia: exclude leukaemia and other marrow infiltration (blood smear, haemato-oncology).",
        evidence: [`${describeLab(ctx.labs.platelets, "platelets")} < ${limit} ×10⁹/L`],
      };
    },
  },
  {
    // LDH above the ULN: EULAR/ACR provisional exclusion, Healio 2022 [V];
    // LDH and/or uric acid suggest tumour lysis, cut-offs vary by age: UpToDate CNO table footnote [V]
    id: "rf-mal-lysis-labs",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.healio2022,
    evaluate(ctx) {
      const ldh = aboveUpperLimit(ctx.labs.ldh) === true;
      const uric = aboveUpperLimit(ctx.labs["uric-acid"]) === true;
      if (!ldh && !uric) return null;
      const evidence: string[] = [];
      if (ldh) evidence.push(`${describeLab(ctx.labs.ldh, "LDH")} above the lab's upper limit`);
      if (uric)
        evidence.push(`${describeLab(ctx.labs["uric-acid"], "uric acid")} above the lab's upper limit`);
      return {
        severity: "high",
        message: "Raised LDH or uric acid suggests cell turnover or tumour lysis: exclude malignancy.",
        evidence,
        // Uric acid alone rests on the UpToDate footnote; LDH is the Healio 2022 exclusion.
        ...(ldh ? {} : { source: SOURCES.uptodateCno }),
      };
    },
  },
  {
    // Hepatomegaly, splenomegaly or lymphadenopathy: Louvigné 2020, OR 154 (ALL vs JIA) [V]
    id: "rf-mal-organomegaly-lan",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.louvigne2020,
    evaluate(ctx) {
      const found = signsFound(ctx, ["hepatomegaly", "splenomegaly", "lymphadenopathy"]);
      if (found.length === 0) return null;
      return {
        severity: "high",
        message:
          "Organomegaly or lymphadenopathy: strongly suggests leukaemia or lymphoma; do a blood smear.",
        evidence: found.map((sign) => `clinical sign: ${sign}`),
      };
    },
  },
  {
    // Neutrophils < 2 ×10⁹/L: Louvigné 2020, OR 50 (ALL vs JIA) [V]
    id: "rf-mal-neutropenia",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.louvigne2020,
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.neutrophilsLowPer10e9L;
      if (compareLab(ctx.labs.neutrophils, "<", limit) !== true) return null;
      return {
        severity: "high",
        message: "Neutropenia: exclude acute leukaemia (blood smear, haemato-oncology).",
        evidence: [`${describeLab(ctx.labs.neutrophils, "neutrophils")} < ${limit} ×10⁹/L`],
      };
    },
  },
  {
    // Cortical disruption, mass, marrow infiltrate, geographic lesion, disorganised bone formation:
    // ACR 2020 case-control [V]; cortical destruction "is not seen in CNO/CRMO", UpToDate footnote [V]
    id: "rf-mal-img-aggressive",
    group: "malignancy",
    severities: ["high"],
    source: SOURCES.acr2020,
    evaluate(ctx) {
      const evidence = lesionsWith(ctx, [
        "cortical-destruction",
        "soft-tissue-mass",
        "marrow-infiltration",
        "geographic-lesion",
        "disorganized-bone-formation",
      ]);
      if (evidence.length === 0) return null;
      return {
        severity: "high",
        message:
          "Aggressive imaging features are not seen in CNO: exclude a bone tumour or infiltration (biopsy).",
        evidence,
      };
    },
  },
  {
    // Asthenia, anorexia or weight loss: Louvigné 2020, OR 124 for a wider definition that also counted
    // non-articular bone pain [V]; night sweats added by D7 [CONV]. Bone pain never fires it (D7).
    id: "rf-mal-constitutional",
    group: "malignancy",
    severities: ["moderate"],
    source: SOURCES.louvigne2020,
    evaluate(ctx) {
      const found = signsFound(ctx, ["weight-loss", "asthenia-anorexia", "night-sweats"]);
      if (found.length === 0) return null;
      return {
        severity: "moderate",
        message: "Constitutional symptoms: consider malignancy (blood count and smear, LDH).",
        evidence: found.map((sign) => `clinical sign: ${sign}`),
      };
    },
  },
  {
    // A normal blood count is the strongest NBO predictor: Jansson 2009, OR 81.5 (NBO vs all controls) [V];
    // moderate by D7's stated exception. Normal = the lab's own range (D4) [CONV]
    id: "rf-mal-abnormal-cbc",
    group: "malignancy",
    severities: ["moderate"],
    source: SOURCES.jansson2009,
    evaluate(ctx) {
      const cells = [
        [ctx.labs.wbc, "WBC"],
        [ctx.labs.hemoglobin, "haemoglobin"],
        [ctx.labs.platelets, "platelets"],
      ] as const;
      const evidence = cells
        .filter(([lab]) => isNormal(lab) === false)
        .map(([lab, label]) => `${describeLab(lab, label)} outside the lab's reference range`);
      if (evidence.length === 0) return null;
      return {
        severity: "moderate",
        message: "Abnormal blood count: uncommon in CNO; consider malignancy and review the smear.",
        evidence,
      };
    },
  },
  {
    // Metaphyseal lucent bands with periosteal reaction: UpToDate CNO table footnote [V]
    id: "rf-mal-img-leukemia",
    group: "malignancy",
    severities: ["moderate"],
    source: SOURCES.uptodateCno,
    evaluate(ctx) {
      // Both findings anywhere in the presentation: leukaemia is systemic, so they need not share a lesion.
      const bands = lesionsWith(ctx, ["metaphyseal-lucent-band"]);
      const periosteal = lesionsWith(ctx, ["periosteal-reaction"]);
      if (bands.length === 0 || periosteal.length === 0) return null;
      return {
        severity: "moderate",
        message:
          "Metaphyseal lucent bands with periosteal reaction suggest leukaemia: check the blood count and smear.",
        evidence: lesionsWith(ctx, ["metaphyseal-lucent-band", "periosteal-reaction"]),
      };
    },
  },
  {
    // "Punched-out" osteolytic lesions (skull, vertebra plana): UpToDate CNO table footnote [V]
    id: "rf-mal-img-lch",
    group: "malignancy",
    severities: ["moderate"],
    source: SOURCES.uptodateCno,
    evaluate(ctx) {
      const evidence = lesionsWith(ctx, ["punched-out-lytic"]);
      if (evidence.length === 0) return null;
      return {
        severity: "moderate",
        message: "Punched-out lytic lesions suggest Langerhans cell histiocytosis: consider a biopsy.",
        evidence,
      };
    },
  },
  {
    // Platelets < 300 ×10⁹/L: Louvigné 2020, OR 14 [V]; a relative, soft flag (within the normal range)
    id: "rf-mal-plt-lt300",
    group: "malignancy",
    severities: ["info"],
    source: SOURCES.louvigne2020,
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.plateletsSoftPer10e9L;
      if (compareLab(ctx.labs.platelets, "<", limit) !== true) return null;
      return {
        severity: "info",
        message: "Platelets in the lower range: a soft pointer towards leukaemia in persistent bone pain.",
        evidence: [`${describeLab(ctx.labs.platelets, "platelets")} < ${limit} ×10⁹/L`],
      };
    },
  },
];
