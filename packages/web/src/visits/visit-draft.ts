/**
 * What the clinician has typed, exactly as typed (text, so "-3" or "12,5" survive a failed save and
 * can be corrected). visit-payload.ts turns a draft into API bodies and checks them with the core's
 * schemas; nothing here is lost when a save fails.
 */
import type {
  DrugClass,
  ImagingFinding,
  LabResultInput,
  LabTest,
  LesionStatus,
  Modality,
  Side,
  Visit,
} from "@cno-atlas/clinical";
import { LAB_UNITS } from "@cno-atlas/clinical";

export interface LabDraft {
  key: string;
  test: LabTest;
  /** Text for a quantity; "true" / "false" for a presence test (blasts). */
  value: string;
  unit: string;
  referenceLow: string;
  referenceHigh: string;
  /** Fields of a stored result the form does not show (qualifier, interpretation, takenOn): kept on a correction. */
  kept: Partial<LabResultInput>;
}

export interface LesionDraft {
  key: string;
  site: string;
  side: Side | undefined;
  segment: string;
  end: string;
  part: string;
  findings: ImagingFinding[];
  symptomatic: boolean;
  /** "" = derived by the core (new / stable / resolved, D3); improved and worsened are read, so entered. */
  status: "" | LesionStatus;
}

export interface ImagingDraft {
  /** "" = no imaging at this visit. */
  modality: "" | Modality;
  wholeBody: boolean;
  /** "" = the visit's date. */
  date: string;
  lesions: LesionDraft[];
}

export interface TreatmentDraft {
  key: string;
  drugClass: DrugClass;
  drug: string;
  start: string;
  stop: string;
}

export interface VisitDraft {
  date: string;
  kind: Visit["kind"];
  painNrs: string;
  physicianGlobal: string;
  patientGlobal: string;
  labs: LabDraft[];
  imaging: ImagingDraft;
  treatments: TreatmentDraft[];
}

let counter = 0;
/** A key that survives reordering and removal of rows (React keys, field ids stay with their row). */
export const newKey = (): string => `row${++counter}`;

export const emptyDraft = (date: string): VisitDraft => ({
  date,
  kind: "scheduled",
  painNrs: "",
  physicianGlobal: "",
  patientGlobal: "",
  labs: [],
  imaging: { modality: "", wholeBody: false, date: "", lesions: [] },
  treatments: [],
});

export const newLab = (test: LabTest = "crp"): LabDraft => ({
  key: newKey(),
  test,
  value: "",
  unit: LAB_UNITS[test].canonical,
  referenceLow: "",
  referenceHigh: "",
  kept: {},
});

export const newLesion = (site: string, side: Side | undefined): LesionDraft => ({
  key: newKey(),
  site,
  side,
  segment: "",
  end: "",
  part: "",
  findings: [],
  symptomatic: false,
  status: "",
});

export const newTreatment = (start: string): TreatmentDraft => ({
  key: newKey(),
  drugClass: "nsaid",
  drug: "",
  start,
  stop: "",
});

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

/** A stored visit as a draft, for a correction (the fields this form edits; the rest is untouched). */
export function draftOfVisit(visit: Visit): VisitDraft {
  return {
    ...emptyDraft(visit.date),
    kind: visit.kind,
    painNrs: text(visit.painNrs),
    physicianGlobal: text(visit.physicianGlobal),
    patientGlobal: text(visit.patientGlobal),
    labs: (visit.labs ?? []).map(
      ({ test, value, unit, referenceLow, referenceHigh, canonical: _c, ...kept }) => ({
        key: newKey(),
        test,
        value: value === undefined ? "" : String(value),
        unit: unit ?? LAB_UNITS[test].canonical,
        referenceLow: text(referenceLow),
        referenceHigh: text(referenceHigh),
        kept,
      }),
    ),
  };
}
