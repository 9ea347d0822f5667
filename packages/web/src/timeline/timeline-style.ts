/**
 * How each series looks. Colours are the Okabe–Ito palette (distinguishable with the common colour
 * vision deficiencies), and every line also has its own dash pattern and a legend entry, so colour
 * is never the only way to tell them apart (WCAG 1.4.1). Treatment classes sit in named lanes.
 */
import type { DrugClass } from "@cno-atlas/clinical";

export interface SeriesStyle {
  key: "painNrs" | "physicianGlobal" | "patientGlobal" | "lesionCount" | "esr" | "crp";
  name: string;
  colour: string;
  dash: string | undefined;
  axis: "score" | "lab";
}

export const SERIES: readonly SeriesStyle[] = [
  { key: "painNrs", name: "Pain (NRS)", colour: "#D55E00", dash: undefined, axis: "score" },
  { key: "physicianGlobal", name: "Physician global", colour: "#0072B2", dash: "8 4", axis: "score" },
  { key: "patientGlobal", name: "Patient global", colour: "#009E73", dash: "2 3", axis: "score" },
  { key: "lesionCount", name: "Lesion count (bones)", colour: "#1d2330", dash: "12 3 3 3", axis: "score" },
  { key: "esr", name: "ESR", colour: "#CC79A7", dash: "4 2 1 2", axis: "lab" },
  { key: "crp", name: "CRP", colour: "#E69F00", dash: "6 2", axis: "lab" },
];

/** Lanes top to bottom; the first five are always shown (the classes the clinic asks about). */
export const DRUG_CLASS_LANES: readonly { drugClass: DrugClass; label: string; colour: string }[] = [
  { drugClass: "nsaid", label: "NSAIDs", colour: "#56B4E9" },
  { drugClass: "glucocorticoid", label: "Glucocorticoids", colour: "#E69F00" },
  { drugClass: "dmard", label: "DMARDs", colour: "#009E73" },
  { drugClass: "tnf-inhibitor", label: "TNF inhibitors", colour: "#0072B2" },
  { drugClass: "bisphosphonate", label: "Bisphosphonates", colour: "#CC79A7" },
  { drugClass: "il1-inhibitor", label: "IL-1 inhibitors", colour: "#D55E00" },
  { drugClass: "other", label: "Other", colour: "#8a8a8a" },
];

export const ALWAYS_SHOWN_LANES = 5;

export const drugClassLabel = (drugClass: string): string =>
  DRUG_CLASS_LANES.find((lane) => lane.drugClass === drugClass)?.label ?? drugClass;

/** Width of the value axes, the same in both panels so their dates line up. */
export const LEFT_AXIS_WIDTH = 104;
export const RIGHT_AXIS_WIDTH = 48;
