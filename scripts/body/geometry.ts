/** Geometry steps of the body build: triangulation, normals, mirror map, joint positions. */
import { areaWeightedNormals } from '../../src/atlas/mesh/vertexNormals';

/** Splits quads (a b c d) into triangles (a b c) (a c d). */
export function triangulateQuads(quads: Uint32Array): Uint32Array {
  const triangles = new Uint32Array((quads.length / 4) * 6);
  for (let q = 0, t = 0; q < quads.length; q += 4, t += 6) {
    const [a, b, c, d] = [quads[q]!, quads[q + 1]!, quads[q + 2]!, quads[q + 3]!];
    triangles.set([a, b, c, a, c, d], t);
  }
  return triangles;
}

/** Area-weighted smooth vertex normals; the mesh is welded, so they are smooth everywhere. */
export function vertexNormals(positions: Float32Array, triangles: Uint32Array): Float32Array {
  return areaWeightedNormals(positions, triangles);
}

/**
 * For each vertex, the vertex at its mirror image (x negated). The MakeHuman base mesh is built
 * symmetric, so every twin exists; a vertex farther than `tolerance` from any twin is an error.
 */
export function mirrorMap(positions: Float32Array, tolerance: number): Uint32Array {
  const count = positions.length / 3;
  const cell = tolerance * 4;
  const key = (x: number, y: number, z: number) =>
    `${Math.round(x / cell)},${Math.round(y / cell)},${Math.round(z / cell)}`;
  const grid = new Map<string, number[]>();
  for (let v = 0; v < count; v++) {
    const k = key(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
    grid.set(k, [...(grid.get(k) ?? []), v]);
  }
  const mirror = new Uint32Array(count);
  for (let v = 0; v < count; v++) {
    const [x, y, z] = [-positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!];
    let best = -1;
    let bestDistance = Infinity;
    const [cx, cy, cz] = [Math.round(x / cell), Math.round(y / cell), Math.round(z / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const w of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            const d = Math.hypot(positions[w * 3]! - x, positions[w * 3 + 1]! - y, positions[w * 3 + 2]! - z);
            if (d < bestDistance) [best, bestDistance] = [w, d];
          }
    if (best < 0 || bestDistance > tolerance) throw new Error(`vertex ${v} has no mirror twin`);
    mirror[v] = best;
  }
  return mirror;
}

/** The centroid of the listed vertices. */
export function centroid(positions: ArrayLike<number>, ids: readonly number[]): [number, number, number] {
  const sum: [number, number, number] = [0, 0, 0];
  for (const id of ids) for (let k = 0; k < 3; k++) sum[k] = sum[k]! + positions[id * 3 + k]!;
  return sum.map((s) => s / ids.length) as [number, number, number];
}

/**
 * Makes every vertex the exact mirror image of its twin (`mirror`, from the symmetric base mesh)
 * by averaging each pair, in place; the first `count` xyz triples only. A few shipped MakeHuman
 * macro targets are slightly lopsided (universal-male-young-maxmuscle-averageweight moves 76 thigh
 * vertices up to 3.3 mm unevenly), which would break the body's mirror map and its mirrored
 * landmarks. A body that is already symmetric keeps every value bit for bit.
 */
export function symmetrize(positions: Float64Array, mirror: Uint32Array, count: number): void {
  for (let v = 0; v < count; v++) {
    const w = mirror[v]!;
    if (w < v) continue;
    const [a, b] = [v * 3, w * 3];
    // Exact for a symmetric pair: (x - -x) / 2 and (y + y) / 2 give back x and y.
    const x = (positions[a]! - positions[b]!) / 2;
    const y = (positions[a + 1]! + positions[b + 1]!) / 2;
    const z = (positions[a + 2]! + positions[b + 2]!) / 2;
    if (w === v) {
      if (positions[a] !== 0) positions[a] = 0;
      continue;
    }
    [positions[a], positions[a + 1], positions[a + 2]] = [x, y, z];
    [positions[b], positions[b + 1], positions[b + 2]] = [-x, y, z];
  }
}
