import {
  BONE_SITES,
  courseSchema,
  isPaired,
  LESION_STATUSES,
  type LesionStatus,
  lesionHistories,
} from "@cno-atlas/clinical";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isActivationKey } from "./bone-button.tsx";
import { statusMapFromHistories, statusOf } from "./site-status.ts";
import { MIDLINE_X, outline, type Point, VIEW_HEIGHT, VIEW_WIDTH } from "./skeleton-geometry.ts";
import { BODY_COLUMN, PLACED_SITES } from "./skeleton-layout.ts";
import { SkeletonMap } from "./skeleton-map.tsx";

const STATUSES = new Map<string, LesionStatus>([
  ["femur:left", "new"],
  ["clavicle:right", "persistent-worsened"],
  ["tibia:right", "persistent-stable"],
  ["T7:", "persistent-improved"],
  ["T7:midline", "persistent-worsened"],
  ["mandible:right", "resolved"],
  ["rib:left", "new"],
  ["clavicle:", "new"],
]);

const render = (statuses: ReadonlyMap<string, LesionStatus> = STATUSES) =>
  renderToStaticMarkup(<SkeletonMap statusBySiteSide={statuses} onSelect={() => {}} />);

/** Attributes of every `role="button"` element of the SVG, in document order. */
function buttons(markup: string) {
  return [...markup.matchAll(/<g role="button"([^>]*)>/g)].map(([, attrs = ""]) => {
    const attr = (name: string) => attrs.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
    return {
      site: attr("data-site"),
      side: attr("data-side"),
      status: attr("data-status"),
      label: attr("aria-label"),
      tabIndex: attr("tabindex"),
    };
  });
}

describe("skeleton map: every atlas site is selectable", () => {
  const all = buttons(render());

  it("has one focusable button per unpaired site and one per side of each paired site", () => {
    for (const site of BONE_SITES) {
      const mine = all.filter((b) => b.site === site);
      if (isPaired(site)) {
        expect(mine.map((b) => b.side).sort(), site).toEqual(["left", "right"]);
      } else {
        expect(mine, site).toHaveLength(1);
        expect(mine[0]?.side, site).toBeUndefined();
      }
    }
    const expected = BONE_SITES.reduce((n, site) => n + (isPaired(site) ? 2 : 1), 0);
    expect(all).toHaveLength(expected);
    expect(all.every((b) => b.tabIndex === "0" && b.label)).toBe(true);
  });

  it("draws the patient's right on the viewer's left, and everything inside the canvas", () => {
    for (const placed of PLACED_SITES) {
      const points = placed.shapes.flatMap((s) => outline(s));
      const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
      if (placed.side === "right") expect(meanX, placed.site).toBeLessThan(MIDLINE_X);
      if (placed.side === "left") expect(meanX, placed.site).toBeGreaterThan(MIDLINE_X);
      for (const [x, y] of points) {
        expect(x >= 0 && x <= VIEW_WIDTH && y >= 0 && y <= VIEW_HEIGHT, `${placed.site} ${x},${y}`).toBe(
          true,
        );
      }
    }
  });

  it("leaves part of every bone uncovered by the bones painted over it, so a click can reach it", () => {
    const inside = ([x, y]: Point, polygon: Point[]) => {
      let hit = false;
      for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
        const [xi, yi] = polygon[i] as Point;
        const [xj, yj] = polygon[j] as Point;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    };
    // Paint order as rendered: layer 0, then the body's vertebral column, then the other layers.
    const painted = [
      ...PLACED_SITES.filter((p) => p.layer === 0).map((p) => ({
        key: `${p.site}:${p.side}`,
        shapes: p.shapes,
      })),
      ...BODY_COLUMN.map((c) => ({ key: `echo ${c.site}`, shapes: [c.shape] })),
      ...PLACED_SITES.filter((p) => p.layer > 0).map((p) => ({
        key: `${p.site}:${p.side}`,
        shapes: p.shapes,
      })),
    ].map((p) => {
      const polygons = p.shapes.map((s) => outline(s));
      const xs = polygons.flat().map((q) => q[0]);
      const ys = polygons.flat().map((q) => q[1]);
      const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
      return { key: p.key, polygons, box };
    });
    const inBox = ([x, y]: Point, [x0, y0, x1, y1]: readonly number[]) =>
      x >= (x0 ?? 0) && x <= (x1 ?? 0) && y >= (y0 ?? 0) && y <= (y1 ?? 0);
    painted.forEach((element, index) => {
      if (element.key.startsWith("echo")) return;
      const samples = element.polygons.flatMap((polygon) => {
        const xs = polygon.map((p) => p[0]);
        const ys = polygon.map((p) => p[1]);
        const out: Point[] = [];
        for (let x = Math.min(...xs); x <= Math.max(...xs); x += 1)
          for (let y = Math.min(...ys); y <= Math.max(...ys); y += 1)
            if (inside([x, y], polygon)) out.push([x, y]);
        return out;
      });
      const later = painted.slice(index + 1);
      const covered = (p: Point) =>
        later.some((o) => inBox(p, o.box) && o.polygons.some((poly) => inside(p, poly)));
      const reachable = samples.filter((p) => !covered(p));
      // At least 8 square units of each bone stay clickable (the smallest bones are ~20).
      expect(reachable.length, element.key).toBeGreaterThanOrEqual(8);
    });
  });
});

describe("skeleton map: statuses read as text and pattern, not colour alone", () => {
  const markup = render();
  const all = buttons(markup);
  const find = (site: string, side?: string) => all.find((b) => b.site === site && b.side === side);

  it("names each bone with its status", () => {
    expect(find("femur", "left")).toMatchObject({ status: "new", label: "Left femur, new lesion" });
    expect(find("femur", "right")).toMatchObject({ status: "none", label: "Right femur, no lesion" });
    expect(find("clavicle", "right")?.label).toBe("Right clavicle, worsened lesion");
    expect(find("tibia", "right")?.label).toBe("Right tibia, stable lesion");
    expect(find("mandible")?.label).toBe("Mandible, resolved lesion");
    // Its caption first (label in name, WCAG 2.5.3), then the full name and status.
    expect(find("rib", "left")?.label).toBe("L rib no. ?: Left rib (number unknown), new lesion");
  });

  it("shows an unpaired site's worst status over every side recorded (D2, D3)", () => {
    expect(find("T7")?.label).toBe("Vertebra T7, worsened lesion");
  });

  it("fills each status with its own pattern, and the legend names them", () => {
    const patterns = Object.fromEntries(
      [...markup.matchAll(/<pattern id="([^"]+)"[^>]*data-pattern="([^"]+)"/g)].map(([, id, kind]) => [
        id?.replace(/^cno-pattern-[a-zA-Z0-9]*-/, ""),
        kind,
      ]),
    );
    expect(patterns).toEqual({
      new: "hatch",
      "persistent-worsened": "dots",
      "persistent-stable": "stripes",
      "persistent-improved": "grid",
      resolved: "plain",
    });
    const femur = markup.match(
      /<g role="button"[^>]*aria-label="Left femur, new lesion"[^>]*>(.*?)<\/g>/,
    )?.[1];
    expect(femur).toMatch(/fill="url\(#cno-pattern-[a-zA-Z0-9]*-new\)"/);
    const mandible = markup.match(/<g role="button"[^>]*data-site="mandible"[^>]*>(.*?)<\/g>/)?.[1];
    expect(mandible).toMatch(/stroke-dasharray="3 2"/);
    const text = markup.replace(/<[^>]+>/g, "");
    for (const name of [
      "new (hatched)",
      "worsened (dotted)",
      "stable (striped)",
      "improved (grid)",
      "resolved (plain",
    ])
      expect(text).toContain(name);
    for (const status of LESION_STATUSES) expect(markup).toContain(`data-status="${status}"`);
  });

  it("lists a paired site recorded without a side instead of guessing one", () => {
    expect(markup).toContain("Side not recorded");
    expect(markup).toContain("Clavicle, side unknown, new lesion");
  });

  it("offers the same choice as a labelled list (equivalent control for small bones)", () => {
    expect(markup).toContain('<optgroup label="Foot">');
    expect(markup).toContain('<option value="talus:right">Right talus, no lesion</option>');
    expect(markup).toContain('<option value="femur:left">Left femur, new lesion</option>');
  });

  it("activates on Enter and Space, like a native button", () => {
    expect(isActivationKey("Enter")).toBe(true);
    expect(isActivationKey(" ")).toBe(true);
    expect(isActivationKey("Tab")).toBe(false);
  });
});

describe("statusMapFromHistories", () => {
  it("maps assessCourse's lesion histories to the map's keys, worst status per key", () => {
    const course = courseSchema.parse({
      patient: {},
      visits: [],
      treatments: [],
      imagingStudies: [
        {
          date: "2024-01-01",
          modality: "whole-body-mri",
          wholeBody: true,
          lesions: [{ site: "femur", side: "left" }, { site: "T5" }, { site: "sternum" }],
        },
        {
          date: "2024-06-01",
          modality: "whole-body-mri",
          wholeBody: true,
          lesions: [{ site: "femur", side: "left", status: "persistent-improved" }, { site: "T5" }],
        },
      ],
    });
    const map = statusMapFromHistories(lesionHistories(course, "2024-07-01"));
    expect(Object.fromEntries(map)).toEqual({
      "femur:left": "persistent-improved",
      "T5:": "persistent-stable",
      "sternum:": "resolved",
    });
    expect(statusOf(map, "femur", "right")).toBeUndefined();
  });
});
