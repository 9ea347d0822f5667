import { isPaired } from "./bone-sites.ts";

/**
 * A bone, for counting (D4 (docs/clinical/conventions.md#derived-facts) [CONV]): a paired site + side, or an unpaired site.
 * A paired site without a side is its own bone ("side unknown") and never pairs.
 */
export function boneKey(site: string, side: string | undefined): string {
  if (!isPaired(site)) return site;
  if (side === "left" || side === "right") return `${site}:${side}`;
  return `${site}:side-unknown`;
}
