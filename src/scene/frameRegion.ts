/**
 * Where to put the camera to show a patch of skin (a trigger point and its zones) from the side
 * it faces: along the patch's mean outward normal, far enough to fit it.
 */
import { Vector3, type SkinnedMesh } from 'three';
import type { MusclePattern } from '../atlas/musclePattern';
import { vertexNormal } from './surfaceFrame';

/** FramingOptions: the camera's vertical field of view and distance limits. */
export interface FramingOptions {
  fovDegrees: number;
  minDistance: number;
  maxDistance: number;
  /** Zone weights below this do not count as part of what must be seen. */
  threshold: number;
  /** Width over height of the view: a portrait phone fits the region across its narrow width. */
  aspect: number;
  /** Smallest radius framed, so a single spot still shows its surroundings (metres). */
  minRadius: number;
  /**
   * Share of the view's height left uncovered by panels, and where that share's centre sits (0 =
   * top, 0.5 = middle): on a phone the muscle sheet covers the lower half, so the region is fitted
   * into the upper part.
   */
  visibleHeight: number;
  visibleCentre: number;
}

/** Defaults of {@link FramingOptions}. */
export const FRAMING_DEFAULTS: FramingOptions = { fovDegrees: 30, minDistance: 0.7, maxDistance: 4.3, threshold: 0.3, aspect: 16 / 9, minRadius: 0.12, visibleHeight: 1, visibleCentre: 0.5 };

/** A camera placement: where it stands and what it looks at. */
export interface Placement {
  position: [number, number, number];
  target: [number, number, number];
}

/** A point of skin to keep in view: its vertex (for the facing), place and weight. */
export interface FramedSpot {
  vertex: number;
  position: Vector3;
  weight: number;
}

/**
 * Camera position and target that show the whole pattern (and the spots `also`), from the side
 * the pattern faces or from the direction `from`; null if it has no points.
 */
export function framePattern(
  mesh: SkinnedMesh,
  bindPositions: Float32Array,
  pattern: MusclePattern,
  overrides: Partial<FramingOptions> = {},
  also: readonly FramedSpot[] = [],
  from?: Vector3,
): Placement | null {
  const threshold = overrides.threshold ?? FRAMING_DEFAULTS.threshold;
  // Trigger points weigh most in which way the view faces.
  const spots: FramedSpot[] = pattern.triggerPoints.map((tp) => ({ vertex: tp.vertex, position: new Vector3(...tp.position), weight: 4 }));
  spots.push(...also);
  const positions = bindPositions;
  for (let v = 0; v < pattern.essential.length; v++) {
    const weight = Math.max(pattern.essential[v]!, pattern.spillover[v]!);
    if (weight >= threshold) spots.push({ vertex: v, position: new Vector3().fromArray(positions, v * 3), weight });
  }
  return frameSpots(mesh, spots, overrides, from ? () => from : undefined);
}

/** Camera position and target that show every spot from the side the skin there faces, or null for none. */
export function frameSpots(mesh: SkinnedMesh, spots: readonly FramedSpot[], overrides: Partial<FramingOptions> = {}, normalOf?: (v: number) => Vector3): Placement | null {
  const options = { ...FRAMING_DEFAULTS, ...overrides };
  const points = spots.map((spot) => spot.position);
  if (points.length === 0) return null;
  const centre = points.reduce((sum, p) => sum.add(p), new Vector3()).divideScalar(points.length);
  const normal = viewDirection(normalOf ?? ((v) => vertexNormal(mesh, v)), spots);
  const radius = Math.max(...points.map((p) => p.distanceTo(centre)), options.minRadius);
  const halfVertical = ((options.fovDegrees / 2) * Math.PI) / 180;
  const tanVisible = Math.tan(halfVertical) * options.visibleHeight;
  const halfFov = Math.min(Math.atan(tanVisible), Math.atan(Math.tan(halfVertical) * options.aspect));
  const distance = Math.min(options.maxDistance, Math.max(options.minDistance, (radius / Math.sin(halfFov)) * 1.15));
  // Slide the camera down (in its own up direction) so the region sits in the visible band.
  const up = new Vector3(0, 1, 0).addScaledVector(normal, -normal.y).normalize();
  const shift = (0.5 - options.visibleCentre) * 2 * distance * Math.tan(halfVertical);
  const target = centre.clone().addScaledVector(up, -shift);
  const position = target.clone().addScaledVector(normal, distance);
  return { position: position.toArray() as Placement['position'], target: target.toArray() as Placement['target'] };
}

/** Spots whose horizontal facings cancel to less than this share of their weight face opposite ways. */
const OPPOSED = 0.2;
/** The camera's elevation stays within these (sine of the angle above the horizontal). */
const LOWEST = -0.3;
const HIGHEST = 0.45;

/**
 * The unit direction to look from: the spots' mean outward facing, seen a little from above but
 * never from far above or below (a patient recognises the body from the front, back or side, not
 * from over the head).
 */
function viewDirection(normalOf: (v: number) => Vector3, spots: readonly FramedSpot[]): Vector3 {
  const sum = new Vector3();
  let weight = 0;
  for (const spot of spots) {
    sum.addScaledVector(normalOf(spot.vertex), spot.weight);
    weight += spot.weight;
  }
  const horizontal = new Vector3(sum.x, 0, sum.z);
  // Spots on the front and the back at once: no single view shows both, so the front view the
  // atlas opens with (the arm would hide a side view's far spots).
  if (horizontal.length() < OPPOSED * weight) horizontal.set(0, 0, 1);
  horizontal.normalize();
  const rise = sum.lengthSq() > 0 ? sum.y / sum.length() : 0;
  const y = Math.max(LOWEST, Math.min(HIGHEST, rise + 0.12));
  return horizontal.multiplyScalar(Math.sqrt(1 - y * y)).setY(y);
}
