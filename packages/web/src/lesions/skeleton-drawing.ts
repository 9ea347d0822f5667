import type { Shape } from "./skeleton-geometry.ts";
import { rect } from "./skeleton-geometry.ts";

/** One atlas site's drawing. Paired sites: the patient's left side; the map mirrors it for the right. */
export interface SiteDrawing {
  site: string;
  /** Paint order, lowest first: a bone that lies behind another in a front view is painted earlier. */
  layer: number;
  shapes: Shape[];
  /** Visible text inside the shape: vertebra levels and the "not specified" sites have no outline of their own. */
  caption?: { dx: number; y: number; text: string; anchor?: "middle" | "end" };
}

/** Layers, named so the data says why one bone is painted before another. */
export const LAYER = { behind: 0, bone: 1, front: 2, label: 3 } as const;

/**
 * A labelled pill for a site that has no shape of its own (level, number or bone not known, D3):
 * the clinician can still select it, and the text says what it is.
 */
export function pill(site: string, dx: number, y: number, width: number, text: string): SiteDrawing {
  return {
    site,
    layer: LAYER.label,
    shapes: [rect(dx - width / 2, y - 11, width, 22, 11)],
    caption: { dx, y: y + 4, text },
  };
}
