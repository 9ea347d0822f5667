/**
 * Each lesion's status over time (DECISIONS.md D1 `LesionHistory`, D3 derivation [CONV]).
 * A lesion is followed by site + side as entered, across every study on or before the date.
 */
import type { Side } from "../atlas/bone-sites.ts";
import type { Course, ImagingStudy } from "../schema/course.ts";
import type { ImagingFinding, LesionStatus, Modality } from "../schema/vocabulary.ts";
import { siteSideKey, studiesUpTo } from "./presentation-as-of.ts";

export interface LesionHistoryEntry {
  date: string;
  studyModality: Modality;
  findings: ImagingFinding[];
  status: LesionStatus;
}

export interface LesionHistory {
  site: string;
  side?: Side;
  entries: LesionHistoryEntry[];
}

/** D3: on the map a site with several lesions shows the worst, in this order (worst first). */
export const MAP_STATUS_ORDER: readonly LesionStatus[] = [
  "new",
  "persistent-worsened",
  "persistent-stable",
  "persistent-improved",
  "resolved",
];

/** The worst status of several (D3 map order); `undefined` for none. */
export function worstStatus(statuses: Iterable<LesionStatus>): LesionStatus | undefined {
  let worst: LesionStatus | undefined;
  for (const status of statuses) {
    if (worst === undefined || MAP_STATUS_ORDER.indexOf(status) < MAP_STATUS_ORDER.indexOf(worst))
      worst = status;
  }
  return worst;
}

/** The status a history shows now: its last entry's. */
export function currentStatus(history: LesionHistory): LesionStatus | undefined {
  return history.entries.at(-1)?.status;
}

/**
 * D3 derivation, read so that a lesion is "in an earlier study" only while it has not resolved:
 * - `new`: no earlier record of the site + side, or its last record is `resolved` (a recurrence is
 *   a new lesion — Beck 2010's radiological relapse is a "new/recurrent" lesion, monitoring.md §4.9);
 * - `persistent-stable`: otherwise (improved/worsened are never derived: they are entered).
 * Several lesions at one site + side in one study share the status derived before that study.
 */
function derivedStatus(history: LesionHistory | undefined): LesionStatus {
  const last = history && currentStatus(history);
  return last === undefined || last === "resolved" ? "new" : "persistent-stable";
}

/**
 * D3 `resolved`: a lesion whose last record is not resolved and that a later whole-body study does
 * not list. This covers D3's "in the previous whole-body study, absent from a later one" and also a
 * lesion first seen on a focal study in between; a lesion already resolved is not resolved twice.
 */
function resolveAbsent(histories: Map<string, LesionHistory>, study: ImagingStudy): void {
  const listed = new Set(study.lesions.map(siteSideKey));
  for (const [key, history] of histories) {
    if (listed.has(key) || currentStatus(history) === "resolved") continue;
    history.entries.push({
      date: study.date,
      studyModality: study.modality,
      findings: [],
      status: "resolved",
    });
  }
}

function recordStudy(histories: Map<string, LesionHistory>, study: ImagingStudy): void {
  const before = new Map(
    study.lesions.map((l) => [siteSideKey(l), derivedStatus(histories.get(siteSideKey(l)))]),
  );
  for (const lesion of study.lesions) {
    const key = siteSideKey(lesion);
    let history = histories.get(key);
    if (!history) {
      history =
        lesion.side === undefined
          ? { site: lesion.site, entries: [] }
          : { site: lesion.site, side: lesion.side, entries: [] };
      histories.set(key, history);
    }
    history.entries.push({
      date: study.date,
      studyModality: study.modality,
      findings: lesion.findings ?? [],
      // D3: an entered status always wins over the derived one.
      status: lesion.status ?? before.get(key) ?? "new",
    });
  }
}

/** D1/D3: every lesion's history up to the date, in order of first appearance. */
export function lesionHistories(course: Course, on: string): LesionHistory[] {
  const histories = new Map<string, LesionHistory>();
  for (const study of studiesUpTo(course, on)) {
    if (study.wholeBody) resolveAbsent(histories, study);
    recordStudy(histories, study);
  }
  return [...histories.values()];
}
