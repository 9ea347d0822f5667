/**
 * Head, thorax and pelvis of the front-view skeleton, drawn for this project (schematic, not
 * traced from any artwork). Coordinates: see skeleton-geometry.ts; paired bones are the patient's left.
 */
import { LAYER, pill, type SiteDrawing } from "./skeleton-drawing.ts";
import { band, curve, ellipse, polygon } from "./skeleton-geometry.ts";

export const AXIAL_UNPAIRED: SiteDrawing[] = [
  // The cranium is painted first so the face bones, drawn over it, take the clicks on the face.
  { site: "skull", layer: LAYER.behind, shapes: [ellipse(0, 60, 42, 48)] },
  {
    site: "mandible",
    layer: LAYER.front,
    shapes: [
      polygon(
        [-36, 82],
        [-33, 104],
        [-20, 118],
        [0, 123],
        [20, 118],
        [33, 104],
        [36, 82],
        [28, 82],
        [26, 100],
        [16, 110],
        [0, 114],
        [-16, 110],
        [-26, 100],
        [-28, 82],
      ),
    ],
  },
  {
    site: "sternum",
    layer: LAYER.front,
    shapes: [
      polygon([-9, 180], [9, 180], [8, 196], [6, 199], [7, 282], [0, 296], [-7, 282], [-6, 199], [-8, 196]),
    ],
  },
  {
    site: "sacrum",
    layer: LAYER.bone,
    shapes: [polygon([-17, 392], [17, 392], [13, 428], [0, 446], [-13, 428])],
  },
  { site: "coccyx", layer: LAYER.bone, shapes: [polygon([-4, 449], [4, 449], [2, 463], [-2, 463])] },
];

/** Rib reach from the midline, rib 1 to rib 12: the cage widens to ribs 7–8, then narrows. */
const RIB_REACH = [30, 40, 48, 54, 58, 61, 62, 62, 60, 56, 48, 38];

const ribs: SiteDrawing[] = RIB_REACH.map((reach, i) => {
  const y = 190 + i * 12;
  return {
    site: `rib-${i + 1}`,
    layer: LAYER.bone,
    shapes: [band(curve([10, y], [reach * 0.65, y - 4], [reach, y + 6]), 7)],
  };
});

export const AXIAL_PAIRED: SiteDrawing[] = [
  { site: "zygoma", layer: LAYER.front, shapes: [ellipse(31, 74, 10, 6)] },
  { site: "maxilla", layer: LAYER.front, shapes: [polygon([3, 80], [20, 80], [21, 92], [3, 97])] },
  // The clavicle lies in front of the first ribs and the scapula; the scapula behind the ribs.
  { site: "clavicle", layer: LAYER.front, shapes: [band(curve([10, 181], [40, 178], [80, 170]), 8)] },
  {
    site: "scapula",
    layer: LAYER.behind,
    shapes: [polygon([56, 184], [82, 174], [88, 184], [76, 198], [68, 252], [58, 238])],
  },
  ...ribs,
  pill("rib", 210, 250, 74, "rib no. ?"),
  {
    site: "ilium",
    layer: LAYER.bone,
    shapes: [
      polygon(
        [18, 392],
        [30, 380],
        [48, 372],
        [68, 376],
        [78, 390],
        [72, 410],
        [64, 428],
        [60, 442],
        [48, 444],
        [38, 440],
        [28, 428],
        [18, 414],
      ),
    ],
  },
  {
    site: "pubis",
    layer: LAYER.bone,
    shapes: [polygon([4, 454], [18, 448], [42, 448], [48, 456], [30, 462], [4, 468])],
  },
  {
    site: "ischium",
    layer: LAYER.bone,
    shapes: [polygon([34, 466], [48, 458], [60, 462], [58, 482], [46, 492], [34, 484])],
  },
  pill("hip-bone", 210, 430, 74, "hip bone"),
];

/** Decoration that is not a site: orbits and nasal aperture make the skull read as a face. */
export const AXIAL_DECOR = [
  ellipse(-15, 58, 10, 8),
  ellipse(15, 58, 10, 8),
  polygon([0, 66], [5, 80], [-5, 80]),
];
