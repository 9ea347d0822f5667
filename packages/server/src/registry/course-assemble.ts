import type { ChaqAnswers, Course, LabResult, Lesion, Visit } from "@cno-atlas/clinical";
import type { Selectable } from "kysely";
import type { Database } from "../db/schema.ts";

type Rows<T extends keyof Database> = Selectable<Database[T]>[];

export interface LoadedRows {
  patient: Selectable<Database["patients"]>;
  coexisting_conditions: Rows<"coexisting_conditions">;
  blood_cultures: Rows<"blood_cultures">;
  biopsies: Rows<"biopsies">;
  encounters: Rows<"encounters">;
  encounter_signs: Rows<"encounter_signs">;
  tender_sites: Rows<"tender_sites">;
  chaq_domains: Rows<"chaq_domains">;
  chaq_items: Rows<"chaq_items">;
  lab_results: Rows<"lab_results">;
  imaging_studies: Rows<"imaging_studies">;
  lesions: Rows<"lesions">;
  treatments: Rows<"treatments">;
}

/**
 * Sets `key` only when the column holds a value: a parsed Course has no `undefined` keys, and a
 * strict deep-equality round trip must not grow any. `false` and `0` are values.
 */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value !== null && value !== undefined) target[key] = value;
}

/** Rows grouped by a parent id, each group in `ordinal` order. */
function byParent<R extends { ordinal: number; id: string }>(
  rows: R[],
  parentOf: (row: R) => string | null,
): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of inOrder(rows)) {
    const parent = parentOf(row) ?? "";
    const group = groups.get(parent);
    if (group) group.push(row);
    else groups.set(parent, [row]);
  }
  return groups;
}

/**
 * `ordinal` order; equal ordinals (never written by one transaction) fall back to the id, which is
 * time-ordered, so the order never depends on the order rows came back from the database.
 */
export const inOrder = <R extends { ordinal: number; id: string }>(rows: R[]) =>
  [...rows].sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export type VisitRows = Pick<
  LoadedRows,
  "encounters" | "encounter_signs" | "tender_sites" | "chaq_domains" | "chaq_items" | "lab_results"
>;
export type StudyRows = Pick<LoadedRows, "imaging_studies" | "lesions">;

/** The inverse of courseToRows; pure. */
export function assembleCourse(rows: LoadedRows): Course {
  const p = rows.patient;
  const patient: Course["patient"] = {};
  put(patient, "sex", p.sex);
  put(patient, "birthDate", p.birth_date);
  put(patient, "ageAtOnsetYears", p.age_at_onset_years);
  put(patient, "ageAtPresentationYears", p.age_at_presentation_years);

  const course: Course = {
    patient,
    visits: assembleVisits(rows),
    imagingStudies: assembleStudies(rows),
    treatments: assembleTreatments(rows.treatments),
  };
  put(course, "symptomOnset", p.symptom_onset);
  put(course, "diagnosisDate", p.diagnosis_date);
  if (p.coexisting_conditions_recorded) {
    course.coexistingConditions = inOrder(rows.coexisting_conditions).map((c) => {
      const condition = { condition: c.condition } as NonNullable<Course["coexistingConditions"]>[number];
      put(condition, "notedOn", c.noted_on);
      return condition;
    });
  }
  if (p.blood_cultures_recorded) {
    course.bloodCultures = inOrder(rows.blood_cultures).map((b) => ({ date: b.taken_on, result: b.result }));
  }
  const b = rows.biopsies[0];
  if (b) {
    const biopsy: NonNullable<Course["biopsy"]> = { performed: b.performed };
    put(biopsy, "findings", b.findings as NonNullable<Course["biopsy"]>["findings"]);
    put(biopsy, "culture", b.culture);
    put(biopsy, "organism", b.organism);
    put(biopsy, "onAntibioticsAtBiopsy", b.on_antibiotics_at_biopsy);
    course.biopsy = biopsy;
  }
  if (p.mimic_workup_recorded) {
    type Mimic = NonNullable<Course["mimicWorkup"]>;
    const mimic: Mimic = {};
    put(mimic, "malignancy", p.mimic_malignancy as Mimic["malignancy"]);
    put(mimic, "infection", p.mimic_infection as Mimic["infection"]);
    put(mimic, "vitaminCDeficiency", p.mimic_vitamin_c_deficiency as Mimic["vitaminCDeficiency"]);
    put(mimic, "hypophosphatasia", p.mimic_hypophosphatasia as Mimic["hypophosphatasia"]);
    course.mimicWorkup = mimic;
  }
  put(course, "antibioticResponse", p.antibiotic_response as Course["antibioticResponse"]);
  return course;
}

/** Imaging studies in `ordinal` order (the order of inOrder(rows.imaging_studies)), with their lesions. */
export function assembleStudies(rows: StudyRows): Course["imagingStudies"] {
  const studies = byParent(rows.lesions, (l) => l.imaging_study_id);
  return inOrder(rows.imaging_studies).map((s) => ({
    date: s.date,
    modality: s.modality as Lesion["modality"] & string,
    wholeBody: s.whole_body,
    lesions: (studies.get(s.id) ?? []).map(assembleLesion),
  }));
}

/** Treatments in `ordinal` order. */
export function assembleTreatments(rows: LoadedRows["treatments"]): Course["treatments"] {
  return inOrder(rows).map((t) => {
    const treatment: Course["treatments"][number] = {
      drugClass: t.drug_class as Course["treatments"][number]["drugClass"],
      drug: t.drug,
      start: t.started_on,
    };
    put(treatment, "stop", t.stopped_on);
    if (t.dose_value !== null && t.dose_unit !== null)
      treatment.dose = { value: t.dose_value, unit: t.dose_unit };
    put(treatment, "route", t.route);
    put(treatment, "reasonStopped", t.reason_stopped as Course["treatments"][number]["reasonStopped"]);
    return treatment;
  });
}

/** Visits in `ordinal` order (the order of inOrder(rows.encounters)), with what was recorded at each. */
export function assembleVisits(rows: VisitRows): Visit[] {
  const signs = byParent(rows.encounter_signs, (s) => s.encounter_id);
  const tender = byParent(rows.tender_sites, (t) => t.encounter_id);
  const domains = byParent(rows.chaq_domains, (d) => d.encounter_id);
  const items = byParent(rows.chaq_items, (i) => i.chaq_domain_id);
  const labs = byParent(rows.lab_results, (l) => l.encounter_id);
  return inOrder(rows.encounters).map((e) => {
    const visit: Visit = { date: e.date, kind: e.kind };
    put(visit, "painNrs", e.pain_nrs);
    put(visit, "physicianGlobal", e.physician_global);
    put(visit, "patientGlobal", e.patient_global);
    if (e.fever_present !== null) {
      visit.fever = { present: e.fever_present };
      put(visit.fever, "maxTemperatureC", e.max_temperature_c);
    }
    const visitSigns = signs.get(e.id) ?? [];
    type Sign = NonNullable<Visit["clinicalSigns"]>[number];
    if (e.clinical_signs_recorded)
      visit.clinicalSigns = visitSigns.filter((s) => s.found).map((s) => s.sign as Sign);
    if (e.absent_signs_recorded)
      visit.absentSigns = visitSigns.filter((s) => !s.found).map((s) => s.sign as Sign);
    if (e.tender_sites_recorded) {
      visit.tenderSites = (tender.get(e.id) ?? []).map((t) => {
        const site: NonNullable<Visit["tenderSites"]>[number] = { site: t.site };
        put(site, "side", t.side);
        return site;
      });
    }
    if (e.chaq_recorded) {
      visit.chaq = {
        domains: (domains.get(e.id) ?? []).map((d) => ({
          id: d.domain as ChaqAnswers["domains"][number]["id"],
          items: (items.get(d.id) ?? []).map((i) =>
            i.not_applicable ? "na" : (i.score as 0 | 1 | 2 | 3 | null),
          ),
          aidOrHelp: d.aid_or_help,
        })),
      };
    }
    if (e.labs_recorded) visit.labs = (labs.get(e.id) ?? []).map(assembleLab);
    return visit;
  });
}

function assembleLesion(l: LoadedRows["lesions"][number]): Lesion {
  const lesion: Lesion = { site: l.site };
  put(lesion, "side", l.side);
  put(lesion, "segment", l.segment);
  put(lesion, "end", l.end_);
  put(lesion, "part", l.part);
  put(lesion, "subsite", l.subsite);
  put(lesion, "modality", l.modality as Lesion["modality"]);
  put(lesion, "findings", l.findings as Lesion["findings"]);
  put(lesion, "symptomatic", l.symptomatic);
  put(lesion, "observedOn", l.observed_on);
  put(lesion, "status", l.status as Lesion["status"]);
  return lesion;
}

function assembleLab(row: LoadedRows["lab_results"][number]): LabResult {
  const lab = { test: row.test, canonical: { unit: row.canonical_unit } } as LabResult;
  put(lab, "value", row.value_number ?? row.value_present);
  put(lab, "qualifier", row.qualifier);
  put(lab, "interpretation", row.interpretation);
  put(lab, "unit", row.unit);
  put(lab, "referenceLow", row.reference_low);
  put(lab, "referenceHigh", row.reference_high);
  put(lab, "takenOn", row.taken_on);
  put(lab.canonical, "value", row.canonical_value ?? row.value_present);
  put(lab.canonical, "referenceLow", row.canonical_reference_low);
  put(lab.canonical, "referenceHigh", row.canonical_reference_high);
  return lab;
}
