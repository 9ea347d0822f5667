import { RecordNotFoundError } from "../registry/errors.ts";

export const PATIENT_PATH = "/api/patients/:patientId";

export const patientPath = (patientId: string, ...rest: string[]) =>
  ["/api/patients", patientId, ...rest].join("/");

/**
 * The value, or a 404: the patient was scoped in the same transaction, so absence here means a
 * record vanished mid-request; it is answered as not found, never a 500.
 */
export function requireFound<T>(value: T | null | undefined, entity = "patient"): T {
  if (value === null || value === undefined) throw new RecordNotFoundError(entity, "");
  return value;
}
