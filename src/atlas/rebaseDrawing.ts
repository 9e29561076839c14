/**
 * Moving a pain drawing from one body to another. Every body shares the mesh's topology, so a
 * spot keeps its place on the mesh (its triangle and barycentric weights) and only its
 * coordinates are rewritten, read on the new body: the drawing means the same skin on each.
 */
import { nearestSkinPoint, surfacePointPosition } from './mesh';
import { toMillimetres, type DrawingPoint } from './painPoints';
import type { SkinMesh, Vec3 } from './types';

/** The drawing's points as they lie on `to`, having been drawn on `from`. */
export function rebaseDrawing(points: readonly DrawingPoint[], from: SkinMesh, to: SkinMesh): DrawingPoint[] {
  const move = (position: Vec3): Vec3 => toMillimetres(surfacePointPosition(to, nearestSkinPoint(from, position).surface));
  return points.map((point): DrawingPoint => {
    if (point.kind === 'landmark') return point;
    if (point.kind === 'area') return { ...point, samples: point.samples.map(move) };
    const surface = point.surface ?? nearestSkinPoint(from, point.position).surface;
    return { kind: 'point', position: toMillimetres(surfacePointPosition(to, surface)), surface };
  });
}
