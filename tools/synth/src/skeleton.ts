/**
 * Drawing one bone from the skeleton atlas (README atlas; D2/D3 (docs/clinical/conventions.md#appendix-for-maintainers)): side, long-bone segment
 * and end, vertebral or clavicular part. Only sites of BONE_SITES are produced; level-unknown sites
 * (`rib`, `thoracic-vertebra`…) are never emitted, the generator always knows the level.
 */
import { isPaired, LONG_BONES, type Side } from "@cno-atlas/clinical";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";

export interface Bone {
  site: string;
  side?: Side;
  segment?: "epiphysis" | "metaphysis" | "diaphysis";
  end?: "proximal" | "distal";
  part?: "body" | "posterior-elements" | "medial" | "shaft" | "lateral";
  subsite?: string;
}

const VERTEBRAE_PER_LEVEL = { C: 7, T: 12, L: 5 } as const;

/** Site + side exactly as the course projection matches lesions (side missing is its own value). */
export function pairedKey(bone: { site: string; side?: string | undefined }): string {
  return bone.side === undefined ? bone.site : `${bone.site} ${bone.side}`;
}

function sideOf(rng: Random, P: ParameterValues, site: string): Side {
  if (isPaired(site) || site === "mandible") return rng.bernoulli(P.leftShare) ? "left" : "right";
  return "midline"; // skull, vertebrae, sacrum, coccyx, sternum: one bone whatever the side (D2)
}

/** The segment and end of a long-bone lesion (docs/clinical/epidemiology.md#lesion-number-multifocality-and-symmetry: 65 % metaphyseal, distal 42 %). */
function longBoneLocation(rng: Random, P: ParameterValues): Pick<Bone, "segment" | "end"> {
  if (rng.bernoulli(P.metaphysisShare)) {
    return {
      segment: "metaphysis",
      end: rng.bernoulli(P.distalShareAmongMetaphyseal) ? "distal" : "proximal",
    };
  }
  return { segment: "epiphysis", end: rng.bernoulli(P.distalShareAmongEpiphyseal) ? "distal" : "proximal" };
}

/** A bone at a given site, with a side (unless given), segment/end or part as the site allows. */
export function drawBoneAt(rng: Random, P: ParameterValues, site: string, side?: Side): Bone {
  const resolved = site === "rib" ? `rib-${rng.int(1, 12)}` : site;
  const bone: Bone = { site: resolved, side: side ?? sideOf(rng, P, resolved) };
  if (LONG_BONES.has(resolved)) Object.assign(bone, longBoneLocation(rng, P));
  if (resolved === "clavicle") bone.part = rng.categorical(P.claviclePartWeights);
  return bone;
}

/** A vertebra: level by weight (thoracic most common, Hospach 2010), number uniform within it. */
export function vertebra(rng: Random, P: ParameterValues): Bone {
  const level = rng.categorical(P.spinalLevelWeights);
  return {
    site: `${level}${rng.int(1, VERTEBRAE_PER_LEVEL[level])}`,
    side: "midline",
    part: rng.bernoulli(P.vertebralBodyShare) ? "body" : "posterior-elements",
  };
}

/** A bone outside the spine and clavicle (those have their own rates): region, then site. */
export function drawOtherBone(rng: Random, P: ParameterValues): Bone {
  const region = rng.categorical(P.regionWeights);
  const sites = P.siteWeightsByRegion[region];
  if (!sites) throw new Error(`no site weights for region ${region}`);
  return drawBoneAt(rng, P, rng.categorical(sites));
}
