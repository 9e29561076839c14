/**
 * Seeds for distance fields that start between vertices: the corners of the triangles that hold
 * a point or a path, each at its straight-line distance to it. Exact within those triangles, so a
 * zone is centred where its anchor snapped, not at the nearest vertex half an edge away.
 */
import type { SkinMesh, SurfacePoint, Vec3 } from '../types';
import type { GeodesicSeed } from './geodesicDistances';
import { surfacePointPosition, triangleCorners } from './surfacePoint';
import type { SkinPath } from './traceSkinPath';

/** Seeds at the three corners of a surface point's triangle, at their distance to the point. */
export function surfacePointSeeds(mesh: SkinMesh, point: SurfacePoint): GeodesicSeed[] {
  const at = surfacePointPosition(mesh, point);
  const seeds = new Map<number, number>();
  for (const c of triangleCorners(mesh, point.triangle)) keepMin(seeds, c, segmentDistance(mesh, c, at, at));
  return sorted(seeds);
}

/** Seeds at the corners of every triangle a skin path crosses, at their distance to its segment there. */
export function skinPathSeeds(mesh: SkinMesh, path: SkinPath): GeodesicSeed[] {
  const seeds = new Map<number, number>([[path.from, 0], [path.to, 0]]);
  path.triangles.forEach((t, i) => {
    const a = path.points[i]!;
    const b = path.points[i + 1]!;
    for (const c of triangleCorners(mesh, t)) keepMin(seeds, c, segmentDistance(mesh, c, a, b));
  });
  return sorted(seeds);
}

function keepMin(seeds: Map<number, number>, v: number, d: number): void {
  const old = seeds.get(v);
  if (old === undefined || d < old) seeds.set(v, d);
}

function sorted(seeds: Map<number, number>): GeodesicSeed[] {
  return [...seeds].sort((x, y) => x[0] - y[0]).map(([vertex, distance]) => ({ vertex, distance }));
}

/** Distance from vertex v to the segment a-b. */
function segmentDistance(mesh: SkinMesh, v: number, a: Vec3, b: Vec3): number {
  const p = mesh.positions;
  const px = p[3 * v]! - a[0], py = p[3 * v + 1]! - a[1], pz = p[3 * v + 2]! - a[2];
  const dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
  const len2 = dx * dx + dy * dy + dz * dz;
  const t = len2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy + pz * dz) / len2)) : 0;
  const qx = px - t * dx, qy = py - t * dy, qz = pz - t * dz;
  return Math.sqrt(qx * qx + qy * qy + qz * qz);
}
