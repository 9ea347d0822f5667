import { Link } from "react-router";
import type { PatientRecord } from "../api/registry-types.ts";
import { ageInYears, showDate } from "../app/dates.ts";

export const patientName = (record: PatientRecord): string =>
  record.identifiers.find((i) => i.kind === "name")?.value ?? `Record ${record.id.slice(0, 8)}…`;

/** Who this chart is about, at the top of every chart page: name, identifiers, age, key dates. */
export function PatientBanner({ record, today }: { record: PatientRecord; today: string }) {
  const mrn = record.identifiers.find((i) => i.kind === "mrn")?.value;
  const { sex, birthDate } = record.patient;
  const facts: [string, string][] = [
    ["MRN", mrn ?? "—"],
    ["Sex", sex ?? "—"],
    ["Born", birthDate ? `${showDate(birthDate)} (${ageInYears(birthDate, today)} y)` : "—"],
    ["Symptom onset", record.symptomOnset ? showDate(record.symptomOnset) : "—"],
    ["Diagnosis", record.diagnosisDate ? showDate(record.diagnosisDate) : "—"],
    ["Research consent", record.researchConsent],
  ];
  return (
    <header className="patient-banner">
      <h1>{patientName(record)}</h1>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="record-id">Record {record.id}</p>
    </header>
  );
}

/** The chart's actions, after the banner in reading order. */
export function ChartActions({ patientId }: { patientId: string }) {
  return (
    <nav className="chart-actions" aria-label="Chart actions">
      <Link to="/">← All patients</Link>
      <Link className="button-link" to={`/patients/${patientId}/visits/new`}>
        Record a visit
      </Link>
    </nav>
  );
}
