/**
 * The answers read by the views of the other roles (server routes/research.ts, audit-log.ts,
 * patient-summary.ts): the researcher's pseudonymized rows, the patient's own summary, the audit log.
 */
import type { Reminder } from "@cno-atlas/clinical";

/**
 * A pseudonymized row as the research export has it: column name → value. Kept untyped on purpose:
 * the view shows what the API sends and nothing else, so a column the server drops disappears here.
 */
export type ResearchRow = Record<string, string | number | boolean | null>;

/** GET /api/research/patients: the patients.csv rows of consenting patients, paged. */
export interface ResearchPatientPage {
  items: ResearchRow[];
  page: number;
  pageSize: number;
  total: number;
}

/** GET /api/research/patients/:pseudonym: every export entity's rows for one patient. */
export type ResearchRecord = Record<string, ResearchRow[]>;

/** GET /api/patients/:id/summary: what a patient account may read about itself. */
export interface PatientSummary {
  patientId: string;
  on: string;
  visits: { date: string; kind: string; painNrs: number | null }[];
  treatments: { drugClass: string; drug: string; start: string; stop: string | null }[];
  currentLesions: { site: string; side: string | null }[];
  reminders: Reminder[];
}

export interface AuditEntry {
  id: string;
  at: string;
  user: string;
  siteId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  patientId: string | null;
  outcome: string;
  errorCode: string | null;
  remoteAddress: string | null;
}

/** GET /api/audit: newest first; `next` is passed back as `before` for older entries. */
export interface AuditPage {
  items: AuditEntry[];
  next: string | null;
}
