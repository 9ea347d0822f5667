import { courseSchema } from "@cno-atlas/clinical";
import { type RegistryDatabase, saveCourse } from "@cno-atlas/server";
import type { SyntheticRecord } from "@cno-atlas/synth";

/** The user synthetic and demo records are written as, in the audit trail. */
export const IMPORT_USER = "cno-atlas-import";

/** Writes synthetic records (their sites must exist) through the registry; returns how many. */
export async function importRecords(
  database: RegistryDatabase,
  records: Iterable<SyntheticRecord>,
  onRecord: () => void = () => {},
): Promise<number> {
  let count = 0;
  for (const record of records) {
    await saveCourse(
      database.db,
      { userId: IMPORT_USER, siteId: record.siteId },
      {
        siteId: record.siteId,
        researchConsent: record.researchConsent,
        identifiers: [
          { kind: "name", value: record.identifiers.name },
          { kind: "mrn", value: record.identifiers.mrn },
        ],
      },
      courseSchema.parse(record.course),
    );
    count++;
    onRecord();
  }
  return count;
}
