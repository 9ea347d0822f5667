/**
 * Each lesion's status over time (D1 (docs/clinical/conventions.md#course-projection) `LesionHistory`, D3 derivation [CONV]). A lesion is
 * followed per bone (D4 identity, D11) across every study on or before the date.
 */
import { isPaired, type Side } from "../atlas/bone-sites.ts";
import type { Course, ImagingStudy } from "../schema/course.ts";
import type { Lesion } from "../schema/lesion.ts";
import type { ImagingFinding, LesionStatus, Modality } from "../schema/vocabulary.ts";
import { boneOf, isWholeBodyStudy, studiesUpTo } from "./course-records.ts";

export interface LesionHistoryEntry {
  date: string;
  studyModality: Modality;
  findings: ImagingFinding[];
  status: LesionStatus;
  /** Why a derived status is what it is, when that is not obvious (a recurrence, D11). */
  evidence?: string;
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
 * D3 derivation with D11's identity and recurrence rules: a bone is "in an earlier study" only while
 * it has not resolved; a lesion at a bone whose last record is `resolved` is `new` again, with the
 * evidence "recurrence at a site resolved on <date>" (Beck 2010's radiological relapse is a
 * new/recurrent lesion, docs/clinical/monitoring.md#response-remission-and-flare-definitions); otherwise `persistent-stable` (improved/worsened are
 * entered, never derived).
 */
function derivedEntry(history: LesionHistory | undefined): Pick<LesionHistoryEntry, "status" | "evidence"> {
  const last = history?.entries.at(-1);
  if (last === undefined) return { status: "new" };
  if (last.status === "resolved")
    return { status: "new", evidence: `recurrence at a site resolved on ${last.date}` };
  return { status: "persistent-stable" };
}

/**
 * D3 `resolved`: a bone whose last record is not resolved and that a later whole-body study (bone scan
 * or MRI, D11) does not list. A bone already resolved is not resolved twice.
 */
function resolveAbsent(histories: Map<string, LesionHistory>, study: ImagingStudy): void {
  const listed = new Set(study.lesions.map(boneOf));
  for (const [bone, history] of histories) {
    if (listed.has(bone) || currentStatus(history) === "resolved") continue;
    history.entries.push({
      date: study.date,
      studyModality: study.modality,
      findings: [],
      status: "resolved",
    });
  }
}

/** D11: a sided lesion takes over the open history of a sideless one at the same paired site. */
function historyFor(histories: Map<string, LesionHistory>, lesion: Lesion): LesionHistory {
  const bone = boneOf(lesion);
  const existing = histories.get(bone);
  if (existing) return existing;
  const sideless = boneOf({ site: lesion.site });
  const open = histories.get(sideless);
  if (isPaired(lesion.site) && lesion.side && open && currentStatus(open) !== "resolved") {
    histories.delete(sideless);
    const moved: LesionHistory = { site: lesion.site, side: lesion.side, entries: open.entries };
    histories.set(bone, moved);
    return moved;
  }
  const created: LesionHistory =
    lesion.side === undefined
      ? { site: lesion.site, entries: [] }
      : { site: lesion.site, side: lesion.side, entries: [] };
  histories.set(bone, created);
  return created;
}

/** One entry per bone per study: every lesion there counts as one bone (D11), findings joined. */
function recordStudy(histories: Map<string, LesionHistory>, study: ImagingStudy): void {
  const byBone = new Map<string, Lesion[]>();
  for (const lesion of study.lesions)
    byBone.set(boneOf(lesion), [...(byBone.get(boneOf(lesion)) ?? []), lesion]);
  for (const lesions of byBone.values()) {
    const first = lesions[0] as Lesion;
    const history = historyFor(histories, first);
    const derived = derivedEntry(history);
    const entered = worstStatus(lesions.flatMap((l) => (l.status ? [l.status] : [])));
    const findings = [...new Set(lesions.flatMap((l) => l.findings ?? []))];
    // D3: an entered status always wins over the derived one.
    const entry: LesionHistoryEntry = {
      date: study.date,
      studyModality: study.modality,
      findings,
      status: entered ?? derived.status,
    };
    if (entered === undefined && derived.evidence) entry.evidence = derived.evidence;
    history.entries.push(entry);
  }
}

/** D1/D3/D11: every bone's history up to the date, in order of first appearance. */
export function lesionHistories(course: Course, on: string): LesionHistory[] {
  return historiesOf(studiesUpTo(course, on));
}

/** The same from studies already selected and sorted (assessCourse's projection). */
export function historiesOf(studies: readonly ImagingStudy[]): LesionHistory[] {
  const histories = new Map<string, LesionHistory>();
  for (const study of studies) {
    if (isWholeBodyStudy(study)) resolveAbsent(histories, study);
    recordStudy(histories, study);
  }
  return [...histories.values()];
}
