/**
 * What a muscle shape reads off the skin at a surface point: the outward normal (to hang the
 * muscle below the skin) and the skinning influences (so the muscle follows the same bones).
 */
import { triangleCorners } from '../mesh';
import { areaWeightedNormals } from '../mesh/vertexNormals';
import type { SkinMesh, SurfacePoint, Vec3 } from '../types';

/** Four joint indices and four weights per skin vertex, as in a glTF skin. */
export interface SkinInfluences {
  readonly joints: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

/** Influences per vertex, as in a glTF skin. */
export const INFLUENCES_PER_VERTEX = 4;

const normalCache = new WeakMap<SkinMesh, Float32Array>();

/** Area-weighted vertex normals of the skin, pointing out of the body (cached per mesh). */
export function skinVertexNormals(mesh: SkinMesh): Float32Array {
  let normals = normalCache.get(mesh);
  if (normals) return normals;
  normals = areaWeightedNormals(mesh.positions, mesh.indices);
  normalCache.set(mesh, normals);
  return normals;
}

/** The skin's outward unit normal at a surface point (vertex normals blended by the barycentric weights). */
export function skinNormalAt(mesh: SkinMesh, point: SurfacePoint): Vec3 {
  const normals = skinVertexNormals(mesh);
  const corners = triangleCorners(mesh, point.triangle);
  let x = 0, y = 0, z = 0;
  for (let k = 0; k < 3; k++) {
    const w = point.barycentric[k]!;
    const v = corners[k]!;
    x += w * normals[3 * v]!;
    y += w * normals[3 * v + 1]!;
    z += w * normals[3 * v + 2]!;
  }
  const len = Math.hypot(x, y, z) || 1;
  return [x / len, y / len, z / len];
}

/**
 * The influences at a surface point: its corners' joints weighted by corner weight times
 * barycentric weight, the four strongest kept (ties to the lower joint) and renormalised.
 * Writes into `joints` and `weights` at `offset`.
 */
export function blendInfluences(
  mesh: SkinMesh,
  influences: SkinInfluences,
  point: SurfacePoint,
  joints: Uint16Array,
  weights: Float32Array,
  offset: number,
): void {
  const corners = triangleCorners(mesh, point.triangle);
  const ids: number[] = [];
  const sums: number[] = [];
  for (let k = 0; k < 3; k++) {
    const b = point.barycentric[k]!;
    if (b <= 0) continue;
    for (let i = 0; i < INFLUENCES_PER_VERTEX; i++) {
      const w = influences.weights[corners[k]! * INFLUENCES_PER_VERTEX + i]!;
      if (!(w > 0)) continue;
      const joint = influences.joints[corners[k]! * INFLUENCES_PER_VERTEX + i]!;
      const at = ids.indexOf(joint);
      if (at < 0) {
        ids.push(joint);
        sums.push(b * w);
      } else {
        sums[at]! += b * w;
      }
    }
  }
  const order = ids.map((_, i) => i).sort((i, j) => sums[j]! - sums[i]! || ids[i]! - ids[j]!).slice(0, INFLUENCES_PER_VERTEX);
  const total = order.reduce((sum, i) => sum + sums[i]!, 0);
  for (let i = 0; i < INFLUENCES_PER_VERTEX; i++) {
    const from = order[i];
    joints[offset + i] = from === undefined ? 0 : ids[from]!;
    weights[offset + i] = from === undefined || total <= 0 ? (i === 0 && total <= 0 ? 1 : 0) : sums[from]! / total;
  }
}
