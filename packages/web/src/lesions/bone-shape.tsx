import type { Shape } from "./skeleton-geometry.ts";

export interface ShapePaint {
  fill: string;
  stroke: string;
  dashed: boolean;
}

/** One primitive of the drawing as an SVG element; paint comes from the bone's status. */
export function BoneShape({ shape, paint }: { shape: Shape; paint: ShapePaint }) {
  const common = {
    fill: paint.fill,
    stroke: paint.stroke,
    strokeWidth: 1.1,
    strokeDasharray: paint.dashed ? "3 2" : undefined,
  };
  switch (shape.kind) {
    case "polygon":
      return <polygon points={shape.points.map(([x, y]) => `${x},${y}`).join(" ")} {...common} />;
    case "ellipse":
      return <ellipse cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} {...common} />;
    case "rect":
      return <rect x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r} {...common} />;
  }
}
