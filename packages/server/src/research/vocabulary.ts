/**
 * Free text never leaves in a research export (D10). Treatment fields that are free text in the
 * registry (drug, route, dose unit) are exported only when they are one of these codes (after
 * trimming and lower-casing); anything else becomes empty, with the drug class still present.
 * Decided here (issue 5 is silent): generic names used in CNO care (docs/clinical/treatment.md, the
 * synthetic cohort), routes, and dose units — extend by adding codes, never by passing text.
 */
export const DRUGS = new Set([
  "naproxen",
  "ibuprofen",
  "indomethacin",
  "indometacin",
  "diclofenac",
  "celecoxib",
  "etoricoxib",
  "meloxicam",
  "piroxicam",
  "prednisolone",
  "prednisone",
  "methylprednisolone",
  "dexamethasone",
  "methotrexate",
  "sulfasalazine",
  "leflunomide",
  "azathioprine",
  "adalimumab",
  "etanercept",
  "infliximab",
  "certolizumab",
  "golimumab",
  "pamidronate",
  "zoledronic acid",
  "zoledronate",
  "alendronate",
  "risedronate",
  "neridronate",
  "anakinra",
  "canakinumab",
  "rilonacept",
  "secukinumab",
  "ixekizumab",
  "ustekinumab",
  "tofacitinib",
  "baricitinib",
  "upadacitinib",
  "colchicine",
  "azithromycin",
]);

export const ROUTES = new Set([
  "oral",
  "intravenous",
  "subcutaneous",
  "intramuscular",
  "topical",
  "intra-articular",
  "iv",
  "sc",
  "im",
  "po",
]);

export const DOSE_UNITS = new Set([
  "mg",
  "g",
  "ug",
  "µg",
  "mcg",
  "mg/kg",
  "mg/day",
  "mg/kg/day",
  "mg/kg/dose",
  "mg/kg/week",
  "mg/week",
  "mg/m2",
  "mg/m2/week",
  "mg/2 weeks",
  "mg/4 weeks",
  "mg/kg/8 weeks",
  "mg/kg/4 weeks",
  "mg/kg/cycle",
  "mg/cycle",
]);

/** The code, or null when the text is not one of the vocabulary's. */
export function coded(vocabulary: ReadonlySet<string>, text: string | null): string | null {
  if (text === null) return null;
  const code = text.trim().toLowerCase();
  return vocabulary.has(code) ? code : null;
}
