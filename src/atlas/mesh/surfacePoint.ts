/**
 * Reading places on the skin: a `SurfacePoint` (triangle + barycentric weights) to a position,
 * to its nearest corner vertex, and the position of a vertex.
 */
import type { SkinMesh, SurfacePoint, Vec3 } from '../types';
import { triangleCount, vertexCount } from './adjacency';

/** The position of vertex `v`. */
export function vertexPosition(mesh: SkinMesh, v: number): Vec3 {
  if (!(v >= 0 && v < vertexCount(mesh)) || !Number.isInteger(v)) {
    throw new RangeError(`vertex ${v} is not a vertex of the mesh`);
  }
  const p = mesh.positions;
  return [p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!];
}

/** The three corner vertices of triangle `t`. */
export function triangleCorners(mesh: SkinMesh, t: number): readonly [number, number, number] {
  if (!(t >= 0 && t < triangleCount(mesh)) || !Number.isInteger(t)) {
    throw new RangeError(`triangle ${t} is not a triangle of the mesh`);
  }
  const idx = mesh.indices;
  return [idx[3 * t]!, idx[3 * t + 1]!, idx[3 * t + 2]!];
}

/** The model-space position of a surface point (barycentric blend of its triangle's corners). */
export function surfacePointPosition(mesh: SkinMesh, point: SurfacePoint): Vec3 {
  const corners = triangleCorners(mesh, point.triangle);
  const [u, v, w] = point.barycentric;
  const p = mesh.positions;
  const out: [number, number, number] = [0, 0, 0];
  for (let axis = 0; axis < 3; axis++) {
    out[axis] = u * p[3 * corners[0] + axis]! + v * p[3 * corners[1] + axis]! + w * p[3 * corners[2] + axis]!;
  }
  return out;
}

/** The corner of a surface point's triangle with the largest barycentric weight (first on ties). */
export function nearestCorner(mesh: SkinMesh, point: SurfacePoint): number {
  const corners = triangleCorners(mesh, point.triangle);
  const [u, v, w] = point.barycentric;
  if (u >= v && u >= w) return corners[0];
  return v >= w ? corners[1] : corners[2];
}
