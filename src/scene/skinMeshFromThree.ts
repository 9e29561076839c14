/** Turning the loaded three.js body into the core's `SkinMesh` (bind pose, model space). */
import { Matrix4, type SkinnedMesh } from 'three';
import { applyBindPose, bindPoseMatrix } from '../atlas/mesh';
import type { SkinMesh } from '../atlas/types';

/** The matrix from the body's stored positions to bind-pose model space (see atlas/mesh/bindPose.ts). */
export function bodyBindPose(body: SkinnedMesh): Matrix4 {
  const bone = body.skeleton.bones[0];
  const inverse = body.skeleton.boneInverses[0];
  if (!bone || !inverse) return new Matrix4();
  bone.updateWorldMatrix(true, false);
  return new Matrix4().fromArray(bindPoseMatrix(bone.matrixWorld.elements, inverse.elements));
}

/** Reads bind-pose positions, triangles and the mirror map from the skinned body. */
export function skinMeshFromThree(body: SkinnedMesh): SkinMesh {
  const geometry = body.geometry;
  const position = geometry.getAttribute('position');
  const mirror = geometry.getAttribute('_mirror');
  const index = geometry.getIndex();
  if (!position || !mirror || !index) throw new Error('The body model lacks positions, mirror map or indices.');
  const positions = applyBindPose(
    position.count,
    (v, out) => {
      out[0] = position.getX(v);
      out[1] = position.getY(v);
      out[2] = position.getZ(v);
    },
    bodyBindPose(body).elements,
  );
  const mirrorIds = new Uint32Array(mirror.count);
  for (let i = 0; i < mirror.count; i++) mirrorIds[i] = mirror.getX(i);
  return { positions, indices: Uint32Array.from(index.array), mirror: mirrorIds };
}
