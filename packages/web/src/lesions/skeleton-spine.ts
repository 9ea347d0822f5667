/**
 * The spine. 24 levels do not fit as targets inside a body drawn to fit a laptop screen (about 9 px
 * each), so each level is selected in an enlarged, labelled spine panel beside the skeleton; the
 * body's own column repeats the same statuses for the overview, hidden from assistive technology so
 * every level is one tab stop.
 */
import { BONE_SITES, isVertebra } from "@cno-atlas/clinical";
import { LAYER, pill, type SiteDrawing } from "./skeleton-drawing.ts";
import { rect, type Shape } from "./skeleton-geometry.ts";

/** C1…C7, T1…T12, L1…L5 in atlas order (the level-unknown sites are not levels). */
export const VERTEBRA_LEVELS = BONE_SITES.filter((site) => isVertebra(site) && /^[CTL]\d+$/.test(site));

const groupOf = (level: string) => level.charAt(0) as "C" | "T" | "L";

/** Panel position: an 18-unit pitch, with a gap between the cervical, thoracic and lumbar groups. */
function panelTop(index: number, level: string): number {
  const gaps = { C: 0, T: 8, L: 16 }[groupOf(level)];
  return 124 + index * 18 + gaps;
}

const panelLevels: SiteDrawing[] = VERTEBRA_LEVELS.map((level, i) => {
  const y = panelTop(i, level);
  return {
    site: level,
    layer: LAYER.bone,
    shapes: [rect(306, y, 40, 15, 3)],
    caption: { dx: 300, y: y + 11, text: level, anchor: "end" },
  };
});

const groupMiddle = (group: "C" | "T" | "L") => {
  const tops = VERTEBRA_LEVELS.flatMap((level, i) => (groupOf(level) === group ? [panelTop(i, level)] : []));
  return (Math.min(...tops) + Math.max(...tops) + 15) / 2;
};

export const SPINE_PANEL: SiteDrawing[] = [
  ...panelLevels,
  pill("cervical-vertebra", 388, groupMiddle("C"), 72, "C, level ?"),
  pill("thoracic-vertebra", 388, groupMiddle("T"), 72, "T, level ?"),
  pill("lumbar-vertebra", 388, groupMiddle("L"), 72, "L, level ?"),
];

export const SPINE_PANEL_TITLE = { dx: 326, y: 108, text: "Spine" };

/** The body's vertebral column: cervical in the neck, thoracic behind the sternum, lumbar above the sacrum. */
const BODY_GROUPS = {
  C: { top: 114, pitch: 9, width: 14, height: 7.5 },
  T: { top: 180, pitch: 12, width: 16, height: 10 },
  L: { top: 326, pitch: 13, width: 18, height: 11 },
} as const;

export const BODY_VERTEBRAE: { site: string; shape: Shape }[] = VERTEBRA_LEVELS.map((level) => {
  const g = BODY_GROUPS[groupOf(level)];
  const n = Number(level.slice(1)) - 1;
  return { site: level, shape: rect(-g.width / 2, g.top + n * g.pitch, g.width, g.height, 2) };
});
