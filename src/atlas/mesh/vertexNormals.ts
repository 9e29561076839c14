/**
 * Area-weighted vertex normals of a triangle mesh: the body build writes them into the model and
 * the core's shape generator reads them off the skin, so both use this one definition.
 */

/** Unit normal per vertex (xyz), summed over its triangles weighted by their area, in float64. */
export function areaWeightedNormals(positions: ArrayLike<number>, triangles: ArrayLike<number>): Float32Array {
  const sums = new Float64Array(positions.length);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]! * 3, b = triangles[t + 1]! * 3, c = triangles[t + 2]! * 3;
    const e1x = positions[b]! - positions[a]!, e1y = positions[b + 1]! - positions[a + 1]!, e1z = positions[b + 2]! - positions[a + 2]!;
    const e2x = positions[c]! - positions[a]!, e2y = positions[c + 1]! - positions[a + 1]!, e2z = positions[c + 2]! - positions[a + 2]!;
    // The cross product's length is twice the area: summing it weights each face by its area.
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
    for (const v of [a, b, c]) {
      sums[v]! += nx;
      sums[v + 1]! += ny;
      sums[v + 2]! += nz;
    }
  }
  const out = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    const len = Math.hypot(sums[v]!, sums[v + 1]!, sums[v + 2]!) || 1;
    for (let k = 0; k < 3; k++) out[v + k] = sums[v + k]! / len;
  }
  return out;
}
