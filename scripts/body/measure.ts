/**
 * Measuring a built body the way an anthropometrist would read it off the skin, so each build can
 * be checked against plausible adult figures: stature, biacromial breadth, and the trunk's width
 * and depth at the navel (omphalion) and at the hips (trochanterion).
 */
import { resolveLandmarks } from '../../src/atlas/landmarks';
import type { SkinMesh } from '../../src/atlas/types';
import type { Bone, SkinInfluences } from './skeleton';

/** The trunk's cross-section at one height, metres: width (x), depth (z) and tape girth. */
export interface CrossSection {
  readonly height: number;
  readonly width: number;
  readonly depth: number;
  /** The perimeter of the section's convex hull: a tape bridges hollows, as a tape measure does. */
  readonly girth: number;
}

/** The figures of one body, metres. */
export interface BodyMeasurements {
  readonly stature: number;
  readonly biacromial: number;
  readonly waist: CrossSection;
  readonly hips: CrossSection;
}

/** Half the height of the slab of skin a cross-section reads. */
const SLAB_HALF_HEIGHT = 0.01;

// Bones whose skin is the arm, not the trunk: a hanging hand beside the hip is no part of the hips.
const ARM_BONE = /^(upper_arm|forearm|hand|thumb|index|middle|ring|little)_/;

/** For each vertex, whether its strongest joint is an arm bone. */
export function armVertices(influences: SkinInfluences, bones: readonly Bone[]): Uint8Array {
  const count = influences.joints.length / 4;
  const out = new Uint8Array(count);
  for (let v = 0; v < count; v++) {
    // Influences are sorted strongest first (remapInfluences).
    const bone = bones[influences.joints[v * 4]!];
    out[v] = bone && ARM_BONE.test(bone.name) ? 1 : 0;
  }
  return out;
}

/** The perimeter of the convex hull of 2D points (Andrew's monotone chain). */
export function hullPerimeter(points: readonly (readonly [number, number])[]): number {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (sorted.length < 2) return 0;
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const chain = (list: readonly (readonly [number, number])[]) => {
    const out: (readonly [number, number])[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  const hull = [...chain(sorted), ...chain([...sorted].reverse())];
  let perimeter = 0;
  for (let i = 0; i < hull.length; i++) {
    const [a, b] = [hull[i]!, hull[(i + 1) % hull.length]!];
    perimeter += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return perimeter;
}

/** The section of the skin (arms left out) within a centimetre of `height`. */
export function crossSection(positions: Float32Array, isArm: Uint8Array, height: number): CrossSection {
  const points: [number, number][] = [];
  for (let v = 0; v < isArm.length; v++) {
    if (isArm[v] || Math.abs(positions[v * 3 + 1]! - height) > SLAB_HALF_HEIGHT) continue;
    points.push([positions[v * 3]!, positions[v * 3 + 2]!]);
  }
  if (!points.length) throw new Error(`no trunk skin at height ${height}`);
  const xs = points.map((p) => p[0]);
  const zs = points.map((p) => p[1]);
  return {
    height,
    width: Math.max(...xs) - Math.min(...xs),
    depth: Math.max(...zs) - Math.min(...zs),
    girth: hullPerimeter(points),
  };
}

/** Stature, biacromial breadth and the waist and hip sections of a body in metres, feet on y = 0. */
export function measureBody(mesh: SkinMesh, isArm: Uint8Array): BodyMeasurements {
  let stature = 0;
  for (let v = 1; v < mesh.positions.length; v += 3) stature = Math.max(stature, mesh.positions[v]!);
  const landmarks = resolveLandmarks(mesh);
  const at = (name: 'omphalion' | 'trochanterion_r' | 'acromion_l' | 'acromion_r') => {
    const landmark = landmarks.get(name);
    if (!landmark) throw new Error(`no landmark ${name}`);
    return landmark.position;
  };
  return {
    stature,
    biacromial: Math.abs(at('acromion_l')[0] - at('acromion_r')[0]),
    waist: crossSection(mesh.positions, isArm, at('omphalion')[1]),
    hips: crossSection(mesh.positions, isArm, at('trochanterion_r')[1]),
  };
}
