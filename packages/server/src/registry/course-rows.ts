import type { Course, ImagingStudy, LabResult, Treatment, Visit } from "@cno-atlas/clinical";
import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database } from "../db/schema.ts";

type Row<T extends keyof Database> = Insertable<Database[T]>;

export interface PatientInput {
  siteId: string;
  researchConsent: "yes" | "no" | "withdrawn";
  /** Names, MRNs…: stored apart from clinical data and never read by loadCourse or exports. */
  identifiers?: { kind: "name" | "mrn" | "other"; value: string; issuer?: string }[];
}

/** Every row one course writes, by table, in an order that satisfies the foreign keys. */
export interface CourseRows {
  patients: Row<"patients">[];
  patient_identifiers: Row<"patient_identifiers">[];
  coexisting_conditions: Row<"coexisting_conditions">[];
  blood_cultures: Row<"blood_cultures">[];
  biopsies: Row<"biopsies">[];
  encounters: Row<"encounters">[];
  encounter_signs: Row<"encounter_signs">[];
  tender_sites: Row<"tender_sites">[];
  chaq_domains: Row<"chaq_domains">[];
  chaq_items: Row<"chaq_items">[];
  lab_results: Row<"lab_results">[];
  imaging_studies: Row<"imaging_studies">[];
  lesions: Row<"lesions">[];
  treatments: Row<"treatments">[];
}

/** Insert order (parents first). */
export const COURSE_TABLES = [
  "patients",
  "patient_identifiers",
  "coexisting_conditions",
  "blood_cultures",
  "biopsies",
  "encounters",
  "encounter_signs",
  "tender_sites",
  "chaq_domains",
  "chaq_items",
  "lab_results",
  "imaging_studies",
  "lesions",
  "treatments",
] as const satisfies readonly (keyof CourseRows)[];

/**
 * A parsed Course as rows; pure. Array order is kept in `ordinal` columns, and a `*_recorded`
 * flag tells "recorded as empty" (examined, nothing found) from "not recorded" where the list
 * lives in a child table, so loading gives back exactly the parsed course.
 */
export function courseToRows(patientId: string, patient: PatientInput, course: Course): CourseRows {
  const rows = emptyCourseRows();
  const p = course.patient;
  const mimic = course.mimicWorkup;
  rows.patients.push({
    id: patientId,
    site_id: patient.siteId,
    research_consent: patient.researchConsent,
    sex: p.sex ?? null,
    birth_date: p.birthDate ?? null,
    age_at_onset_years: p.ageAtOnsetYears ?? null,
    age_at_presentation_years: p.ageAtPresentationYears ?? null,
    symptom_onset: course.symptomOnset ?? null,
    diagnosis_date: course.diagnosisDate ?? null,
    mimic_workup_recorded: mimic !== undefined,
    mimic_malignancy: mimic?.malignancy ?? null,
    mimic_infection: mimic?.infection ?? null,
    mimic_vitamin_c_deficiency: mimic?.vitaminCDeficiency ?? null,
    mimic_hypophosphatasia: mimic?.hypophosphatasia ?? null,
    antibiotic_response: course.antibioticResponse ?? null,
    coexisting_conditions_recorded: course.coexistingConditions !== undefined,
    blood_cultures_recorded: course.bloodCultures !== undefined,
  });
  const child = (ordinal: number) => ({ id: newId(), patient_id: patientId, ordinal });
  patient.identifiers?.forEach((identifier, i) => {
    rows.patient_identifiers.push({
      ...child(i),
      kind: identifier.kind,
      value: identifier.value,
      issuer: identifier.issuer ?? null,
    });
  });
  course.coexistingConditions?.forEach((c, i) => {
    rows.coexisting_conditions.push({ ...child(i), condition: c.condition, noted_on: c.notedOn ?? null });
  });
  course.bloodCultures?.forEach((b, i) => {
    rows.blood_cultures.push({ ...child(i), taken_on: b.date, result: b.result });
  });
  if (course.biopsy) {
    const b = course.biopsy;
    rows.biopsies.push({
      id: newId(),
      patient_id: patientId,
      performed: b.performed,
      findings: b.findings ?? null,
      culture: b.culture ?? null,
      organism: b.organism ?? null,
      on_antibiotics_at_biopsy: b.onAntibioticsAtBiopsy ?? null,
    });
  }
  course.visits.forEach((visit, i) => {
    addVisit(rows, child(i), visit);
  });
  course.imagingStudies.forEach((study, i) => {
    addStudy(rows, child(i), study);
  });
  course.treatments.forEach((t, i) => {
    addTreatment(rows, child(i), t);
  });
  return rows;
}

export function emptyCourseRows(): CourseRows {
  return Object.fromEntries(COURSE_TABLES.map((t) => [t, []])) as unknown as CourseRows;
}

/** The id, patient and position every child row carries. */
export type ChildBase = { id: string; patient_id: string; ordinal: number };

/** Adds one imaging study and its lesions; `base.id` becomes the study's id. */
export function addStudy(rows: CourseRows, base: ChildBase, study: ImagingStudy): void {
  const child = (ordinal: number) => ({ id: newId(), patient_id: base.patient_id, ordinal });
  rows.imaging_studies.push({
    ...base,
    date: study.date,
    modality: study.modality,
    whole_body: study.wholeBody,
  });
  study.lesions.forEach((l, j) => {
    rows.lesions.push({
      ...child(j),
      imaging_study_id: base.id,
      site: l.site,
      side: l.side ?? null,
      segment: l.segment ?? null,
      end_: l.end ?? null,
      part: l.part ?? null,
      subsite: l.subsite ?? null,
      modality: l.modality ?? null,
      findings: l.findings ?? null,
      symptomatic: l.symptomatic ?? null,
      observed_on: l.observedOn ?? null,
      status: l.status ?? null,
    });
  });
}

/** Adds one treatment; `base.id` becomes its id. */
export function addTreatment(rows: CourseRows, base: ChildBase, t: Treatment): void {
  rows.treatments.push({
    ...base,
    drug_class: t.drugClass,
    drug: t.drug,
    started_on: t.start,
    stopped_on: t.stop ?? null,
    dose_value: t.dose?.value ?? null,
    dose_unit: t.dose?.unit ?? null,
    route: t.route ?? null,
    reason_stopped: t.reasonStopped ?? null,
  });
}

/** Adds one visit and what was recorded at it; `base.id` becomes the encounter's id. */
export function addVisit(rows: CourseRows, base: ChildBase, visit: Visit): void {
  const encounterId = base.id;
  rows.encounters.push({
    ...base,
    date: visit.date,
    kind: visit.kind,
    pain_nrs: visit.painNrs ?? null,
    physician_global: visit.physicianGlobal ?? null,
    patient_global: visit.patientGlobal ?? null,
    fever_present: visit.fever?.present ?? null,
    max_temperature_c: visit.fever?.maxTemperatureC ?? null,
    clinical_signs_recorded: visit.clinicalSigns !== undefined,
    absent_signs_recorded: visit.absentSigns !== undefined,
    tender_sites_recorded: visit.tenderSites !== undefined,
    chaq_recorded: visit.chaq !== undefined,
    labs_recorded: visit.labs !== undefined,
  });
  const child = (ordinal: number) => ({ id: newId(), patient_id: base.patient_id, ordinal });
  const signs = [
    ...(visit.clinicalSigns ?? []).map((sign, i) => ({ found: true, sign, i })),
    ...(visit.absentSigns ?? []).map((sign, i) => ({ found: false, sign, i })),
  ];
  for (const { found, sign, i } of signs) {
    rows.encounter_signs.push({ ...child(i), encounter_id: encounterId, found, sign });
  }
  visit.tenderSites?.forEach((t, i) => {
    rows.tender_sites.push({ ...child(i), encounter_id: encounterId, site: t.site, side: t.side ?? null });
  });
  visit.chaq?.domains.forEach((d, i) => {
    const domainRow = { ...child(i), encounter_id: encounterId, domain: d.id, aid_or_help: d.aidOrHelp };
    rows.chaq_domains.push(domainRow);
    d.items.forEach((item, j) => {
      rows.chaq_items.push({
        ...child(j),
        chaq_domain_id: domainRow.id,
        score: typeof item === "number" ? item : null,
        not_applicable: item === "na",
      });
    });
  });
  visit.labs?.forEach((lab, i) => {
    rows.lab_results.push({ ...child(i), encounter_id: encounterId, ...labColumns(lab) });
  });
}

function labColumns(lab: LabResult) {
  return {
    test: lab.test,
    value_number: typeof lab.value === "number" ? lab.value : null,
    value_present: typeof lab.value === "boolean" ? lab.value : null,
    qualifier: lab.qualifier ?? null,
    interpretation: lab.interpretation ?? null,
    unit: lab.unit ?? null,
    reference_low: lab.referenceLow ?? null,
    reference_high: lab.referenceHigh ?? null,
    // A boolean canonical value (blasts) is the reported one: value_present holds it.
    canonical_value: typeof lab.canonical.value === "number" ? lab.canonical.value : null,
    canonical_unit: lab.canonical.unit,
    canonical_reference_low: lab.canonical.referenceLow ?? null,
    canonical_reference_high: lab.canonical.referenceHigh ?? null,
    taken_on: lab.takenOn ?? null,
  };
}
