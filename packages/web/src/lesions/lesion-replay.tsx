import { useId } from "react";
import { showDate } from "../app/dates.ts";
import type { ReplayStop } from "./lesions-at-date.ts";

interface Props {
  stops: readonly ReplayStop[];
  index: number;
  onPick: (date: string) => void;
}

/**
 * The map's date: a slider over every visit and study (arrow keys step one event), and the same
 * events as a list to jump to. Both say the date and what happened, in words.
 */
export function LesionReplay({ stops, index, onPick }: Props) {
  const id = useId();
  const stop = stops[index];
  if (!stop) return null;
  return (
    <fieldset className="lesion-replay">
      <legend>
        Lesions as of <strong data-field="map-date">{showDate(stop.date)}</strong>
        <span className="replay-event"> — {stop.text}</span>
      </legend>
      <label htmlFor={`${id}-slider`} className="visually-hidden">
        Map date: step through visits and imaging studies
      </label>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={index}
        aria-valuetext={`${showDate(stop.date)}: ${stop.text}`}
        onChange={(e) => {
          const next = stops[Number(e.target.value)];
          if (next) onPick(next.date);
        }}
      />
      <div className="replay-jump">
        <label htmlFor={`${id}-pick`}>Visit or study</label>
        <select id={`${id}-pick`} value={stop.date} onChange={(e) => onPick(e.target.value)}>
          {stops.map((s) => (
            <option key={s.date} value={s.date}>
              {showDate(s.date)} — {s.text}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
