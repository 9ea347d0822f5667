/**
 * Arms, hands, legs and feet, drawn for the patient's LEFT side (the map mirrors them). Anatomical
 * position: palms forward, so the radius and thumb are lateral (larger dx). Feet are shown from
 * above, toes down the page, because a front view would hide most tarsal bones behind each other.
 */
import { LAYER, pill, type SiteDrawing } from "./skeleton-drawing.ts";
import { band, ellipse, longBone, type Point, polygon, rays, rect, scaleAbout } from "./skeleton-geometry.ts";

/** Hands and feet are enlarged about the wrist and ankle: their small bones must stay selectable. */
const enlarge = (drawings: SiteDrawing[], origin: Point, k: number): SiteDrawing[] =>
  drawings.map((d) => (d.caption ? d : { ...d, shapes: d.shapes.map((s) => scaleAbout(s, origin, k)) }));

const upperLimb: SiteDrawing[] = [
  {
    site: "humerus",
    layer: LAYER.bone,
    shapes: longBone([90, 202], [104, 316], 12, ellipse(90, 194, 11), ellipse(104, 320, 13, 7)),
  },
  {
    site: "ulna",
    layer: LAYER.bone,
    shapes: longBone([98, 330], [110, 444], 7, ellipse(98, 329, 6, 5), ellipse(110, 446, 5, 4)),
  },
  {
    site: "radius",
    layer: LAYER.bone,
    shapes: longBone([113, 332], [127, 442], 7, ellipse(113, 331, 5, 4), ellipse(127, 446, 8, 5)),
  },
];

const hand: SiteDrawing[] = [
  { site: "carpals", layer: LAYER.bone, shapes: [ellipse(120, 461, 15, 9)] },
  {
    site: "metacarpals",
    layer: LAYER.bone,
    shapes: [
      ...rays(
        [
          [110, 473],
          [116, 473],
          [122, 473],
          [128, 473],
        ],
        [
          [107, 501],
          [115, 502],
          [123, 502],
          [131, 500],
        ],
        4.5,
      ),
      band(
        [
          [134, 467],
          [141, 486],
        ],
        5,
      ),
    ],
  },
  {
    site: "hand-phalanges",
    layer: LAYER.bone,
    shapes: [
      ...rays(
        [
          [107, 505],
          [115, 506],
          [123, 506],
          [131, 504],
        ],
        [
          [105, 530],
          [114, 536],
          [124, 535],
          [133, 528],
        ],
        4.5,
      ),
      band(
        [
          [142, 490],
          [147, 507],
        ],
        4.5,
      ),
    ],
  },
];

const lowerLimb: SiteDrawing[] = [
  {
    site: "femur",
    layer: LAYER.bone,
    shapes: [
      ellipse(58, 452, 9),
      band(
        [
          [58, 452],
          [74, 464],
        ],
        9,
      ),
      ellipse(79, 462, 7, 8),
      ...longBone([74, 466], [58, 634], 13, ellipse(74, 466, 6), ellipse(57, 638, 16, 8)),
    ],
  },
  // The patella lies in front of the knee, so it is painted over the femoral condyles.
  { site: "patella", layer: LAYER.front, shapes: [ellipse(57, 650, 8, 9)] },
  {
    site: "tibia",
    layer: LAYER.bone,
    shapes: longBone([51, 672], [48, 800], 11, ellipse(52, 668, 15, 6), ellipse(45, 803, 7, 5)),
  },
  {
    site: "fibula",
    layer: LAYER.bone,
    shapes: longBone([72, 682], [67, 800], 5, ellipse(73, 678, 5), ellipse(67, 805, 5, 6)),
  },
];

const foot: SiteDrawing[] = [
  { site: "calcaneus", layer: LAYER.behind, shapes: [ellipse(58, 818, 12, 7)] },
  { site: "talus", layer: LAYER.bone, shapes: [ellipse(50, 831, 9, 6)] },
  { site: "cuboid", layer: LAYER.bone, shapes: [polygon([62, 828], [73, 828], [73, 848], [62, 848])] },
  { site: "navicular", layer: LAYER.bone, shapes: [ellipse(48, 842, 9, 4.5)] },
  {
    site: "cuneiforms",
    layer: LAYER.bone,
    shapes: [rect(38, 849, 6.5, 10, 1.5), rect(45.5, 849, 6.5, 10, 1.5), rect(53, 849, 7, 10, 1.5)],
  },
  {
    site: "metatarsals",
    layer: LAYER.bone,
    shapes: rays(
      [
        [40, 862],
        [47, 862],
        [54, 862],
        [63, 851],
        [70, 851],
      ],
      [
        [39, 884],
        [46, 886],
        [54, 886],
        [62, 884],
        [70, 880],
      ],
      5,
    ),
  },
  {
    site: "foot-phalanges",
    layer: LAYER.bone,
    shapes: rays(
      [
        [39, 888],
        [46, 890],
        [54, 890],
        [62, 888],
        [70, 884],
      ],
      [
        [38, 904],
        [46, 904],
        [54, 903],
        [62, 900],
        [70, 895],
      ],
      5,
    ),
  },
  pill("tarsals", 210, 870, 74, "tarsals"),
];

export const LIMB_PAIRED: SiteDrawing[] = [
  ...upperLimb,
  ...enlarge(hand, [120, 452], 1.25),
  ...lowerLimb,
  ...enlarge(foot, [55, 808], 1.35),
];
