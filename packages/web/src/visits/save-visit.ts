/**
 * Saving a recorded visit: the visit, then its imaging study, then each treatment (three resources
 * of the API). What was saved is remembered, so after a failure a second save sends only the rest:
 * nothing is recorded twice and nothing typed is lost.
 */
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, problemText, sendJson } from "../api/http.ts";
import type { CheckedVisit, FieldErrors } from "./visit-payload.ts";
import { keyed } from "./visit-payload.ts";

export interface SavedParts {
  visitId?: string;
  imagingId?: string;
  treatmentIds: Record<string, string>;
}

export type SaveOutcome =
  | { ok: true; saved: SavedParts }
  | { ok: false; saved: SavedParts; errors: FieldErrors; message: string };

async function post(url: string, body: object): Promise<string> {
  return (await sendJson<{ id: string }>("POST", url, body)).data.id;
}

export async function saveVisit(
  patientId: string,
  checked: CheckedVisit,
  before: SavedParts,
): Promise<SaveOutcome> {
  const saved: SavedParts = { ...before, treatmentIds: { ...before.treatmentIds } };
  let part = "visit";
  try {
    saved.visitId ??= await post(apiPaths.visits(patientId), checked.visit);
    part = "imaging";
    if (checked.imaging && !saved.imagingId)
      saved.imagingId = await post(apiPaths.imagingStudies(patientId), checked.imaging);
    for (const [i, t] of checked.treatments.entries()) {
      part = `treatments[${i}]`;
      saved.treatmentIds[t.key] ??= await post(apiPaths.treatments(patientId), t.body);
    }
    return { ok: true, saved };
  } catch (error) {
    const errors = error instanceof ApiProblem ? keyed(part, error.problem.fields ?? []) : {};
    const already = saved.visitId
      ? " The parts already saved will not be sent again."
      : " Nothing was saved.";
    return { ok: false, saved, errors, message: `${problemText(error)}${already}` };
  }
}
