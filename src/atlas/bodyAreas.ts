/**
 * Coarse body areas for safety advice: which red flags a pain drawing calls for. A spot belongs to
 * the area of its landmark, or of the nearest landmark when it is a tap, a coordinate or a painted
 * area. Plain TypeScript, shared by the CLI and the app.
 */
import { ALL_LANDMARK_IDS, type LandmarkId, type SidedLandmarkBase, type MidlineLandmark } from './landmarkNames';
import type { Vec3 } from './types';

/** The areas red flags are grouped by, head to foot. */
export const BODY_AREAS = ['head', 'neck', 'chest', 'abdomen', 'back', 'upper-limb', 'lower-limb'] as const;
/** See {@link BODY_AREAS}. */
export type BodyArea = (typeof BODY_AREAS)[number];

type LandmarkBase = MidlineLandmark | SidedLandmarkBase;

// Scapular landmarks count as the back (thoracic pain), the shoulder joint as the upper limb,
// the groin as the abdomen (hernia, testis) and the buttock and hip as the lower limb.
const AREA_OF_BASE: Readonly<Record<LandmarkBase, BodyArea>> = {
  vertex: 'head', glabella: 'head', inion: 'head', menton: 'head', supraorbital: 'head', temple: 'head',
  tragion: 'head', tmj: 'head', mastoid: 'head', zygion: 'head', upper_molars: 'head', gonion: 'head',
  lower_molars: 'head', forehead: 'head', suboccipital: 'neck',
  cervicale: 'neck', suprasternale: 'neck', neck_base: 'neck',
  clavicle_mid: 'chest', chest: 'chest', thelion: 'chest', xiphoid: 'chest',
  omphalion: 'abdomen', lower_abdomen: 'abdomen', groin: 'abdomen',
  scapula_superior_angle: 'back', scapula_spine_root: 'back', scapula_inferior_angle: 'back',
  infraspinous_fossa: 'back', t12: 'back', l3: 'back', l5: 'back', sacrum: 'back', coccyx: 'back',
  psis: 'back', iliac_crest_posterior: 'back', iliocristale: 'back',
  acromion: 'upper-limb', deltoid: 'upper-limb', shoulder_front: 'upper-limb', shoulder_back: 'upper-limb',
  lateral_epicondyle: 'upper-limb', medial_epicondyle: 'upper-limb', olecranon: 'upper-limb',
  radial_styloid: 'upper-limb', thenar: 'upper-limb', thumb: 'upper-limb', dactylion: 'upper-limb',
  little_finger: 'upper-limb',
  asis: 'lower-limb', trochanterion: 'lower-limb', buttock: 'lower-limb', ischial_tuberosity: 'lower-limb',
  thigh_lateral: 'lower-limb', thigh_anterior: 'lower-limb', thigh_posterior: 'lower-limb', patella: 'lower-limb',
  popliteal: 'lower-limb', fibular_head: 'lower-limb', calf: 'lower-limb', shin: 'lower-limb',
  lateral_malleolus: 'lower-limb', medial_malleolus: 'lower-limb', achilles: 'lower-limb', heel: 'lower-limb',
  instep: 'lower-limb', foot_dorsum: 'lower-limb', hallux: 'lower-limb',
};

/** The body area of a landmark. */
export function bodyAreaOfLandmark(id: LandmarkId): BodyArea {
  return AREA_OF_BASE[id.replace(/_[lr]$/, '') as LandmarkBase];
}

/** The landmark nearest to a point (straight-line distance in the rest pose). */
export function nearestLandmark(point: Vec3, landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>): LandmarkId | undefined {
  let best: LandmarkId | undefined;
  let bestDistance = Infinity;
  for (const id of ALL_LANDMARK_IDS) {
    const p = landmarks.get(id)?.position;
    if (!p) continue;
    const d = (p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2 + (p[2] - point[2]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return best;
}

/** A drawing's spot as the areas need it: its landmark when it is one, else where it lies. */
export interface LocatedSpot {
  readonly landmark?: LandmarkId;
  readonly position: Vec3;
}

/** The body areas a drawing touches, in {@link BODY_AREAS} order. */
export function bodyAreasOfDrawing(
  spots: readonly LocatedSpot[],
  landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>,
): BodyArea[] {
  const touched = new Set<BodyArea>();
  for (const spot of spots) {
    const id = spot.landmark ?? nearestLandmark(spot.position, landmarks);
    if (id) touched.add(bodyAreaOfLandmark(id));
  }
  return BODY_AREAS.filter((area) => touched.has(area));
}
