/**
 * Fast, exact picking on the skin. The drawn body is a skinned, quantised mesh, which three.js
 * raycasts by skinning every vertex per ray; picking instead casts against the core's bind-pose
 * skin through its uniform triangle grid (src/atlas/mesh/raycastSkin.ts), microseconds per ray.
 * The body is shown in its bind pose, so the two agree.
 */
import { Vector3, type Raycaster } from 'three';
import { prepareRaycastSkin, raycastSkin as castOnSkin } from '../atlas/mesh';
import type { SkinMesh } from '../atlas/types';

/** Builds the picking grid ahead of the first tap. */
export function preparePicking(skin: SkinMesh): void {
  prepareRaycastSkin(skin);
}

/** The nearest skin hit along the raycaster's ray, if any. */
export function raycastSkin(raycaster: Raycaster, skin: SkinMesh): { point: Vector3; triangle: number } | undefined {
  const { origin, direction } = raycaster.ray;
  const hit = castOnSkin(skin, [origin.x, origin.y, origin.z], [direction.x, direction.y, direction.z], raycaster.far);
  return hit ? { point: new Vector3(...hit.point), triangle: hit.triangle } : undefined;
}
