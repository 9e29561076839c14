/**
 * Fast, exact picking on the skin. The drawn body is a skinned, quantised mesh, which three.js
 * raycasts by skinning every vertex per ray; picking instead casts against the core's bind-pose
 * skin through its uniform triangle grid (src/atlas/mesh/raycastSkin.ts), microseconds per ray.
 * In a self-care pose the ray is cast against the posed skin instead (same triangles: the hit names
 * the same place on the body), and the point is given back in the rest pose, where the atlas reads
 * every coordinate.
 */
import type { Raycaster } from 'three';
import { prepareNearestSkinPointSlice, prepareRaycastSkinStep, raycastSkin as castOnSkin } from '../atlas/mesh';
import { modelPoint, type ModelPoint, type SkinMesh, type SurfacePoint } from '../atlas/types';

/** Where a ray meets the skin: its place on the mesh and in the model's frame. */
export interface SkinPick {
  readonly surface: SurfacePoint;
  readonly position: ModelPoint;
}

/** Longest slice of preparation per idle task, ms: well under a long task (50 ms). */
const SLICE_MS = 8;

/**
 * Builds the picking grid when the browser is idle, ahead of the first tap, a pass per idle task
 * (the whole build in one task was 70-130 ms here), and then, a slice at a time, what snapping a
 * painted stroke to the skin needs (the grid's empty radii), so neither the first tap nor the
 * first stroke waits for them. A tap that comes sooner finishes the build itself. Returns a cancel.
 */
export function preparePickingWhenIdle(skin: SkinMesh): () => void {
  let cancel = () => {};
  const later = (work: () => void) => {
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(work, { timeout: 2000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const timer = setTimeout(work, 50);
      cancel = () => clearTimeout(timer);
    }
  };
  const snapping = () => {
    if (!prepareNearestSkinPointSlice(skin, SLICE_MS)) later(snapping);
  };
  const gridStep = () => later(prepareRaycastSkinStep(skin) ? snapping : gridStep);
  later(gridStep);
  return () => cancel();
}

/** The nearest skin hit along the raycaster's ray, if any; `posed` is the skin as drawn when posed. */
export function raycastSkin(raycaster: Raycaster, skin: SkinMesh, posed?: SkinMesh): SkinPick | undefined {
  const { origin, direction } = raycaster.ray;
  const hit = castOnSkin(posed ?? skin, [origin.x, origin.y, origin.z], [direction.x, direction.y, direction.z], raycaster.far);
  if (!hit) return undefined;
  const surface = { triangle: hit.triangle, barycentric: hit.barycentric };
  return { surface, position: posed ? restPoint(skin, surface) : modelPoint(...hit.point) };
}

/** Where a place on the skin lies in the rest pose. */
function restPoint(skin: SkinMesh, { triangle, barycentric }: SurfacePoint): ModelPoint {
  const p = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    const v = skin.indices[triangle * 3 + k]!;
    for (let c = 0; c < 3; c++) p[c] = p[c]! + barycentric[k]! * skin.positions[v * 3 + c]!;
  }
  return modelPoint(p[0]!, p[1]!, p[2]!);
}
