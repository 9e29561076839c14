/**
 * The body's skeleton as the core sees it, and linear blend skinning on the CPU: the same sums the
 * GPU does for the drawn body, so what the core places on a posed body (trigger-point marks, paths,
 * picking, props) lies where the skin is drawn.
 *
 * Every bone of the shipped rig has no rest rotation (scripts/body/writeGlb.ts writes joints as
 * translations only), so a bone's local rotation is expressed in the body's own axes.
 */
import type { Vec3 } from '../types';
import { IDENTITY, multiply, rotate, type Quat } from './quat';

/** One bone: name, parent index (-1 for the root) and its head in the rest pose (model space). */
export interface RigBone {
  readonly name: string;
  readonly parent: number;
  readonly head: Vec3;
}

/** The skeleton and the skin's four bone influences per vertex. */
export interface Rig {
  /** Parents come before children. */
  readonly bones: readonly RigBone[];
  readonly joints: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

/** A pose: each bone's local rotation, and where the root's head moves (model space offset). */
export interface BonePose {
  readonly rotations: readonly Quat[];
  readonly rootOffset: Vec3;
}

/** Every bone in its rest orientation. */
export function restPose(rig: Rig): BonePose {
  return { rotations: rig.bones.map(() => IDENTITY), rootOffset: [0, 0, 0] };
}

/** Each bone's world rotation and world head, by forward kinematics. */
export interface BoneFrames {
  readonly rotations: Quat[];
  readonly heads: Vec3[];
}

export function boneFrames(rig: Rig, pose: BonePose): BoneFrames {
  const rotations: Quat[] = [];
  const heads: Vec3[] = [];
  rig.bones.forEach((bone, i) => {
    const local = pose.rotations[i] ?? IDENTITY;
    if (bone.parent < 0) {
      rotations.push(local);
      heads.push([bone.head[0] + pose.rootOffset[0], bone.head[1] + pose.rootOffset[1], bone.head[2] + pose.rootOffset[2]]);
      return;
    }
    const parentRotation = rotations[bone.parent]!;
    const parentHead = heads[bone.parent]!;
    const restParent = rig.bones[bone.parent]!.head;
    const arm = rotate(parentRotation, [bone.head[0] - restParent[0], bone.head[1] - restParent[1], bone.head[2] - restParent[2]]);
    rotations.push(multiply(parentRotation, local));
    heads.push([parentHead[0] + arm[0], parentHead[1] + arm[1], parentHead[2] + arm[2]]);
  });
  return { rotations, heads };
}

/** Per-bone skinning transforms as 3x4 row-major matrices (12 numbers a bone): rest point -> posed point. */
export function skinningMatrices(rig: Rig, frames: BoneFrames): Float64Array {
  const out = new Float64Array(rig.bones.length * 12);
  rig.bones.forEach((bone, b) => {
    const [x, y, z, w] = frames.rotations[b]!;
    const m = [
      1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
      2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
      2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y),
    ];
    const head = bone.head;
    const posed = frames.heads[b]!;
    for (let r = 0; r < 3; r++) {
      out[b * 12 + r * 4] = m[r * 3]!;
      out[b * 12 + r * 4 + 1] = m[r * 3 + 1]!;
      out[b * 12 + r * 4 + 2] = m[r * 3 + 2]!;
      // p' = R (p - head) + posedHead
      out[b * 12 + r * 4 + 3] = posed[r]! - (m[r * 3]! * head[0] + m[r * 3 + 1]! * head[1] + m[r * 3 + 2]! * head[2]);
    }
  });
  return out;
}

/** `point` (rest pose) moved as vertex `vertex`'s skin moves; `linear` leaves out the translation (normals). */
export function skinPoint(rig: Rig, matrices: Float64Array, vertex: number, point: Vec3, linear = false): [number, number, number] {
  let x = 0;
  let y = 0;
  let z = 0;
  for (let k = 0; k < 4; k++) {
    const w = rig.weights[vertex * 4 + k]!;
    if (w === 0) continue;
    const o = rig.joints[vertex * 4 + k]! * 12;
    const t = linear ? 0 : 1;
    x += w * (matrices[o]! * point[0] + matrices[o + 1]! * point[1] + matrices[o + 2]! * point[2] + t * matrices[o + 3]!);
    y += w * (matrices[o + 4]! * point[0] + matrices[o + 5]! * point[1] + matrices[o + 6]! * point[2] + t * matrices[o + 7]!);
    z += w * (matrices[o + 8]! * point[0] + matrices[o + 9]! * point[1] + matrices[o + 10]! * point[2] + t * matrices[o + 11]!);
  }
  return [x, y, z];
}

/** Every rest position (xyz per vertex) skinned into the pose. */
export function skinPositions(rig: Rig, matrices: Float64Array, positions: Float32Array): Float32Array {
  const out = new Float32Array(positions.length);
  for (let v = 0; v < positions.length / 3; v++) {
    const p = skinPoint(rig, matrices, v, [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]);
    out[v * 3] = p[0];
    out[v * 3 + 1] = p[1];
    out[v * 3 + 2] = p[2];
  }
  return out;
}

/** The bone that moves vertex `v` most. */
export function dominantBone(rig: Rig, v: number): number {
  let best = 0;
  let bestWeight = -1;
  for (let k = 0; k < 4; k++) {
    const w = rig.weights[v * 4 + k]!;
    if (w > bestWeight) {
      bestWeight = w;
      best = rig.joints[v * 4 + k]!;
    }
  }
  return best;
}

/** Index of the bone called `name`, or -1. */
export function boneIndex(rig: Rig, name: string): number {
  return rig.bones.findIndex((b) => b.name === name);
}
