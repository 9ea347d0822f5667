import { z } from "zod";

/** Closed vocabularies of the presentation (docs/clinical/README.md, amended by D3 (docs/clinical/conventions.md#presentation)). */
export const SIGNS = [
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
] as const;
export type Sign = (typeof SIGNS)[number];

export const CONDITIONS = [
  "psoriasis",
  "palmoplantar-pustulosis",
  "severe-acne",
  "ibd",
  "sacroiliitis",
  "peripheral-arthritis",
  "pyoderma-gangrenosum",
  "sweet-syndrome",
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const IMAGING_FINDINGS = [
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
] as const;
export type ImagingFinding = (typeof IMAGING_FINDINGS)[number];

export const HISTOLOGY_FINDINGS = [
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
] as const;
export type HistologyFinding = (typeof HISTOLOGY_FINDINGS)[number];

export const MODALITIES = ["mri-stir", "whole-body-mri", "x-ray", "ct", "bone-scan", "clinical"] as const;
export type Modality = (typeof MODALITIES)[number];

export const LESION_STATUSES = [
  "new",
  "persistent-improved",
  "persistent-stable",
  "persistent-worsened",
  "resolved",
] as const;
export type LesionStatus = (typeof LESION_STATUSES)[number];

export const MIMIC_STATUSES = ["excluded", "confirmed", "not-assessed"] as const;
export type MimicStatus = (typeof MIMIC_STATUSES)[number];

export const isoDate = z.iso.date({ error: "must be a date in the form YYYY-MM-DD" });
export const nonNegative = z
  .number({ error: "must be a finite number" })
  .nonnegative({ error: "must be zero or more" });
export type IsoDate = string;
