/**
 * The skeleton atlas: the one canonical list of bone sites (code system `cno-bone-site`), from
 * docs/clinical/README.md "The skeleton atlas" as amended by D2/D3 (docs/clinical/conventions.md#appendix-for-maintainers) [CONV].
 * Used by the lesion map, the instruments, the API, the exports and every test.
 */
export const REGIONS = [
  "skull-face",
  "spine",
  "sacrum-coccyx",
  "thorax",
  "upper-limb",
  "hand",
  "pelvis",
  "lower-limb",
  "foot",
] as const;
export type Region = (typeof REGIONS)[number];

export const SIDES = ["left", "right", "midline"] as const;
export type Side = (typeof SIDES)[number];

/** Which sides a site accepts, from the README's side column. */
type SideRule = "paired" | "left-right-midline" | "midline-only" | "any";

interface SiteSpec {
  region: Region;
  sides: SideRule;
  label: string;
}

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

const vertebra = (label: string): SiteSpec => ({ region: "spine", sides: "any", label });
const paired = (region: Region, label: string): SiteSpec => ({ region, sides: "paired", label });

const SITE_SPECS = {
  skull: { region: "skull-face", sides: "left-right-midline", label: "Skull" },
  mandible: { region: "skull-face", sides: "left-right-midline", label: "Mandible" },
  maxilla: paired("skull-face", "Maxilla"),
  zygoma: paired("skull-face", "Zygoma"),
  ...Object.fromEntries(range("C", 1, 7).map((id) => [id, vertebra(`Vertebra ${id}`)])),
  ...Object.fromEntries(range("T", 1, 12).map((id) => [id, vertebra(`Vertebra ${id}`)])),
  ...Object.fromEntries(range("L", 1, 5).map((id) => [id, vertebra(`Vertebra ${id}`)])),
  "cervical-vertebra": vertebra("Cervical vertebra (level unknown)"),
  "thoracic-vertebra": vertebra("Thoracic vertebra (level unknown)"),
  "lumbar-vertebra": vertebra("Lumbar vertebra (level unknown)"),
  sacrum: { region: "sacrum-coccyx", sides: "any", label: "Sacrum" },
  coccyx: { region: "sacrum-coccyx", sides: "midline-only", label: "Coccyx" },
  clavicle: paired("thorax", "Clavicle"),
  scapula: paired("thorax", "Scapula"),
  ...Object.fromEntries(range("rib-", 1, 12).map((id) => [id, paired("thorax", `Rib ${id.slice(4)}`)])),
  rib: paired("thorax", "Rib (number unknown)"),
  sternum: { region: "thorax", sides: "midline-only", label: "Sternum" },
  humerus: paired("upper-limb", "Humerus"),
  radius: paired("upper-limb", "Radius"),
  ulna: paired("upper-limb", "Ulna"),
  carpals: paired("hand", "Carpal bones"),
  metacarpals: paired("hand", "Metacarpals"),
  "hand-phalanges": paired("hand", "Phalanges of the hand"),
  ilium: paired("pelvis", "Ilium"),
  ischium: paired("pelvis", "Ischium"),
  pubis: paired("pelvis", "Pubis"),
  "hip-bone": paired("pelvis", "Hip bone (not distinguished)"),
  femur: paired("lower-limb", "Femur"),
  patella: paired("lower-limb", "Patella"),
  tibia: paired("lower-limb", "Tibia"),
  fibula: paired("lower-limb", "Fibula"),
  talus: paired("foot", "Talus"),
  calcaneus: paired("foot", "Calcaneus"),
  navicular: paired("foot", "Navicular"),
  cuboid: paired("foot", "Cuboid"),
  cuneiforms: paired("foot", "Cuneiforms"),
  metatarsals: paired("foot", "Metatarsals"),
  "foot-phalanges": paired("foot", "Phalanges of the foot"),
  tarsals: paired("foot", "Tarsal bones (not distinguished)"),
} as Record<string, SiteSpec>;

export const BONE_SITES = Object.keys(SITE_SPECS) as [string, ...string[]];
export type BoneSite = string;

export const LONG_BONES: ReadonlySet<string> = new Set([
  "humerus",
  "radius",
  "ulna",
  "femur",
  "tibia",
  "fibula",
]);

export function siteSpec(site: BoneSite): SiteSpec | undefined {
  return SITE_SPECS[site];
}

export function regionOf(site: BoneSite): Region {
  const spec = SITE_SPECS[site];
  if (!spec) throw new Error(`Unknown bone site ${site}`);
  return spec.region;
}

/** D2: paired sites are those whose side column is left/right only; every other site is one bone. */
export function isPaired(site: BoneSite): boolean {
  return SITE_SPECS[site]?.sides === "paired";
}

export function allowedSides(site: BoneSite): readonly Side[] {
  switch (SITE_SPECS[site]?.sides) {
    case "paired":
      return ["left", "right"];
    case "midline-only":
      return ["midline"];
    case "left-right-midline":
    case "any":
      return SIDES;
    default:
      return [];
  }
}

/** C/T/L vertebrae, including level-unknown ones (D3: "a level-unknown vertebra is spine for every rule"). */
export function isVertebra(site: BoneSite): boolean {
  return SITE_SPECS[site]?.region === "spine";
}

/** D3: `part` values allowed for a site (vertebrae: body/posterior elements; clavicle: medial/shaft/lateral). */
export function allowedParts(site: BoneSite): readonly string[] {
  if (isVertebra(site)) return ["body", "posterior-elements"];
  if (site === "clavicle") return ["medial", "shaft", "lateral"];
  return [];
}
