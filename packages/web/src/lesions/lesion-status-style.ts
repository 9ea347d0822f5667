/**
 * How each lesion status looks and reads on the map. Colour is never the only carrier of meaning
 * (issue 4, WCAG 1.4.1): each status also has its own fill pattern or outline, and text in the
 * legend, the bone's accessible name and its tooltip.
 */
import { type LesionStatus, MAP_STATUS_ORDER } from "@cno-atlas/clinical";

export type PatternKind = "hatch" | "dots" | "stripes" | "grid" | "plain";

export interface StatusStyle {
  /** Spoken and shown: "Left femur, new lesion". */
  text: string;
  /** What the pattern looks like, for the legend ("hatched"). */
  patternName: string;
  pattern: PatternKind;
  fill: string;
  /** Colour of the pattern's marks, chosen for contrast with `fill`. */
  ink: string;
  /** Outline colour of a bone with this status. */
  outline: string;
  /** Resolved lesions get a dashed outline: a second non-colour cue on a pale fill. */
  dashed: boolean;
}

export const STATUS_STYLES: Record<LesionStatus, StatusStyle> = {
  new: {
    text: "new lesion",
    patternName: "hatched",
    pattern: "hatch",
    fill: "#b3261e",
    ink: "#ffffff",
    outline: "#3b2f2a",
    dashed: false,
  },
  "persistent-worsened": {
    text: "worsened lesion",
    patternName: "dotted",
    pattern: "dots",
    fill: "#d35400",
    ink: "#ffffff",
    outline: "#3b2f2a",
    dashed: false,
  },
  "persistent-stable": {
    text: "stable lesion",
    patternName: "striped",
    pattern: "stripes",
    fill: "#f2b705",
    ink: "#4a3500",
    outline: "#3b2f2a",
    dashed: false,
  },
  "persistent-improved": {
    text: "improved lesion",
    patternName: "grid",
    pattern: "grid",
    fill: "#6fa8dc",
    ink: "#ffffff",
    outline: "#3b2f2a",
    dashed: false,
  },
  resolved: {
    text: "resolved lesion",
    patternName: "plain, dashed outline",
    pattern: "plain",
    fill: "#b7dfb9",
    ink: "#2e6b30",
    outline: "#2e6b30",
    dashed: true,
  },
};

export const NO_LESION = { text: "no lesion", fill: "#f4eee3", stroke: "#6b6256" } as const;

/** Legend order is the map's worst-first order (D3 (docs/clinical/conventions.md#presentation)). */
export const LEGEND_ORDER: readonly LesionStatus[] = MAP_STATUS_ORDER;

/** Pattern element ids are prefixed per map instance, so two maps on one page never share ids. */
export function patternId(prefix: string, status: LesionStatus): string {
  return `${prefix}-${status}`;
}

export function statusFill(prefix: string, status: LesionStatus | undefined): string {
  return status === undefined ? NO_LESION.fill : `url(#${patternId(prefix, status)})`;
}
