import type { CourseAssessment } from "@cno-atlas/clinical";
import { apiPaths } from "../api/api-paths.ts";
import { problemText } from "../api/http.ts";
import type { Chart } from "../api/registry-types.ts";
import { useResource, useSettled } from "../api/use-resource.ts";
import { showDate } from "../app/dates.ts";
import { CriteriaPanel } from "./criteria-panel.tsx";

/**
 * Criteria and red flags as of the map's date: the chart's own assessment for its date (today),
 * otherwise the API's assessCourse for the chosen date, asked once the slider settles. While the
 * next one loads the previous stays on screen, marked as updating.
 */
export function AssessmentPanel({ chart, patientId, on }: { chart: Chart; patientId: string; on: string }) {
  const settled = useSettled(on, 250);
  const url = settled === chart.on ? null : apiPaths.evaluation(patientId, settled);
  const other = useResource<CourseAssessment>(url);
  const assessment = url === null ? chart.assessment : other.answer?.data;
  const behind = assessment?.on !== on || (url !== null && other.loading);
  return (
    <div className="assessment-panel" aria-busy={behind}>
      <p className="assessment-date" role="status">
        {behind
          ? `Updating the assessment to ${showDate(on)}…`
          : `Assessment as of ${showDate(on)}${on === chart.on ? " (today)" : ""}, projected from the record (D1).`}
      </p>
      {other.error !== undefined && url !== null && (
        <p className="form-error" role="alert">
          The assessment as of {showDate(settled)} could not be loaded: {problemText(other.error)}
        </p>
      )}
      {assessment && (
        <CriteriaPanel evaluation={assessment.evaluation} courseInstruments={assessment.instruments} />
      )}
    </div>
  );
}
