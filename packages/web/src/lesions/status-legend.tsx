import { LEGEND_ORDER, NO_LESION, STATUS_STYLES, statusFill } from "./lesion-status-style.ts";

/** A swatch reuses the map's own patterns (same document), so legend and map cannot drift apart. */
function Swatch({ fill, stroke, dashed }: { fill: string; stroke: string; dashed: boolean }) {
  return (
    <svg className="legend-swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="20"
        height="14"
        rx="3"
        fill={fill}
        stroke={stroke}
        strokeDasharray={dashed ? "3 2" : undefined}
      />
    </svg>
  );
}

/** The key to the map: each status by its pattern and name, worst first (D3 order). */
export function StatusLegend({ patternPrefix }: { patternPrefix: string }) {
  return (
    <ul className="status-legend" aria-label="Map legend">
      {LEGEND_ORDER.map((status) => {
        const style = STATUS_STYLES[status];
        return (
          <li key={status} data-status={status}>
            <Swatch fill={statusFill(patternPrefix, status)} stroke={style.outline} dashed={style.dashed} />
            <span>
              {style.text.replace(/ lesion$/, "")}{" "}
              <span className="legend-pattern">({style.patternName})</span>
            </span>
          </li>
        );
      })}
      <li data-status="none">
        <Swatch fill={NO_LESION.fill} stroke={NO_LESION.stroke} dashed={false} />
        <span>no lesion recorded</span>
      </li>
    </ul>
  );
}
