/**
 * A draft as the API's request bodies, checked with the SAME core schemas the API runs
 * (visitSchema, imagingStudySchema, treatmentSchema), so the form refuses exactly what the API
 * would. Errors are keyed by a path that names their part: `visit.labs[0].value`,
 * `imaging.lesions[1].part`, `treatments[0].stop` (the API's `fields` map onto the same keys).
 */
import {
  type FieldError,
  imagingStudySchema,
  type LabResultInput,
  parseWith,
  treatmentSchema,
  visitSchema,
} from "@cno-atlas/clinical";
import type { ImagingDraft, LabDraft, TreatmentDraft, VisitDraft } from "./visit-draft.ts";

export type FieldErrors = Record<string, string>;

/** "" is "not given"; anything else is a number, or NaN, which the schema names as not a number. */
export function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed.replace(",", "."));
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as T;

function labBody(lab: LabDraft): LabResultInput {
  const presence = lab.value === "true" || lab.value === "false";
  const value = presence ? lab.value === "true" : numberOf(lab.value);
  const referenceLow = numberOf(lab.referenceLow);
  const referenceHigh = numberOf(lab.referenceHigh);
  const needsUnit = value !== undefined || referenceLow !== undefined || referenceHigh !== undefined;
  return defined({
    ...lab.kept,
    test: lab.test,
    value,
    unit: needsUnit ? lab.unit : lab.kept.unit,
    referenceLow,
    referenceHigh,
  }) as LabResultInput;
}

export function visitBody(draft: VisitDraft) {
  return defined({
    date: draft.date,
    kind: draft.kind,
    painNrs: numberOf(draft.painNrs),
    physicianGlobal: numberOf(draft.physicianGlobal),
    patientGlobal: numberOf(draft.patientGlobal),
    labs: draft.labs.length ? draft.labs.map(labBody) : undefined,
  });
}

export function imagingBody(imaging: ImagingDraft, visitDate: string) {
  return {
    date: imaging.date || visitDate,
    modality: imaging.modality,
    wholeBody: imaging.wholeBody,
    lesions: imaging.lesions.map((l) =>
      defined({
        site: l.site,
        side: l.side,
        segment: l.segment,
        end: l.end,
        part: l.part,
        findings: l.findings.length ? l.findings : undefined,
        symptomatic: l.symptomatic || undefined,
        status: l.status,
      }),
    ),
  };
}

export const treatmentBody = (t: TreatmentDraft) =>
  defined({ drugClass: t.drugClass, drug: t.drug.trim(), start: t.start, stop: t.stop });

/** Zod's wording for a missing value ("expected string, received undefined") said as a clinician would. */
const plain = (message: string) => (/received undefined$/.test(message) ? "required" : message);

/** The API's or the schema's field errors under one prefix; the first message per field is kept. */
export function keyed(prefix: string, errors: readonly FieldError[], into: FieldErrors = {}): FieldErrors {
  for (const e of errors) {
    const key = e.path === "(document)" ? prefix : `${prefix}.${e.path}`;
    into[key] ??= plain(e.message);
  }
  return into;
}

export interface CheckedVisit {
  errors: FieldErrors;
  visit: object;
  imaging: object | undefined;
  treatments: { key: string; body: object }[];
}

/** Every part of the draft through its schema. No error → the bodies are what the API accepts. */
export function checkDraft(draft: VisitDraft, withParts = true): CheckedVisit {
  const errors: FieldErrors = {};
  const visit = visitBody(draft);
  const parsedVisit = parseWith(visitSchema, visit);
  if (!parsedVisit.ok) keyed("visit", parsedVisit.errors, errors);
  if (!withParts) return { errors, visit, imaging: undefined, treatments: [] };

  const { imaging: img } = draft;
  let imaging: object | undefined;
  if (img.modality === "" && img.lesions.length > 0) {
    errors["imaging.modality"] = "choose how the lesions were seen";
  } else if (img.modality !== "") {
    imaging = imagingBody(img, draft.date);
    const parsed = parseWith(imagingStudySchema, imaging);
    if (!parsed.ok) keyed("imaging", parsed.errors, errors);
  }
  const treatments = draft.treatments.map((t, i) => {
    const body = treatmentBody(t);
    const parsed = parseWith(treatmentSchema, body);
    if (!parsed.ok) keyed(`treatments[${i}]`, parsed.errors, errors);
    return { key: t.key, body };
  });
  return { errors, visit, imaging, treatments };
}

/**
 * A correction as a merge patch: the fields this form shows, each sent, a cleared one as null so
 * the API clears it (fields the form does not show are left out and so kept).
 */
export function visitPatch(draft: VisitDraft): Record<string, unknown> {
  const body = visitBody(draft) as Record<string, unknown>;
  const patch: Record<string, unknown> = { date: body.date, kind: body.kind };
  for (const key of ["painNrs", "physicianGlobal", "patientGlobal", "labs"]) patch[key] = body[key] ?? null;
  return patch;
}
