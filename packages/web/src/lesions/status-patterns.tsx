import type { LesionStatus } from "@cno-atlas/clinical";
import { type PatternKind, patternId, STATUS_STYLES } from "./lesion-status-style.ts";

const TILE = 6;

/** The marks drawn over the status colour; each status gets a different one (see lesion-status-style.ts). */
function Marks({ kind, ink }: { kind: PatternKind; ink: string }) {
  switch (kind) {
    case "hatch":
      return <path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke={ink} strokeWidth={1.6} />;
    case "dots":
      return (
        <>
          <circle cx={1.5} cy={1.5} r={1.1} fill={ink} />
          <circle cx={4.5} cy={4.5} r={1.1} fill={ink} />
        </>
      );
    case "stripes":
      return <rect x={0} y={0} width={TILE} height={1.6} fill={ink} />;
    case "grid":
      return <path d="M0,0 H6 M0,0 V6" stroke={ink} strokeWidth={0.9} />;
    case "plain":
      return null;
  }
}

/** One `<pattern>` per lesion status, ids prefixed per map so two maps on one page never collide. */
export function StatusPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(Object.keys(STATUS_STYLES) as LesionStatus[]).map((status) => {
        const style = STATUS_STYLES[status];
        return (
          <pattern
            key={status}
            id={patternId(prefix, status)}
            patternUnits="userSpaceOnUse"
            width={TILE}
            height={TILE}
            data-pattern={style.pattern}
          >
            <rect width={TILE} height={TILE} fill={style.fill} />
            <Marks kind={style.pattern} ink={style.ink} />
          </pattern>
        );
      })}
    </defs>
  );
}
