/** Turning the loaded three.js body into the core's `SkinMesh` (bind pose, model space). */
import { Matrix4, Vector3, type SkinnedMesh } from 'three';
import type { SkinMesh } from '../atlas/types';

/**
 * Reads bind-pose positions from the skinned body. Quantisation folded the position scale into the
 * inverse bind matrices, so `bone.matrixWorld * boneInverse` of any bone in the bind pose maps
 * stored positions to model space.
 */
export function skinMeshFromThree(body: SkinnedMesh): SkinMesh {
  const geometry = body.geometry;
  const position = geometry.getAttribute('position');
  const mirror = geometry.getAttribute('_mirror');
  const index = geometry.getIndex();
  if (!position || !mirror || !index) throw new Error('The body model lacks positions, mirror map or indices.');
  const bone = body.skeleton.bones[0];
  const inverse = body.skeleton.boneInverses[0];
  const matrix = new Matrix4();
  if (bone && inverse) {
    bone.updateWorldMatrix(true, false);
    matrix.multiplyMatrices(bone.matrixWorld, inverse);
  }
  const positions = new Float32Array(position.count * 3);
  const v = new Vector3();
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(matrix);
    positions.set([v.x, v.y, v.z], i * 3);
  }
  const mirrorIds = new Uint32Array(mirror.count);
  for (let i = 0; i < mirror.count; i++) mirrorIds[i] = mirror.getX(i);
  return { positions, indices: Uint32Array.from(index.array), mirror: mirrorIds };
}
