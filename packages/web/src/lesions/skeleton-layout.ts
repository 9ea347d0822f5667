/**
 * The whole map as data: every atlas site placed on the canvas, paired sites once per side.
 * The component renders this list; tests check it covers BONE_SITES exactly.
 */
import { isPaired, type Side } from "@cno-atlas/clinical";
import { AXIAL_DECOR, AXIAL_PAIRED, AXIAL_UNPAIRED } from "./skeleton-axial.ts";
import type { SiteDrawing } from "./skeleton-drawing.ts";
import { MIDLINE_X, place, type Shape } from "./skeleton-geometry.ts";
import { LIMB_PAIRED } from "./skeleton-limbs.ts";
import { BODY_VERTEBRAE, SPINE_PANEL } from "./skeleton-spine.ts";

/** One selectable element of the map: a site, its side when the site is paired, and its shapes. */
export interface PlacedSite {
  site: string;
  /** `left`/`right` for paired sites; undefined for unpaired sites (one bone whatever side, D2). */
  side: Extract<Side, "left" | "right"> | undefined;
  layer: number;
  shapes: Shape[];
  caption?: { x: number; y: number; text: string; anchor: "middle" | "end" };
}

function placeDrawing(drawing: SiteDrawing, side: PlacedSite["side"]): PlacedSite {
  const mirror = side === "right";
  const placed: PlacedSite = {
    site: drawing.site,
    side,
    layer: drawing.layer,
    shapes: drawing.shapes.map((shape) => place(shape, mirror)),
  };
  const caption = drawing.caption;
  if (caption) {
    // Captions of paired sites name the side, so the text alone says which bone it is.
    const prefix = side === "right" ? "R " : side === "left" ? "L " : "";
    placed.caption = {
      x: mirror ? MIDLINE_X - caption.dx : MIDLINE_X + caption.dx,
      y: caption.y,
      text: prefix + caption.text,
      anchor: caption.anchor ?? "middle",
    };
  }
  return placed;
}

const PAIRED = [...AXIAL_PAIRED, ...LIMB_PAIRED];
const UNPAIRED = [...AXIAL_UNPAIRED, ...SPINE_PANEL];

/**
 * Every selectable element, in paint order (layer, then patient's right before left). A paired
 * drawing of an unpaired site (or the reverse) is a data error: fail loudly at load, not in clinic.
 */
export const PLACED_SITES: PlacedSite[] = [
  ...PAIRED.flatMap((d) => {
    if (!isPaired(d.site)) throw new Error(`skeleton: ${d.site} is drawn as paired but is not paired (D2)`);
    return [placeDrawing(d, "right"), placeDrawing(d, "left")];
  }),
  ...UNPAIRED.map((d) => {
    if (isPaired(d.site)) throw new Error(`skeleton: ${d.site} is paired but drawn once (D2)`);
    return placeDrawing(d, undefined);
  }),
].sort((a, b) => a.layer - b.layer);

/** Decoration (not selectable): face landmarks. */
export const DECOR_SHAPES: Shape[] = AXIAL_DECOR.map((shape) => place(shape, false));

/** The body's vertebral column, repeating the spine panel's statuses (see skeleton-spine.ts). */
export const BODY_COLUMN = BODY_VERTEBRAE.map(({ site, shape }) => ({ site, shape: place(shape, false) }));
