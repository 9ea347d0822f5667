/**
 * Malignancy red flags (docs/clinical/red-flags.md#malignancy; ids, groups and severities D7 (docs/clinical/red-flags.md) [CONV]).
 * Numeric triggers are read from ctx.rules.redFlags, never written here.
 */
import { blastsPresent } from "../labs/blasts.ts";
import { aboveRangeCheck, anyCheck, outsideRangeCheck, thresholdCheck } from "../labs/lab-checks.ts";
import { describeLab } from "../labs/lab-reading.ts";
import { SOURCES } from "../sources.ts";
import { AGGRESSIVE_IMAGING_RULE } from "./aggressive-imaging.ts";
import {
  confirmedWorkupRule,
  histologyFound,
  lesionsWith,
  notFired,
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
    source: SOURCES.convention,
    evaluate(ctx) {
      const blasts = ctx.labs["blood-smear-blasts"];
      if (blastsPresent(blasts) !== true) return null;
      const reported = blasts?.value === true ? "present" : "reported high (present)";
      return {
        severity: "high",
        message: "Blasts on the blood smear: refer urgently to haemato-oncology for acute leukaemia.",
        evidence: [`blasts on the blood smear ${reported}`],
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
    reads: ["platelets"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.plateletsLowPer10e9L;
      const check = thresholdCheck(ctx.labs.platelets, "<", limit);
      if (check.met !== true) return notFired(check);
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
      const ldhCheck = aboveRangeCheck(ctx.labs.ldh);
      const uricCheck = aboveRangeCheck(ctx.labs["uric-acid"]);
      const ldh = ldhCheck.met === true;
      const uric = uricCheck.met === true;
      if (!ldh && !uric) return notFired(anyCheck([ldhCheck, uricCheck]));
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
    reads: ["neutrophils"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.neutrophilsLowPer10e9L;
      const check = thresholdCheck(ctx.labs.neutrophils, "<", limit);
      if (check.met !== true) return notFired(check);
      return {
        severity: "high",
        message: "Neutropenia: exclude acute leukaemia (blood smear, haemato-oncology).",
        evidence: [`${describeLab(ctx.labs.neutrophils, "neutrophils")} < ${limit} ×10⁹/L`],
      };
    },
  },
  AGGRESSIVE_IMAGING_RULE,
  {
    // Permeative or moth-eaten destruction: an aggressive pattern (Ewing sarcoma, lymphoma, infection)
    // that warrants a biopsy; project convention (D11) [CONV]
    id: "rf-mal-img-permeative",
    group: "malignancy",
    severities: ["moderate"],
    source: SOURCES.convention,
    evaluate(ctx) {
      const evidence = lesionsWith(ctx, ["permeative-or-moth-eaten"]);
      if (evidence.length === 0) return null;
      return {
        severity: "moderate",
        message:
          "Permeative or moth-eaten bone destruction is an aggressive pattern (Ewing sarcoma, lymphoma, infection): a biopsy is warranted.",
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
    reads: ["wbc", "hemoglobin", "platelets"],
    evaluate(ctx) {
      const cells = [
        [ctx.labs.wbc, "WBC"],
        [ctx.labs.hemoglobin, "haemoglobin"],
        [ctx.labs.platelets, "platelets"],
      ] as const;
      const checks = cells.map(([lab]) => outsideRangeCheck(lab));
      const evidence = cells
        .filter((_, i) => checks[i]?.met === true)
        .map(([lab, label]) => `${describeLab(lab, label)} outside the lab's reference range`);
      if (evidence.length === 0) return notFired(anyCheck(checks));
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
    reads: ["platelets"],
    evaluate(ctx) {
      const limit = ctx.rules.redFlags.plateletsSoftPer10e9L;
      const check = thresholdCheck(ctx.labs.platelets, "<", limit);
      if (check.met !== true) return notFired(check);
      return {
        severity: "info",
        message: "Platelets in the lower range: a soft pointer towards leukaemia in persistent bone pain.",
        evidence: [`${describeLab(ctx.labs.platelets, "platelets")} < ${limit} ×10⁹/L`],
      };
    },
  },
];
