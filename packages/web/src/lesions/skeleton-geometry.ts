/**
 * Drawing primitives for the skeleton map. Every shape is data (polygons, ellipses, rounded
 * rectangles) so the map component only renders, and tests can reason about the drawing.
 *
 * Coordinates are relative to the body's midline: `dx` grows towards the viewer's right. Paired
 * bones are drawn for the patient's LEFT side (viewer's right, as in clinical images) and mirrored
 * for the right side; unpaired bones sit at `MIDLINE_X + dx`.
 */
export type Point = readonly [number, number];

export type Shape =
  | { kind: "polygon"; points: readonly Point[] }
  | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number }
  | { kind: "rect"; x: number; y: number; w: number; h: number; r: number };

/** The SVG canvas: skeleton around x = 250, side columns for "not specified" sites, spine panel right. */
export const VIEW_WIDTH = 680;
export const VIEW_HEIGHT = 945;
export const MIDLINE_X = 250;

const round = (n: number) => Math.round(n * 10) / 10;

export const ellipse = (cx: number, cy: number, rx: number, ry = rx): Shape => ({
  kind: "ellipse",
  cx,
  cy,
  rx,
  ry,
});

export const rect = (x: number, y: number, w: number, h: number, r = 3): Shape => ({
  kind: "rect",
  x,
  y,
  w,
  h,
  r,
});

export const polygon = (...points: Point[]): Shape => ({ kind: "polygon", points });

/** Points along a quadratic Bézier curve, so curved bones (ribs, clavicles) stay plain polygons. */
export function curve(from: Point, control: Point, to: Point, steps = 8): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * from[0] + b * control[0] + c * to[0], a * from[1] + b * control[1] + c * to[1]]);
  }
  return points;
}

/** A band of constant width around a polyline: shafts of long bones, ribs, metacarpal rays. */
export function band(line: readonly Point[], width: number): Shape {
  const half = width / 2;
  const normalAt = (i: number): Point => {
    const prev = line[Math.max(0, i - 1)] ?? line[i];
    const next = line[Math.min(line.length - 1, i + 1)] ?? line[i];
    if (!prev || !next) return [0, 0];
    const dx = next[0] - prev[0];
    const dy = next[1] - prev[1];
    const length = Math.hypot(dx, dy) || 1;
    return [-dy / length, dx / length];
  };
  const offset = (sign: number) =>
    line.map((p, i): Point => {
      const [nx, ny] = normalAt(i);
      return [round(p[0] + sign * nx * half), round(p[1] + sign * ny * half)];
    });
  return polygon(...offset(1), ...offset(-1).reverse());
}

/** A long bone: a shaft with a knob at each end (epiphyses), as one selectable group of shapes. */
export function longBone(
  top: Point,
  bottom: Point,
  width: number,
  topKnob: Shape,
  bottomKnob: Shape,
): Shape[] {
  return [band([top, bottom], width), topKnob, bottomKnob];
}

/** Parallel rays (metacarpals, metatarsals, phalanges): one site, drawn as several thin bones. */
export function rays(starts: readonly Point[], ends: readonly Point[], width: number): Shape[] {
  return starts.map((start, i) => band([start, ends[i] ?? start], width));
}

/** The shape enlarged about a point: hands and feet are drawn larger than life so each bone is a usable target. */
export function scaleAbout(shape: Shape, [ox, oy]: Point, k: number): Shape {
  const at = (x: number, y: number): Point => [round(ox + (x - ox) * k), round(oy + (y - oy) * k)];
  switch (shape.kind) {
    case "polygon":
      return polygon(...shape.points.map(([x, y]) => at(x, y)));
    case "ellipse": {
      const [cx, cy] = at(shape.cx, shape.cy);
      return ellipse(cx, cy, round(shape.rx * k), round(shape.ry * k));
    }
    case "rect": {
      const [x, y] = at(shape.x, shape.y);
      return rect(x, y, round(shape.w * k), round(shape.h * k), shape.r * k);
    }
  }
}

/** Where a shape lands on the canvas: `mirror` flips it to the patient's right side. */
export function place(shape: Shape, mirror: boolean): Shape {
  const x = (dx: number) => round(mirror ? MIDLINE_X - dx : MIDLINE_X + dx);
  switch (shape.kind) {
    case "polygon":
      return polygon(...shape.points.map(([px, py]): Point => [x(px), py]));
    case "ellipse":
      return ellipse(x(shape.cx), shape.cy, shape.rx, shape.ry);
    case "rect":
      return rect(mirror ? x(shape.x + shape.w) : x(shape.x), shape.y, shape.w, shape.h, shape.r);
  }
}

/** The shape's outline as a polygon (ellipses and rectangles sampled), for hit tests and checks. */
export function outline(shape: Shape, steps = 24): Point[] {
  switch (shape.kind) {
    case "polygon":
      return [...shape.points];
    case "ellipse":
      return Array.from({ length: steps }, (_, i): Point => {
        const a = (2 * Math.PI * i) / steps;
        return [shape.cx + shape.rx * Math.cos(a), shape.cy + shape.ry * Math.sin(a)];
      });
    case "rect":
      return [
        [shape.x, shape.y],
        [shape.x + shape.w, shape.y],
        [shape.x + shape.w, shape.y + shape.h],
        [shape.x, shape.y + shape.h],
      ];
  }
}
