import type { LesionStatus, Side } from "@cno-atlas/clinical";
import { useId, useState } from "react";
import { BoneButton, paintFor } from "./bone-button.tsx";
import { BoneShape } from "./bone-shape.tsx";
import { SideUnknownList } from "./side-unknown-list.tsx";
import { SitePicker } from "./site-picker.tsx";
import { statusOf } from "./site-status.ts";
import { MIDLINE_X, VIEW_HEIGHT, VIEW_WIDTH } from "./skeleton-geometry.ts";
import { BODY_COLUMN, DECOR_SHAPES, PLACED_SITES, type PlacedSite } from "./skeleton-layout.ts";
import { SPINE_PANEL_TITLE } from "./skeleton-spine.ts";
import { StatusLegend } from "./status-legend.tsx";
import { StatusPatterns } from "./status-patterns.tsx";

export interface SelectedSite {
  site: string;
  side?: Side | undefined;
}

export interface SkeletonMapProps {
  /** Lesion status by `${site}:${side ?? ""}` (see site-status.ts `statusKey`). */
  statusBySiteSide: ReadonlyMap<string, LesionStatus>;
  /** Paired sites report their side; unpaired sites report `undefined` (one bone, D2). */
  onSelect: (site: string, side: Side | undefined) => void;
  selected?: SelectedSite | undefined;
}

const isSelected = (placed: PlacedSite, selected: SelectedSite | undefined) =>
  selected !== undefined &&
  selected.site === placed.site &&
  (placed.side === undefined || selected.side === placed.side);

/**
 * Front-view skeleton: every atlas site is a focusable button coloured and patterned by its lesion
 * status. Patient's right on the viewer's left, as in clinical images. Scales with its container
 * (viewBox), so the same drawing serves a laptop and a tablet.
 */
export function SkeletonMap({ statusBySiteSide, onSelect, selected }: SkeletonMapProps) {
  // useId can contain characters that url(#…) references do not accept; keep letters and digits.
  const prefix = `cno-pattern-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [hovered, setHovered] = useState<string | undefined>();
  const button = (placed: PlacedSite) => (
    <BoneButton
      key={`${placed.site}:${placed.side ?? ""}`}
      placed={placed}
      status={statusOf(statusBySiteSide, placed.site, placed.side)}
      selected={isSelected(placed, selected)}
      patternPrefix={prefix}
      onSelect={onSelect}
      onHover={setHovered}
    />
  );
  return (
    <figure className="skeleton-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the map */}
      <svg
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="group"
        aria-label="Skeleton lesion map, front view: patient's right on the left"
        className="skeleton-svg"
      >
        <StatusPatterns prefix={prefix} />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabIndex is not focusable */}
        <g className="side-marks" aria-hidden="true">
          <text x={MIDLINE_X - 210} y={40} textAnchor="middle" className="side-letter">
            R
          </text>
          <text x={MIDLINE_X - 210} y={56} textAnchor="middle" className="side-note">
            patient's right
          </text>
          <text x={MIDLINE_X + 210} y={40} textAnchor="middle" className="side-letter">
            L
          </text>
          <text x={MIDLINE_X + 210} y={56} textAnchor="middle" className="side-note">
            patient's left
          </text>
          <text
            x={MIDLINE_X + SPINE_PANEL_TITLE.dx}
            y={SPINE_PANEL_TITLE.y}
            textAnchor="middle"
            className="panel-title"
          >
            {SPINE_PANEL_TITLE.text}
          </text>
        </g>
        {PLACED_SITES.filter((p) => p.layer === 0).map(button)}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabIndex is not focusable */}
        <g aria-hidden="true" className="decor">
          {DECOR_SHAPES.map((shape, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static drawing data
            <BoneShape key={i} shape={shape} paint={{ fill: "#5a4e44", stroke: "#5a4e44", dashed: false }} />
          ))}
        </g>
        {/* The body's column echoes the spine panel for the overview; the panel is the keyboard path. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabIndex is not focusable */}
        <g aria-hidden="true" className="body-column">
          {BODY_COLUMN.map(({ site, shape }) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: mouse shortcut; each level is a button in the spine panel
            <g key={site} data-echo={site} onClick={() => onSelect(site, undefined)}>
              <BoneShape
                shape={shape}
                paint={paintFor(prefix, statusOf(statusBySiteSide, site, undefined))}
              />
            </g>
          ))}
        </g>
        {PLACED_SITES.filter((p) => p.layer > 0).map(button)}
      </svg>
      <p className="map-readout" aria-hidden="true">
        {hovered ?? "Point at or tab to a bone to read its status; click or press Enter to open it."}
      </p>
      <SideUnknownList statusBySiteSide={statusBySiteSide} onSelect={onSelect} />
      <SitePicker statusBySiteSide={statusBySiteSide} onSelect={onSelect} selected={selected} />
      <figcaption>
        <StatusLegend patternPrefix={prefix} />
      </figcaption>
    </figure>
  );
}
