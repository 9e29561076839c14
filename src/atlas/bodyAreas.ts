/**
 * Coarse body areas for safety advice: which red flags a pain drawing calls for, from the region
 * table. A spot belongs to the area of its landmark, or of the nearest landmark when it is a tap,
 * a coordinate or a painted area. Plain TypeScript, shared by the CLI and the app.
 */
import { ALL_LANDMARK_IDS, type LandmarkId } from './landmarkNames';
import { BODY_REGIONS, heartMimicOfLandmark, regionOfLandmark, type BodyRegion, type HeartMimic } from './bodyRegions';
import type { Vec3 } from './types';

/** The areas red flags are grouped by, head to foot. */
export const BODY_AREAS = ['head', 'neck', 'chest', 'abdomen', 'back', 'upper-limb', 'lower-limb'] as const;
/** See {@link BODY_AREAS}. */
export type BodyArea = (typeof BODY_AREAS)[number];

// Each region's red flags: the scapulae and the spine count as the back (thoracic pain), the
// shoulder joint as the upper limb, the groin and pelvis as the abdomen (hernia, testis), the
// buttock and hip as the lower limb.
const AREA_OF_REGION: Readonly<Record<BodyRegion, BodyArea>> = {
  head: 'head', neck: 'neck', shoulder: 'upper-limb', 'upper-back': 'back', chest: 'chest', arm: 'upper-limb',
  forearm: 'upper-limb', hand: 'upper-limb', abdomen: 'abdomen', 'lower-back': 'back', hip: 'lower-limb',
  pelvis: 'abdomen', thigh: 'lower-limb', knee: 'lower-limb', leg: 'lower-limb', foot: 'lower-limb',
};

/** The body area of a landmark. */
export function bodyAreaOfLandmark(id: LandmarkId): BodyArea {
  return AREA_OF_REGION[regionOfLandmark(id)];
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

/** The landmark of each spot: its own, or the nearest one. */
export function landmarksOfDrawing(spots: readonly LocatedSpot[], landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>): LandmarkId[] {
  return spots.flatMap((spot) => {
    const id = spot.landmark ?? nearestLandmark(spot.position, landmarks);
    return id ? [id] : [];
  });
}

/** The body areas a drawing touches, in {@link BODY_AREAS} order. */
export function bodyAreasOfDrawing(
  spots: readonly LocatedSpot[],
  landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>,
): BodyArea[] {
  return areasOf(landmarksOfDrawing(spots, landmarks));
}

function areasOf(ids: readonly LandmarkId[]): BodyArea[] {
  const touched = new Set(ids.map(bodyAreaOfLandmark));
  return BODY_AREAS.filter((area) => touched.has(area));
}

/**
 * Where red flags can belong: a coarse body area, a region of the region table, or a place where
 * heart pain can pass for something else (the jaw, the upper belly). Region and area names that
 * coincide mean the same place.
 */
export type RedFlagPlace = BodyArea | BodyRegion | HeartMimic;

/** What a drawing touches: its body areas (for the words) and every place its red flags belong to. */
export interface DrawingPlaces {
  readonly areas: readonly BodyArea[];
  readonly places: readonly RedFlagPlace[];
}

/** The areas and places of a drawing, each spot placed once. */
export function placesOfDrawing(
  spots: readonly LocatedSpot[],
  landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>,
): DrawingPlaces {
  const ids = landmarksOfDrawing(spots, landmarks);
  const areas = areasOf(ids);
  const regions = new Set(ids.map(regionOfLandmark));
  const mimics = new Set(ids.flatMap((id) => heartMimicOfLandmark(id) ?? []));
  return { areas, places: [...new Set<RedFlagPlace>([...areas, ...BODY_REGIONS.filter((r) => regions.has(r)), ...mimics])] };
}
