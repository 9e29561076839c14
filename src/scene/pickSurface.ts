/**
 * Fast, exact picking on the skin. The drawn body is a skinned, quantised mesh, which three.js
 * raycasts by skinning every vertex per ray; picking instead casts against the core's bind-pose
 * skin through its uniform triangle grid (src/atlas/mesh/raycastSkin.ts), microseconds per ray.
 * The body is shown in its bind pose, so the two agree.
 */
import type { Raycaster } from 'three';
import { prepareRaycastSkin, raycastSkin as castOnSkin } from '../atlas/mesh';
import { modelPoint, type ModelPoint, type SkinMesh, type SurfacePoint } from '../atlas/types';

/** Where a ray meets the skin: its place on the mesh and in the model's frame. */
export interface SkinPick {
  readonly surface: SurfacePoint;
  readonly position: ModelPoint;
}

/** Builds the picking grid ahead of the first tap. */
export function preparePicking(skin: SkinMesh): void {
  prepareRaycastSkin(skin);
}

/** The nearest skin hit along the raycaster's ray, if any. */
export function raycastSkin(raycaster: Raycaster, skin: SkinMesh): SkinPick | undefined {
  const { origin, direction } = raycaster.ray;
  const hit = castOnSkin(skin, [origin.x, origin.y, origin.z], [direction.x, direction.y, direction.z], raycaster.far);
  return hit
    ? { surface: { triangle: hit.triangle, barycentric: hit.barycentric }, position: modelPoint(...hit.point) }
    : undefined;
}
