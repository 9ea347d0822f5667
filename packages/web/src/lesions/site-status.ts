/**
 * Statuses by site and side, keyed `${site}:${side ?? ""}` (the map's input), and the names a
 * clinician hears and reads for each bone.
 */
import {
  currentStatus,
  isPaired,
  type LesionHistory,
  type LesionStatus,
  type Side,
  siteSpec,
  worstStatus,
} from "@cno-atlas/clinical";
import { NO_LESION, STATUS_STYLES } from "./lesion-status-style.ts";

export const statusKey = (site: string, side: Side | undefined): string => `${site}:${side ?? ""}`;

/**
 * The map key set from lesion histories (assessCourse's `lesions`): each history's current status,
 * the worst one where several histories share a key (D3 map order).
 */
export function statusMapFromHistories(histories: readonly LesionHistory[]): Map<string, LesionStatus> {
  const byKey = new Map<string, LesionStatus[]>();
  for (const history of histories) {
    const status = currentStatus(history);
    if (status === undefined) continue;
    const key = statusKey(history.site, history.side);
    byKey.set(key, [...(byKey.get(key) ?? []), status]);
  }
  const result = new Map<string, LesionStatus>();
  for (const [key, statuses] of byKey) {
    const worst = worstStatus(statuses);
    if (worst) result.set(key, worst);
  }
  return result;
}

const SIDES_OF_ONE_BONE: readonly (Side | undefined)[] = [undefined, "midline", "left", "right"];

/**
 * The status a drawn element shows. A paired site's left or right is its own bone. An unpaired site
 * is one bone whatever side was recorded (D2), so it shows the worst over all its keys.
 */
export function statusOf(
  statuses: ReadonlyMap<string, LesionStatus>,
  site: string,
  side: Side | undefined,
): LesionStatus | undefined {
  if (isPaired(site) && side !== undefined) return statuses.get(statusKey(site, side));
  const found = SIDES_OF_ONE_BONE.flatMap((s) => statuses.get(statusKey(site, s)) ?? []);
  return worstStatus(found);
}

/**
 * Paired sites recorded without a side (accepted, "side unknown", README atlas): the drawing has no
 * place for them, so the map lists them beside it rather than guess a side.
 */
export function sideUnknownPaired(statuses: ReadonlyMap<string, LesionStatus>): [string, LesionStatus][] {
  const out: [string, LesionStatus][] = [];
  for (const [key, status] of statuses) {
    const [site = "", side = ""] = key.split(":");
    if (side === "" && isPaired(site)) out.push([site, status]);
  }
  return out;
}

const SIDE_WORD: Record<Side, string> = { left: "Left", right: "Right", midline: "Midline" };

/** "Left femur", "Vertebra T7", "Right rib (number unknown)"; paired without side: "Clavicle, side unknown". */
export function siteName(site: string, side: Side | undefined): string {
  const label = siteSpec(site)?.label ?? site;
  if (!isPaired(site)) return label;
  if (side === undefined) return `${label}, side unknown`;
  return `${SIDE_WORD[side]} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

export function statusText(status: LesionStatus | undefined): string {
  return status === undefined ? NO_LESION.text : STATUS_STYLES[status].text;
}

/** The accessible name of a bone on the map, e.g. "Left femur, new lesion". */
export function boneLabel(site: string, side: Side | undefined, status: LesionStatus | undefined): string {
  return `${siteName(site, side)}, ${statusText(status)}`;
}
