import { apiPaths } from "../api/api-paths.ts";

/** The research export's files (server research/entities.ts), in the order a data manager reads them. */
export const EXPORT_FILES = [
  { name: "patients", text: "one row per consenting patient" },
  { name: "encounters", text: "one row per visit, by day since the anchor" },
  { name: "lesions", text: "one row per lesion per imaging study" },
  { name: "labs", text: "one row per lab result, with units and reference ranges" },
  { name: "treatments", text: "one row per treatment" },
  { name: "pros", text: "patient-reported outcomes: pain, patient global, CHAQ items" },
  { name: "evaluations", text: "one row per instrument result or red flag, as evaluated" },
  { name: "dictionary", text: "the data dictionary: every column's type, unit and meaning" },
] as const;

/**
 * Plain links: the browser downloads with the session cookie, and the server streams the file, so
 * a large cohort never passes through the page's memory. Each download is audited by the server.
 */
export function ExportLinks() {
  return (
    <section className="export-links" aria-labelledby="export-title">
      <h2 id="export-title">Pseudonymized export (CSV)</h2>
      <p>
        Consenting patients only; keyed pseudonyms, ages and days since onset instead of dates, no names,
        identifiers or free text.
      </p>
      <ul>
        {EXPORT_FILES.map((f) => (
          <li key={f.name}>
            <a href={apiPaths.exportCsv(f.name)} download={`${f.name}.csv`} data-export={f.name}>
              {f.name}.csv
            </a>{" "}
            — {f.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
