/**
 * Fast, exact picking on the skin. The drawn body is a skinned, quantised mesh, which three.js
 * raycasts by skinning every vertex per ray; picking instead uses a plain mesh of the bind-pose
 * skin (the same vertices and triangles, in model space) with a bounding-volume hierarchy
 * (three-mesh-bvh), so a ray costs microseconds. The body is shown in its bind pose, so the two agree.
 */
import { BufferAttribute, BufferGeometry, Mesh, MeshBasicMaterial, type Intersection, type Raycaster } from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import type { SkinMesh } from '../atlas/types';

const cache = new WeakMap<SkinMesh, Mesh>();

/** The invisible pick mesh of a skin, built (with its BVH) once. */
export function pickMeshOf(skin: SkinMesh): Mesh {
  let mesh = cache.get(skin);
  if (!mesh) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(skin.positions, 3));
    geometry.setIndex(new BufferAttribute(skin.indices, 1));
    // drei ships an older three-mesh-bvh whose type augmentation of BufferGeometry clashes with
    // ours; the runtime property is the same.
    (geometry as unknown as { boundsTree: MeshBVH }).boundsTree = new MeshBVH(geometry);
    mesh = new Mesh(geometry, new MeshBasicMaterial());
    mesh.raycast = acceleratedRaycast as Mesh['raycast'];
    mesh.updateMatrixWorld(true);
    cache.set(skin, mesh);
  }
  return mesh;
}

/** The nearest skin hit along the raycaster's ray, if any. */
export function raycastSkin(raycaster: Raycaster, skin: SkinMesh): Intersection | undefined {
  raycaster.firstHitOnly = true;
  return raycaster.intersectObject(pickMeshOf(skin), false)[0];
}
