/**
 * Where the lesions are (docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry): multifocality, symmetry, spine and clavicle, sites
 * by region, long-bone segments, vertebral collapse. A lesion here is one bone (D4 (docs/clinical/conventions.md#derived-facts): a
 * paired site + side, or an unpaired site), keyed by site + side as the course projection keys it.
 */
import type { ImagingFinding } from "@cno-atlas/clinical";
import { regionOf } from "@cno-atlas/clinical";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";
import { type Bone, drawBoneAt, drawOtherBone, pairedKey, vertebra } from "./skeleton.ts";
import { DAYS_PER_MONTH } from "./synthetic-dates.ts";

export type { Bone } from "./skeleton.ts";

/** One involved bone over time. `resolvesOn` stays Infinity until a treatment response sets it. */
export interface LesionState {
  key: string;
  bone: Bone;
  symptomatic: boolean;
  appearsOn: number;
  resolvesOn: number;
  collapseOn?: number;
  /** Findings drawn once so that every study of this lesion reads alike. */
  mriExtras: ImagingFinding[];
  xrayFindings: ImagingFinding[];
  /** Imaging bookkeeping: what the last study that saw this bone said. */
  reported: "never" | "present" | "resolved";
}

export interface LesionPattern {
  multifocal: boolean;
  symmetric: boolean;
  spine: boolean;
  clavicle: boolean;
  lesions: LesionState[];
}

/** Findings a lesion keeps on every study: MRI extras and its radiograph (NPRD 2021 rates, docs/clinical/epidemiology.md#laboratory-and-systemic-features). */
export function newLesion(rng: Random, P: ParameterValues, bone: Bone, appearsOn: number): LesionState {
  const mriExtras: ImagingFinding[] = [];
  if (rng.bernoulli(P.softTissueInflammationShare)) mriExtras.push("soft-tissue-inflammation");
  if (rng.bernoulli(P.periostealReactionShare)) mriExtras.push("periosteal-reaction");
  if (bone.site === "clavicle" && rng.bernoulli(P.clavicleHyperostosisShare)) mriExtras.push("hyperostosis");
  const xrayFindings: ImagingFinding[] = [];
  if (rng.bernoulli(P.xrayLysisOrSclerosisShare)) {
    const kind = rng.categorical(P.xrayLysisSclerosisWeights);
    if (kind !== "sclerosis") xrayFindings.push("lytic");
    if (kind !== "lytic") xrayFindings.push("sclerosis");
    if (rng.bernoulli(P.xrayMarginalSclerosisShare)) xrayFindings.push("marginal-sclerosis");
  }
  if (rng.bernoulli(P.xrayHyperostosisShare)) xrayFindings.push("hyperostosis");
  return {
    key: pairedKey(bone),
    bone,
    symptomatic: rng.bernoulli(P.symptomaticLesionShare),
    appearsOn,
    resolvesOn: Number.POSITIVE_INFINITY,
    mriExtras,
    xrayFindings,
    reported: "never",
  };
}

/** Adds `bone` unless its bone (or, when `noMirror`, its mirror image) is already involved. */
function tryAdd(chosen: Map<string, Bone>, bone: Bone, noMirror: boolean): boolean {
  const key = pairedKey(bone);
  if (chosen.has(key)) return false;
  if (noMirror && bone.side !== undefined && bone.side !== "midline") {
    const other = bone.side === "left" ? "right" : "left";
    if (chosen.has(pairedKey({ ...bone, side: other }))) return false;
  }
  chosen.set(key, bone);
  return true;
}

function vertebraCount(rng: Random, P: ParameterValues, multifocal: boolean, room: number): number {
  if (!multifocal) return 1;
  return Math.max(1, Math.min(room, 1 + rng.poisson(P.vertebraePerSpinalPatient - 1)));
}

/** The baseline lesions of a child with CNO: present from `onsetDay`, found at `baselineDay`. */
export function drawCnoLesions(
  rng: Random,
  P: ParameterValues,
  onsetDay: number,
  baselineDay: number,
): LesionPattern {
  const multifocal = rng.bernoulli(P.multifocalShare);
  const spine = rng.bernoulli(P.spineShare);
  const symmetric = multifocal && rng.bernoulli(P.symmetricShareAmongMultifocal);
  const clavicle = multifocal
    ? rng.bernoulli(P.clavicleShareAmongMultifocal)
    : !spine && rng.bernoulli(P.clavicleShareAmongUnifocal);
  // Room for what the sourced rates ask for: a symmetric pair, a clavicle, at least one vertebra.
  const reserved = (symmetric ? 2 : 0) + (clavicle ? 1 : 0);
  const drawn = multifocal ? 2 + rng.negativeBinomial(P.extraBonesMean, P.extraBonesDispersion) : 1;
  const count = Math.min(P.maxBones, Math.max(drawn, reserved + (spine ? 1 : 0)));
  const chosen = new Map<string, Bone>();

  if (spine) {
    const wanted = vertebraCount(rng, P, multifocal, count - reserved);
    for (let tries = 0; chosen.size < wanted && tries < 200; tries++) tryAdd(chosen, vertebra(rng, P), false);
  }
  if (symmetric) {
    const left = drawBoneAt(rng, P, rng.categorical(P.symmetricSiteWeights), "left");
    chosen.set(pairedKey(left), left);
    const right: Bone = { ...left, side: "right" };
    chosen.set(pairedKey(right), right);
  }
  if (clavicle) tryAdd(chosen, drawBoneAt(rng, P, "clavicle"), true);
  for (let tries = 0; chosen.size < count && tries < 400; tries++)
    tryAdd(chosen, drawOtherBone(rng, P), true);

  const lesions = [...chosen.values()].map((bone) => newLesion(rng, P, bone, onsetDay));
  if (!lesions.some((l) => l.symptomatic)) (lesions[0] as LesionState).symptomatic = true; // they came with pain
  if (spine && rng.bernoulli(P.vertebralDeformityShareAmongSpinal)) {
    const collapsed = rng.pick(lesions.filter((l) => regionOf(l.bone.site) === "spine"));
    collapsed.bone = { ...collapsed.bone, part: "body" };
    collapsed.symptomatic = true;
    const { min, max } = P.collapseLaterMonths;
    collapsed.collapseOn = rng.bernoulli(P.collapseAtBaselineShare)
      ? baselineDay
      : baselineDay + Math.round(rng.uniform(min, max) * DAYS_PER_MONTH);
  }
  return { multifocal, symmetric, spine, clavicle, lesions };
}

/** A bone for a relapse on `day`: a healed bone again, or one never involved before. */
export function flareBone(
  rng: Random,
  P: ParameterValues,
  previous: readonly LesionState[],
  day: number,
): Bone {
  const live = new Set(previous.filter((l) => l.appearsOn <= day && day < l.resolvesOn).map((l) => l.key));
  const healed = previous.filter((l) => l.reported === "resolved" && !live.has(l.key));
  if (healed.length > 0 && rng.bernoulli(P.flareRecurrenceShare)) return rng.pick(healed).bone;
  const used = new Set(previous.map((l) => l.key));
  for (let tries = 0; tries < 100; tries++) {
    const bone = drawOtherBone(rng, P);
    if (!used.has(pairedKey(bone))) return bone;
  }
  return rng.pick(healed.length > 0 ? healed : previous).bone;
}
