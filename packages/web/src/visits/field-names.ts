/**
 * The name a clinician reads for an error key (visit-payload.ts): "CRP value", "Left clavicle part",
 * "Treatment 1 stop date". Every error message starts with it, so the message names its field.
 */
import { siteName } from "../lesions/site-status.ts";
import { labName } from "./lab-vocabulary.ts";
import type { VisitDraft } from "./visit-draft.ts";

const VISIT_FIELDS: Record<string, string> = {
  date: "Visit date",
  kind: "Kind of visit",
  painNrs: "Pain (NRS 0–10)",
  physicianGlobal: "Physician global (0–10)",
  patientGlobal: "Patient global (0–10)",
};

const LAB_FIELDS: Record<string, string> = {
  value: "value",
  unit: "unit",
  referenceLow: "lower reference limit",
  referenceHigh: "upper reference limit",
  qualifier: "qualifier",
  takenOn: "date taken",
};

const IMAGING_FIELDS: Record<string, string> = {
  date: "Imaging date",
  modality: "Imaging modality",
  wholeBody: "Whole-body study",
};

const TREATMENT_FIELDS: Record<string, string> = {
  drugClass: "drug class",
  drug: "drug",
  start: "start date",
  stop: "stop date",
};

export function fieldLabel(key: string, draft: VisitDraft): string {
  const visit = /^visit\.(\w+)$/.exec(key);
  if (visit?.[1]) return VISIT_FIELDS[visit[1]] ?? visit[1];
  const lab = /^visit\.labs\[(\d+)\](?:\.(\w+))?/.exec(key);
  if (lab) {
    const test = draft.labs[Number(lab[1])]?.test ?? "lab";
    return `${labName(test)} ${LAB_FIELDS[lab[2] ?? ""] ?? lab[2] ?? "result"}`;
  }
  const lesion = /^imaging\.lesions\[(\d+)\](?:\.(\w+))?/.exec(key);
  if (lesion) {
    const row = draft.imaging.lesions[Number(lesion[1])];
    const where = row ? siteName(row.site, row.side) : "Lesion";
    return `${where} ${lesion[2] ?? "lesion"}`;
  }
  const imaging = /^imaging\.(\w+)$/.exec(key);
  if (imaging?.[1]) return IMAGING_FIELDS[imaging[1]] ?? `Imaging ${imaging[1]}`;
  const treatment = /^treatments\[(\d+)\](?:\.(\w+))?/.exec(key);
  if (treatment) {
    const field = treatment[2] ?? "";
    return `Treatment ${Number(treatment[1]) + 1} ${TREATMENT_FIELDS[field] ?? field}`.trim();
  }
  return key;
}

/** The id of a field's input, from its error key: errors link to it and it points back to them. */
export const fieldId = (key: string): string => `field-${key.replace(/[^A-Za-z0-9]+/g, "-")}`;
export const errorId = (key: string): string => `${fieldId(key)}-error`;
