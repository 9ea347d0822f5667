import type { Kysely } from "kysely";
import { runStatements } from "./run-statements.ts";
import { IMAGING_FINDINGS_0001, LESION_STATUSES_0001, MODALITIES_0001, sqlList } from "./vocabulary-0001.ts";

const LONG_BONES = "'humerus', 'radius', 'ulna', 'femur', 'tibia', 'fibula'";
const VERTEBRA = "'^([CTL][0-9]+|cervical-vertebra|thoracic-vertebra|lumbar-vertebra)$'";

/**
 * Imaging studies and their lesions (D3). A study with no lesion rows is a recorded negative
 * study. The anatomy rules a flat row can state are CHECKs here (segment/end on long bones only,
 * part per site); the per-site side rules stay in the core's schema.
 */
export const statements: readonly string[] = [
  `CREATE TABLE imaging_studies (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patients (id),
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    date date NOT NULL,
    modality text NOT NULL CONSTRAINT imaging_studies_modality_check CHECK (modality IN (${sqlList(MODALITIES_0001)})),
    whole_body boolean NOT NULL,
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT imaging_studies_id_patient_key UNIQUE (id, patient_id)
  )`,
  "CREATE INDEX imaging_studies_patient_id_idx ON imaging_studies (patient_id, date)",
  `CREATE TABLE lesions (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    imaging_study_id uuid NOT NULL,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    site text NOT NULL REFERENCES bone_sites (id),
    side text CONSTRAINT lesions_side_check CHECK (side IN ('left', 'right', 'midline')),
    segment text CONSTRAINT lesions_segment_check CHECK (segment IN ('epiphysis', 'metaphysis', 'diaphysis')),
    end_ text CONSTRAINT lesions_end_check CHECK (end_ IN ('proximal', 'distal')),
    part text CONSTRAINT lesions_part_check
      CHECK (part IS NULL
        OR part IN ('body', 'posterior-elements') AND site ~ ${VERTEBRA}
        OR part IN ('medial', 'shaft', 'lateral') AND site = 'clavicle'),
    subsite text CHECK (char_length(subsite) <= 200),
    modality text CONSTRAINT lesions_modality_check CHECK (modality IN (${sqlList(MODALITIES_0001)})),
    findings text[] CONSTRAINT lesions_findings_check CHECK (findings <@ ARRAY[${sqlList(IMAGING_FINDINGS_0001)}]::text[]),
    symptomatic boolean,
    observed_on date,
    status text CONSTRAINT lesions_status_check CHECK (status IN (${sqlList(LESION_STATUSES_0001)})),
    CONSTRAINT lesions_long_bone_check CHECK ((segment IS NULL AND end_ IS NULL) OR site IN (${LONG_BONES})),
    FOREIGN KEY (imaging_study_id, patient_id) REFERENCES imaging_studies (id, patient_id) ON DELETE CASCADE
  )`,
  "CREATE INDEX lesions_patient_id_idx ON lesions (patient_id, site)",
  "CREATE INDEX lesions_imaging_study_id_idx ON lesions (imaging_study_id)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}
