/**
 * Exact closest point on a triangle to a point, with its barycentric coordinates
 * (Ericson, Real-Time Collision Detection, 5.1.5: Voronoi regions of the triangle's features).
 */

/** Where the closest point lies, written into a reusable object to keep queries allocation-free. */
export interface ClosestPointResult {
  /** Squared distance from the query point. */
  distanceSquared: number;
  /** Barycentric weights of corners a, b, c. */
  u: number;
  v: number;
  w: number;
}

/** Makes a result object for {@link closestPointOnTriangle}. */
export function createClosestPointResult(): ClosestPointResult {
  return { distanceSquared: Infinity, u: 1, v: 0, w: 0 };
}

/**
 * Closest point of triangle (a, b, c) to p; corners are read from `pos` at vertex indices
 * ia, ib, ic (xyz triples). Writes into `out` and returns it.
 */
export function closestPointOnTriangle(
  px: number, py: number, pz: number,
  pos: ArrayLike<number>, ia: number, ib: number, ic: number,
  out: ClosestPointResult,
): ClosestPointResult {
  const ax = pos[3 * ia]!, ay = pos[3 * ia + 1]!, az = pos[3 * ia + 2]!;
  const abx = pos[3 * ib]! - ax, aby = pos[3 * ib + 1]! - ay, abz = pos[3 * ib + 2]! - az;
  const acx = pos[3 * ic]! - ax, acy = pos[3 * ic + 1]! - ay, acz = pos[3 * ic + 2]! - az;
  const apx = px - ax, apy = py - ay, apz = pz - az;
  let u: number, v: number, w: number;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  if (d1 <= 0 && d2 <= 0) {
    u = 1; v = 0; w = 0;
  } else {
    const bpx = apx - abx, bpy = apy - aby, bpz = apz - abz;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = apx - acx, cpy = apy - acy, cpz = apz - acz;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      u = 0; v = 1; w = 0;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const t = d1 / (d1 - d3);
      u = 1 - t; v = t; w = 0;
    } else if (d6 >= 0 && d5 <= d6) {
      u = 0; v = 0; w = 1;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const t = d2 / (d2 - d6);
      u = 1 - t; v = 0; w = t;
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const t = (d4 - d3) / (d4 - d3 + (d5 - d6));
      u = 0; v = 1 - t; w = t;
    } else {
      const denom = va + vb + vc;
      // A degenerate (zero-area) triangle that reached here: fall back to its first corner.
      if (!(denom > 0)) {
        u = 1; v = 0; w = 0;
      } else {
        v = vb / denom;
        w = vc / denom;
        u = 1 - v - w;
      }
    }
  }
  const qx = ax + v * abx + w * acx - px;
  const qy = ay + v * aby + w * acy - py;
  const qz = az + v * abz + w * acz - pz;
  out.distanceSquared = qx * qx + qy * qy + qz * qz;
  out.u = u;
  out.v = v;
  out.w = w;
  return out;
}
