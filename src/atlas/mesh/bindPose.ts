/**
 * The bind-pose reading of the body model, shared by Node (glTF-Transform) and the browser
 * (three.js): quantisation folds the positions' scale and offset into the inverse bind matrices,
 * so in the bind pose every joint's `world * inverseBind` is one matrix, which maps stored
 * positions to model space. Matrices are column-major 4x4, as in glTF and three.js.
 */

/** `jointWorld * inverseBind` of any joint of the skin: stored positions to model space. */
export function bindPoseMatrix(jointWorld: ArrayLike<number>, inverseBind: ArrayLike<number>): Float64Array {
  const out = new Float64Array(16);
  for (let col = 0; col < 4; col++)
    for (let row = 0; row < 4; row++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += jointWorld[k * 4 + row]! * inverseBind[col * 4 + k]!;
      out[col * 4 + row] = sum;
    }
  return out;
}

/** Stored positions (xyz per vertex, read by `at`) mapped by `matrix` into a new array. */
export function applyBindPose(count: number, at: (vertex: number, out: number[]) => void, matrix: ArrayLike<number>): Float32Array {
  const m = matrix;
  const positions = new Float32Array(count * 3);
  const p = [0, 0, 0];
  for (let v = 0; v < count; v++) {
    at(v, p);
    const x = p[0]!, y = p[1]!, z = p[2]!;
    positions[v * 3] = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
    positions[v * 3 + 1] = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
    positions[v * 3 + 2] = m[2]! * x + m[6]! * y + m[10]! * z + m[14]!;
  }
  return positions;
}
