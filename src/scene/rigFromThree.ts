/** The core's view of the loaded body's skeleton and skin weights (atlas/pose/rig.ts). */
import { Vector3, type SkinnedMesh } from 'three';
import type { Rig } from '../atlas/pose/rig';

/** Reads bones (rest heads in model space), joints and weights from the skinned body. */
export function rigFromThree(mesh: SkinnedMesh): Rig {
  const bones = mesh.skeleton.bones;
  const head = new Vector3();
  const rig = bones.map((bone) => {
    bone.updateWorldMatrix(true, false);
    head.setFromMatrixPosition(bone.matrixWorld);
    return { name: bone.name, parent: bone.parent ? bones.indexOf(bone.parent as (typeof bones)[number]) : -1, head: [head.x, head.y, head.z] as const };
  });
  const skinIndex = mesh.geometry.getAttribute('skinIndex');
  const skinWeight = mesh.geometry.getAttribute('skinWeight');
  const joints = new Uint8Array(skinIndex.count * 4);
  const weights = new Float32Array(skinWeight.count * 4);
  for (let v = 0; v < skinIndex.count; v++) {
    for (let k = 0; k < 4; k++) {
      joints[v * 4 + k] = skinIndex.getComponent(v, k);
      // getComponent reads normalised bytes as 0-1, as the GPU does.
      weights[v * 4 + k] = skinWeight.getComponent(v, k);
    }
  }
  return { bones: rig, joints, weights };
}

/** The skin's rest normals (model space), unit length. */
export function restNormals(mesh: SkinnedMesh): Float32Array {
  const normal = mesh.geometry.getAttribute('normal');
  const out = new Float32Array(normal.count * 3);
  const n = new Vector3();
  for (let v = 0; v < normal.count; v++) {
    n.fromBufferAttribute(normal, v).normalize();
    out[v * 3] = n.x;
    out[v * 3 + 1] = n.y;
    out[v * 3 + 2] = n.z;
  }
  return out;
}
