import type { LesionHistory, Side } from "@cno-atlas/clinical";
import { useMemo, useState } from "react";
import { LesionHistoryView } from "./lesion-history-view.tsx";
import { LesionReplay } from "./lesion-replay.tsx";
import { type ReplayStop, statusesOn, stopIndexFor } from "./lesions-at-date.ts";
import { type SelectedSite, SkeletonMap } from "./skeleton-map.tsx";

interface Props {
  histories: readonly LesionHistory[];
  stops: readonly ReplayStop[];
  on: string;
  onPick: (date: string) => void;
}

/** The skeleton coloured as of the chosen date, its date control, and the chosen bone's history. */
export function LesionMapPanel({ histories, stops, on, onPick }: Props) {
  const statuses = useMemo(() => statusesOn(histories, on), [histories, on]);
  const [selected, setSelected] = useState<SelectedSite | undefined>();
  const select = (site: string, side: Side | undefined) => setSelected({ site, side });
  return (
    <section className="chart-map" aria-labelledby="map-title">
      <h2 id="map-title">Skeleton lesion map</h2>
      <LesionReplay stops={stops} index={stopIndexFor(stops, on)} onPick={onPick} />
      <SkeletonMap statusBySiteSide={statuses} onSelect={select} selected={selected} />
      <LesionHistoryView histories={histories} selected={selected} mapDate={on} />
    </section>
  );
}
