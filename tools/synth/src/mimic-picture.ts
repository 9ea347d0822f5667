/**
 * What a mimic looks like at presentation (docs/clinical/red-flags.md): the shape of a "picture" and the small
 * helpers the pictures share. Each picture guarantees at least one feature of its D7 (docs/clinical/red-flags.md)
 * red-flag group that persists to later visits (a lab, an imaging finding, a biopsy, a culture or a
 * sign repeated at every visit), so the flag fires at presentation and at the last visit alike.
 */
import type { CourseInput, ImagingFinding, RedFlagGroup, Sign } from "@cno-atlas/clinical";
import type { LabPlan } from "./labs.ts";
import type { ParameterValues } from "./parameters.ts";
import type { Sex } from "./patient.ts";
import type { Random } from "./random.ts";
import type { Bone } from "./skeleton.ts";
import type { TreatmentInput } from "./treatment.ts";

export interface MimicBone {
  bone: Bone;
  mri: ImagingFinding[];
  xray: ImagingFinding[];
  collapse?: boolean;
}

export interface MimicPicture {
  group: Extract<RedFlagGroup, "malignancy" | "infection" | "metabolic">;
  sex: Sex;
  ageYears: number;
  bones: MimicBone[];
  wholeBody: boolean;
  fever: boolean;
  /** Repeated at every visit. */
  signs: Sign[];
  labs: LabPlan;
  biopsy?: NonNullable<CourseInput["biopsy"]>;
  bloodCulture?: "negative" | "positive";
  antibioticResponse?: NonNullable<CourseInput["antibioticResponse"]>;
  treatment?: Omit<TreatmentInput, "start">;
}

export type Draw = (rng: Random, P: ParameterValues) => MimicPicture;

export const CBC: LabPlan = {
  wbc: "normal",
  hemoglobin: "normal",
  platelets: "normal",
  neutrophils: "normal",
};
export const metaphysis = (site: string, side: "left" | "right", end: "proximal" | "distal"): Bone => ({
  site,
  side,
  segment: "metaphysis",
  end,
});
export const bilateral = (site: string, end: "proximal" | "distal"): Bone[] => [
  metaphysis(site, "left", end),
  metaphysis(site, "right", end),
];
export const sexOf = (rng: Random, femaleShare: number): Sex =>
  rng.bernoulli(femaleShare) ? "female" : "male";
export const inRange = (rng: Random, r: { min: number; max: number }) => rng.uniform(r.min, r.max);
export const count = (rng: Random, r: { min: number; max: number }) => rng.int(r.min, r.max);
