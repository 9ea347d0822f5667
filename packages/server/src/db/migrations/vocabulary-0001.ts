/**
 * The closed vocabularies as they stood when migrations 0001–0004 were written, copied from
 * @cno-atlas/clinical on purpose and FROZEN: a migration must produce the same schema forever, so
 * it never imports a list that may grow. A value added to the clinical core needs a new migration
 * that replaces the named CHECK constraint (or inserts into bone_sites); the suite's "every
 * vocabulary value is accepted" test fails until it exists.
 */
export const SIGNS_0001 = [
  "hepatomegaly",
  "splenomegaly",
  "lymphadenopathy",
  "weight-loss",
  "asthenia-anorexia",
  "night-sweats",
  "local-redness-warmth",
  "gum-bleeding",
  "petechiae",
  "neurodevelopmental-or-restrictive-diet",
  "premature-tooth-loss",
  "pustular-rash-in-infancy",
  "consanguinity",
  "pallor",
  "rash",
];
export const CONDITIONS_0001 = [
  "psoriasis",
  "palmoplantar-pustulosis",
  "severe-acne",
  "ibd",
  "sacroiliitis",
  "peripheral-arthritis",
  "pyoderma-gangrenosum",
  "sweet-syndrome",
];
export const IMAGING_FINDINGS_0001 = [
  "bone-marrow-edema",
  "lytic",
  "sclerosis",
  "marginal-sclerosis",
  "hyperostosis",
  "periosteal-reaction",
  "soft-tissue-inflammation",
  "bony-expansion",
  "vertebral-collapse",
  "cortical-destruction",
  "soft-tissue-mass",
  "abscess-or-sinus",
  "sequestrum",
  "metaphyseal-lucent-band",
  "punched-out-lytic",
  "signal-abnormality",
  "increased-uptake",
  "marrow-infiltration",
  "geographic-lesion",
  "disorganized-bone-formation",
  "permeative-or-moth-eaten",
  "joint-effusion",
];
export const HISTOLOGY_FINDINGS_0001 = [
  "plasma-cells",
  "lymphocytes",
  "neutrophils",
  "osteoclasts",
  "fibrosis",
  "sclerosis",
  "non-specific-inflammation",
  "granuloma",
  "malignant-cells",
  "langerhans-cells",
  "necrosis",
  "no-abnormality",
];
export const LAB_TESTS_0001 = [
  "wbc",
  "hemoglobin",
  "platelets",
  "neutrophils",
  "band-neutrophils",
  "crp",
  "esr",
  "ldh",
  "alkaline-phosphatase",
  "uric-acid",
  "vitamin-c",
  "blood-smear-blasts",
  "mcv",
  "ferritin",
];
export const MODALITIES_0001 = ["mri-stir", "whole-body-mri", "x-ray", "ct", "bone-scan", "clinical"];
export const LESION_STATUSES_0001 = [
  "new",
  "persistent-improved",
  "persistent-stable",
  "persistent-worsened",
  "resolved",
];
export const MIMIC_STATUSES_0001 = ["excluded", "confirmed", "not-assessed"];
export const CHAQ_DOMAINS_0001 = [
  "dressing",
  "arising",
  "eating",
  "walking",
  "hygiene",
  "reach",
  "grip",
  "activities",
];
export const DRUG_CLASSES_0001 = [
  "nsaid",
  "glucocorticoid",
  "dmard",
  "tnf-inhibitor",
  "bisphosphonate",
  "il1-inhibitor",
  "other",
];

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** [site, region] pairs of the atlas (README atlas amended by D2/D3), seeded into bone_sites. */
export const BONE_SITES_0001: [string, string][] = [
  ...["skull", "mandible", "maxilla", "zygoma"].map((s) => [s, "skull-face"] as [string, string]),
  ...[
    ...range("C", 1, 7),
    ...range("T", 1, 12),
    ...range("L", 1, 5),
    "cervical-vertebra",
    "thoracic-vertebra",
    "lumbar-vertebra",
  ].map((s) => [s, "spine"] as [string, string]),
  ["sacrum", "sacrum-coccyx"],
  ["coccyx", "sacrum-coccyx"],
  ...["clavicle", "scapula", ...range("rib-", 1, 12), "rib", "sternum"].map(
    (s) => [s, "thorax"] as [string, string],
  ),
  ...["humerus", "radius", "ulna"].map((s) => [s, "upper-limb"] as [string, string]),
  ...["carpals", "metacarpals", "hand-phalanges"].map((s) => [s, "hand"] as [string, string]),
  ...["ilium", "ischium", "pubis", "hip-bone"].map((s) => [s, "pelvis"] as [string, string]),
  ...["femur", "patella", "tibia", "fibula"].map((s) => [s, "lower-limb"] as [string, string]),
  ...[
    "talus",
    "calcaneus",
    "navicular",
    "cuboid",
    "cuneiforms",
    "metatarsals",
    "foot-phalanges",
    "tarsals",
  ].map((s) => [s, "foot"] as [string, string]),
];

/**
 * `'a', 'b'` for an IN list or ARRAY[...]. Only ever called on the constants above (kebab-case
 * words), never on input; the pattern check keeps it that way.
 */
export function sqlList(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[A-Za-z0-9-]+$/.test(value)) throw new Error(`not a vocabulary code: ${value}`);
  }
  return values.map((value) => `'${value}'`).join(", ");
}
