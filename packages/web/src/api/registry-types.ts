/**
 * The registry API's answers as the chart reads them (packages/server: routes/, chart/). The web app
 * talks to the server only over HTTP, so these mirror the documented shapes rather than import the
 * server package; the clinical values inside them are the core's own types.
 */
import type {
  CourseAssessment,
  FieldError,
  ImagingStudy,
  LesionHistory,
  Reminder,
  Treatment,
  Visit,
} from "@cno-atlas/clinical";

/** Every 4xx/5xx body (server http/problems.ts). */
export interface Problem {
  error: string;
  message: string;
  fields?: FieldError[];
  /** 409 only: the version the record has now. */
  currentVersion?: number;
}

export interface PatientListItem {
  id: string;
  siteId: string;
  version: number;
  name: string | null;
  mrn: string | null;
  sex: string | null;
  birthDate: string | null;
  researchConsent: string;
  lastVisitOn: string | null;
  active: boolean;
  onTreatment: boolean;
  overdue: boolean;
  followUpOverdue: boolean;
  wholeBodyMriOverdue: boolean;
  followUpDue: string | null;
  wholeBodyMriDue: string | null;
  createdAt: string;
}

export interface PatientPage {
  items: PatientListItem[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Site {
  id: string;
  name: string;
}

export interface PatientRecord {
  id: string;
  siteId: string;
  version: number;
  researchConsent: string;
  identifiers: { kind: "name" | "mrn" | "other"; value: string; issuer?: string }[];
  patient: { sex?: string; birthDate?: string; ageAtOnsetYears?: number; ageAtPresentationYears?: number };
  symptomOnset?: string;
  diagnosisDate?: string;
}

/** A versioned course part: the core's value with its registry id and version beside it. */
export type Resource<T> = T & { id: string; version: number };

export interface TimelineVisit {
  visitId: string;
  date: string;
  kind: Visit["kind"];
  painNrs: number | null;
  physicianGlobal: number | null;
  patientGlobal: number | null;
  esr: number | null;
  crp: number | null;
  lesionCount: number | null;
}

export interface Timeline {
  units: { esr: string; crp: string };
  visits: TimelineVisit[];
  treatments: { treatmentId: string; drugClass: string; drug: string; start: string; stop: string | null }[];
  flares: { visitId: string; date: string }[];
}

/** GET /api/patients/:id/chart */
export interface Chart {
  patient: PatientRecord;
  on: string;
  course: {
    visits: Resource<Visit>[];
    imagingStudies: Resource<ImagingStudy>[];
    treatments: Resource<Treatment>[];
  };
  visitsPage: { page: number; pageSize: number; total: number; totalPages: number };
  lesionHistories: LesionHistory[];
  assessment: Omit<CourseAssessment, "lesions" | "reminders">;
  reminders: Reminder[];
  timeline: Timeline;
}

/** GET / POST /api/session: who is signed in, and the CSRF token for writes. */
export interface Session {
  user: string;
  role: string;
  sites: Site[];
  /** The patient account's own record; null for every other role. */
  patientId: string | null;
  csrfToken: string;
  expiresAt: string;
}
