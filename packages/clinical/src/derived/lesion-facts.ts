import { boneKey } from "../atlas/bone.ts";
import { isPaired, isVertebra, LONG_BONES } from "../atlas/bone-sites.ts";
import type { Tri } from "../logic/tri.ts";
import type { Lesion } from "../schema/lesion.ts";
import { type Fact, fact } from "./fact.ts";

export interface LesionFacts {
  /** Bones with a lesion (D4); null when no lesion list was given. */
  bones: Fact<string[] | null>;
  lesionCount: Fact<number | null>;
  /** Bones proven by imaging (not `clinical`): definite count and the count if unknown modalities were imaging. */
  imagedBoneCount: Fact<{ definite: number; possible: number } | null>;
  multifocal: Fact<Tri>;
  unifocal: Fact<Tri>;
  symmetric: Fact<Tri>;
  symmetricMetaphyseal: Fact<Tri>;
  spineInvolved: Fact<Tri>;
  clavicleInvolved: Fact<Tri>;
  mandibleInvolved: Fact<Tri>;
  sternumInvolved: Fact<Tri>;
  onlyBoneIsClavicle: Fact<Tri>;
}

const NO_LIST = "no lesion list given";

function unknownLesionFacts(): LesionFacts {
  const unknown = fact<Tri>(null, NO_LIST);
  return {
    bones: fact(null, NO_LIST),
    lesionCount: fact(null, NO_LIST),
    imagedBoneCount: fact(null, NO_LIST),
    multifocal: unknown,
    unifocal: unknown,
    symmetric: unknown,
    symmetricMetaphyseal: unknown,
    spineInvolved: unknown,
    clavicleInvolved: unknown,
    mandibleInvolved: unknown,
    sternumInvolved: unknown,
    onlyBoneIsClavicle: unknown,
  };
}

/** D4: two lesions on opposite sides of a paired site are symmetric; long bones also match segment and end. */
function mirrors(left: Lesion, right: Lesion): boolean {
  if (!LONG_BONES.has(left.site)) return true;
  if (left.segment && right.segment && left.segment !== right.segment) return false;
  if (left.end && right.end && left.end !== right.end) return false;
  return true;
}

function symmetricPairs(lesions: readonly Lesion[]): [Lesion, Lesion][] {
  const pairs: [Lesion, Lesion][] = [];
  for (const left of lesions) {
    if (left.side !== "left" || !isPaired(left.site)) continue;
    for (const right of lesions) {
      if (right.side === "right" && right.site === left.site && mirrors(left, right))
        pairs.push([left, right]);
    }
  }
  return pairs;
}

function involvement(lesions: readonly Lesion[], test: (site: string) => boolean, what: string): Fact<Tri> {
  const hit = lesions.find((l) => test(l.site));
  return hit
    ? fact(true, `${what}: lesion at ${hit.site}`)
    : fact(false, `${what}: no listed lesion (the lesion list is complete)`);
}

export function lesionFacts(lesions: readonly Lesion[] | undefined): LesionFacts {
  if (!lesions) return unknownLesionFacts();
  const bones = [...new Set(lesions.map((l) => boneKey(l.site, l.side)))];
  const count = bones.length;
  const definite = new Set(
    lesions.filter((l) => l.modality && l.modality !== "clinical").map((l) => boneKey(l.site, l.side)),
  );
  const possible = new Set(
    lesions.filter((l) => l.modality !== "clinical").map((l) => boneKey(l.site, l.side)),
  );
  const pairs = symmetricPairs(lesions);
  const metaphyseal = pairs.find(([l, r]) => l.segment === "metaphysis" && r.segment === "metaphysis");
  const boneList = count ? bones.join(", ") : "none";
  return {
    bones: fact(
      bones,
      `bones with a lesion: ${boneList} (a paired site counts once per side; an unpaired site once)`,
    ),
    lesionCount: fact(count, `${count} bone(s) with a lesion: ${boneList}`),
    imagedBoneCount: fact(
      { definite: definite.size, possible: possible.size },
      `${definite.size} bone(s) with an imaged lesion; ${possible.size - definite.size} more without a recorded modality; clinical-only lesions do not count`,
    ),
    multifocal: fact(count >= 2, `${count} bone(s): multifocal means ≥ 2`),
    unifocal: fact(count === 1, `${count} bone(s): unifocal means exactly 1`),
    symmetric: pairs[0]
      ? fact(true, `${pairs[0][0].site} lesions on both sides`)
      : fact(false, "no paired site with a matching lesion on both sides"),
    symmetricMetaphyseal: metaphyseal
      ? fact(true, `${metaphyseal[0].site} metaphyseal lesions on both sides`)
      : fact(false, "no symmetric pair of metaphyseal lesions"),
    spineInvolved: involvement(lesions, isVertebra, "Spine (C/T/L)"),
    clavicleInvolved: involvement(lesions, (s) => s === "clavicle", "Clavicle"),
    mandibleInvolved: involvement(lesions, (s) => s === "mandible", "Mandible"),
    sternumInvolved: involvement(lesions, (s) => s === "sternum", "Sternum"),
    onlyBoneIsClavicle: fact(
      count === 1 && lesions.every((l) => l.site === "clavicle"),
      count === 1 ? `the one bone is ${bones[0]}` : `${count} bone(s), not a single clavicle`,
    ),
  };
}
