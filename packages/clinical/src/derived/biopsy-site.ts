/**
 * Which bone a biopsy sampled (D11 (docs/clinical/conventions.md#appendix-for-maintainers)): the bone its `site` names (D4 identity: paired site +
 * side, or an unpaired site), or — with no site given — the one bone with a lesion when there is exactly
 * one. Otherwise unknown, and nothing may rest on the biopsy having sampled a particular lesion.
 */
import { boneKey } from "../atlas/bone.ts";
import type { Presentation } from "../schema/presentation.ts";

export function biopsiedBone(p: Presentation, bones: readonly string[] | null): string | null {
  const site = p.biopsy?.site;
  if (site) return boneKey(site.site, site.side);
  return bones?.length === 1 ? (bones[0] ?? null) : null;
}
