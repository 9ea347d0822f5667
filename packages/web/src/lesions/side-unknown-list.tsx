import type { LesionStatus, Side } from "@cno-atlas/clinical";
import { sideUnknownPaired, siteName, statusText } from "./site-status.ts";

/**
 * Lesions at a paired site recorded without a side (accepted by the schema, "side unknown"). The
 * drawing has a left and a right bone only, so these are listed rather than placed on a guessed side.
 */
export function SideUnknownList({
  statusBySiteSide,
  onSelect,
}: {
  statusBySiteSide: ReadonlyMap<string, LesionStatus>;
  onSelect: (site: string, side: Side | undefined) => void;
}) {
  const entries = sideUnknownPaired(statusBySiteSide);
  if (entries.length === 0) return null;
  return (
    <div className="side-unknown">
      <p>Side not recorded:</p>
      <ul>
        {entries.map(([site, status]) => (
          <li key={site}>
            <button
              type="button"
              data-site={site}
              data-status={status}
              onClick={() => onSelect(site, undefined)}
            >
              {siteName(site, undefined)}, {statusText(status)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
