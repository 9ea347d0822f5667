import { BONE_SITES, isPaired, type LesionStatus, REGIONS, regionOf, type Side } from "@cno-atlas/clinical";
import { useId } from "react";
import { boneLabel, statusKey, statusOf } from "./site-status.ts";

const REGION_TEXT: Record<(typeof REGIONS)[number], string> = {
  "skull-face": "Skull and face",
  spine: "Spine",
  "sacrum-coccyx": "Sacrum and coccyx",
  thorax: "Thorax",
  "upper-limb": "Upper limb",
  hand: "Hand",
  pelvis: "Pelvis",
  "lower-limb": "Lower limb",
  foot: "Foot",
};

/** Patient's right first, as the drawing reads left to right. */
const sidesOf = (site: string): (Side | undefined)[] => (isPaired(site) ? ["right", "left"] : [undefined]);

/**
 * The same choice as clicking the drawing, as a list: a large target on a tablet for the small
 * bones (WCAG 2.5.8's "equivalent control"), and every site's status as text in one place.
 */
export function SitePicker({
  statusBySiteSide,
  onSelect,
  selected,
}: {
  statusBySiteSide: ReadonlyMap<string, LesionStatus>;
  onSelect: (site: string, side: Side | undefined) => void;
  selected: { site: string; side?: Side | undefined } | undefined;
}) {
  const id = useId();
  // A paired site selected without a side (from the "side not recorded" list) has no option here.
  const listed =
    selected && (!isPaired(selected.site) || selected.side === "left" || selected.side === "right");
  const value =
    selected && listed ? statusKey(selected.site, isPaired(selected.site) ? selected.side : undefined) : "";
  const onChange = (key: string) => {
    const [site = "", side = ""] = key.split(":");
    if (site) onSelect(site, side === "" ? undefined : (side as Side));
  };
  return (
    <p className="site-picker">
      <label htmlFor={id}>Or choose a bone: </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">—</option>
        {REGIONS.map((region) => (
          <optgroup key={region} label={REGION_TEXT[region]}>
            {BONE_SITES.filter((site) => regionOf(site) === region).flatMap((site) =>
              sidesOf(site).map((side) => (
                <option key={statusKey(site, side)} value={statusKey(site, side)}>
                  {boneLabel(site, side, statusOf(statusBySiteSide, site, side))}
                </option>
              )),
            )}
          </optgroup>
        ))}
      </select>
    </p>
  );
}
