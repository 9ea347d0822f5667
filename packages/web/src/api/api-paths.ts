/** The registry API's URLs, in one place (server routes/route-table.ts). */
const patient = (id: string) => `/api/patients/${encodeURIComponent(id)}`;

export const apiPaths = {
  patients: (query: URLSearchParams) => `/api/patients${query.size ? `?${query}` : ""}`,
  sites: () => "/api/sites",
  session: () => "/api/session",
  chart: (id: string, visitsPage: number) =>
    `${patient(id)}/chart?visitsPage=${visitsPage}&visitsPageSize=10`,
  evaluation: (id: string, on: string) => `${patient(id)}/evaluation?on=${encodeURIComponent(on)}`,
  visits: (id: string) => `${patient(id)}/visits`,
  visit: (id: string, visitId: string) => `${patient(id)}/visits/${encodeURIComponent(visitId)}`,
  imagingStudies: (id: string) => `${patient(id)}/imaging-studies`,
  treatments: (id: string) => `${patient(id)}/treatments`,
  summary: (id: string) => `${patient(id)}/summary`,
  researchPatients: (page: number, pageSize: number) =>
    `/api/research/patients?page=${page}&pageSize=${pageSize}`,
  researchPatient: (pseudonym: string) => `/api/research/patients/${encodeURIComponent(pseudonym)}`,
  /** One of the research export's tidy CSV files (patients, encounters, …, dictionary). */
  exportCsv: (name: string) => `/api/export/${name}.csv`,
  audit: (query: URLSearchParams) => `/api/audit${query.size ? `?${query}` : ""}`,
  auditCsv: (query: URLSearchParams) => `/api/audit.csv${query.size ? `?${query}` : ""}`,
};
