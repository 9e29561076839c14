/** Placing flat markers on the skin: a point, its outward normal, and the rotation that faces it. */
import { Quaternion, Vector3, type SkinnedMesh } from 'three';

const Z = new Vector3(0, 0, 1);

/** The skin normal at vertex `v` (bind pose). */
export function vertexNormal(mesh: SkinnedMesh, v: number): Vector3 {
  const normal = mesh.geometry.getAttribute('normal');
  return normal ? new Vector3().fromBufferAttribute(normal, v).normalize() : Z.clone();
}

/** Rotation that turns +Z onto `normal`. */
export function facing(normal: Vector3): Quaternion {
  return new Quaternion().setFromUnitVectors(Z, normal);
}
