import type { LesionStatus, Side } from "@cno-atlas/clinical";
import type { KeyboardEvent } from "react";
import { BoneShape, type ShapePaint } from "./bone-shape.tsx";
import { NO_LESION, STATUS_STYLES, statusFill } from "./lesion-status-style.ts";
import { boneLabel } from "./site-status.ts";
import type { PlacedSite } from "./skeleton-layout.ts";

/** Enter and Space activate, as for a native button (WAI-ARIA button pattern). */
export const isActivationKey = (key: string): boolean => key === "Enter" || key === " " || key === "Spacebar";

export function paintFor(prefix: string, status: LesionStatus | undefined): ShapePaint {
  return {
    fill: statusFill(prefix, status),
    stroke: status === undefined ? NO_LESION.stroke : STATUS_STYLES[status].outline,
    dashed: status !== undefined && STATUS_STYLES[status].dashed,
  };
}

export interface BoneButtonProps {
  placed: PlacedSite;
  status: LesionStatus | undefined;
  selected: boolean;
  patternPrefix: string;
  onSelect: (site: string, side: Side | undefined) => void;
  onHover: (label: string | undefined) => void;
}

/**
 * One bone (site + side) as a focusable SVG button. SVG has no <button>, hence role="button" with
 * tabIndex and the keyboard handling a native button would give.
 */
export function BoneButton({ placed, status, selected, patternPrefix, onSelect, onHover }: BoneButtonProps) {
  const caption = placed.caption;
  // WCAG 2.5.3 (label in name): a bone that shows a caption ("L rib no. ?") is named starting with
  // it, so speech input can use what is seen; vertebra captions ("T7") are already in the name.
  const described = boneLabel(placed.site, placed.side, status);
  const label = caption && !described.includes(caption.text) ? `${caption.text}: ${described}` : described;
  const select = () => onSelect(placed.site, placed.side);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isActivationKey(event.key)) return;
    event.preventDefault(); // Space would otherwise scroll the page
    select();
  };
  const paint = paintFor(patternPrefix, status);
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; role, tabIndex and keys make it one
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      className="bone"
      data-site={placed.site}
      data-side={placed.side}
      data-status={status ?? "none"}
      onClick={select}
      onKeyDown={onKeyDown}
      onFocus={() => onHover(label)}
      onBlur={() => onHover(undefined)}
      onMouseEnter={() => onHover(label)}
      onMouseLeave={() => onHover(undefined)}
    >
      {placed.shapes.map((shape, i) => (
        // Shapes of one bone never reorder, so their index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: static drawing data
        <BoneShape key={i} shape={shape} paint={paint} />
      ))}
      {caption && (
        // A white halo keeps the caption readable over any status pattern.
        <text
          x={caption.x}
          y={caption.y}
          textAnchor={caption.anchor}
          className="bone-caption"
          paintOrder="stroke"
          stroke="#ffffff"
          strokeWidth={3}
        >
          {caption.text}
        </text>
      )}
    </g>
  );
}
