/**
 * The shortest path over the skin between two vertices as a smooth polyline: gradient descent
 * through the triangles of the target's geodesic distance field (linear in each triangle), from
 * the start vertex down to the target. A chain of mesh edges would be a staircase (often an L
 * among equally short ones) wherever no edge runs the right way; this path crosses triangles.
 * If the descent ever stalls (a flat or degenerate spot), the leg falls back to the edge chain.
 */
import type { SkinMesh, Vec3 } from '../types';
import { triangleCount, triangleNeighbours, vertexTriangles } from './adjacency';
import { geodesicDistances } from './geodesicDistances';
import { shortestEdgePath } from './shortestEdgePath';

/** How far beyond the start the target's distance field is swept (metres, several edges of a body mesh). */
const TRACE_MARGIN = 0.05;

/** A polyline on the skin: segment i runs from `points[i]` to `points[i + 1]` inside `triangles[i]`. */
export interface SkinPath {
  readonly points: readonly Vec3[];
  readonly triangles: readonly number[];
  /** The vertices it starts and ends at. */
  readonly from: number;
  readonly to: number;
}

/** The shortest skin path from vertex `from` to vertex `to`; throws if they share no skin. */
export function traceSkinPath(mesh: SkinMesh, from: number, to: number): SkinPath {
  // The descent only visits vertices nearer the target than `from`, and the corners of the
  // triangles around them: a margin of a few edges beyond it is enough.
  const field = geodesicDistances(mesh, [to], { stopAt: from, stopMargin: TRACE_MARGIN });
  if (field[from] === undefined || field[from] === Infinity) {
    throw new Error(`no skin path joins vertex ${from} to vertex ${to} (separate skin parts)`);
  }
  const traced = descend(mesh, field, from, to);
  if (traced) return traced;
  const chain = shortestEdgePath(mesh, from, to);
  const triangles = chain.slice(1).map((w, k) => triangleWithEdge(mesh, chain[k]!, w));
  return { points: chain.map((v) => position(mesh, v)), triangles, from, to };
}

/** The shortest skin path through `waypoints` (vertices) in order, legs joined end to end. */
export function traceSkinPathThrough(mesh: SkinMesh, waypoints: readonly number[]): SkinPath {
  const first = waypoints[0];
  if (first === undefined) throw new Error('a skin path needs at least one waypoint');
  const points: Vec3[] = [position(mesh, first)];
  const triangles: number[] = [];
  for (let i = 1; i < waypoints.length; i++) {
    const leg = traceSkinPath(mesh, waypoints[i - 1]!, waypoints[i]!);
    points.push(...leg.points.slice(1));
    triangles.push(...leg.triangles);
  }
  return { points, triangles, from: first, to: waypoints[waypoints.length - 1]! };
}

function position(mesh: SkinMesh, v: number): Vec3 {
  return [mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!];
}

function triangleWithEdge(mesh: SkinMesh, v: number, w: number): number {
  const vt = vertexTriangles(mesh);
  for (let s = vt.offsets[v]!; s < vt.offsets[v + 1]!; s++) {
    const t = vt.items[s]!;
    if (mesh.indices[3 * t] === w || mesh.indices[3 * t + 1] === w || mesh.indices[3 * t + 2] === w) return t;
  }
  throw new Error(`vertices ${v} and ${w} share no triangle`);
}

/**
 * Barycentric velocity of steepest descent of the linear interpolant of `field` over triangle t
 * (sums to 0), written into `out`; returns the squared slope, or 0 if flat, degenerate or unknown.
 */
function descent(mesh: SkinMesh, field: Float32Array, t: number, out: number[]): number {
  const p = mesh.positions;
  const c0 = mesh.indices[3 * t]!, c1 = mesh.indices[3 * t + 1]!, c2 = mesh.indices[3 * t + 2]!;
  const f0 = field[c0]!, df1 = field[c1]! - f0, df2 = field[c2]! - f0;
  if (!Number.isFinite(f0 + df1 + df2)) return 0;
  const e1x = p[3 * c1]! - p[3 * c0]!, e1y = p[3 * c1 + 1]! - p[3 * c0 + 1]!, e1z = p[3 * c1 + 2]! - p[3 * c0 + 2]!;
  const e2x = p[3 * c2]! - p[3 * c0]!, e2y = p[3 * c2 + 1]! - p[3 * c0 + 1]!, e2z = p[3 * c2 + 2]! - p[3 * c0 + 2]!;
  const g11 = e1x * e1x + e1y * e1y + e1z * e1z;
  const g12 = e1x * e2x + e1y * e2y + e1z * e2z;
  const g22 = e2x * e2x + e2y * e2y + e2z * e2z;
  const det = g11 * g22 - g12 * g12;
  if (!(det > 1e-12 * g11 * g22)) return 0;
  // The gradient is alpha * e1 + beta * e2 with gradient . e1 = df1 and gradient . e2 = df2.
  const alpha = (g22 * df1 - g12 * df2) / det;
  const beta = (g11 * df2 - g12 * df1) / det;
  out[0] = alpha + beta;
  out[1] = -alpha;
  out[2] = -beta;
  return alpha * df1 + beta * df2;
}

function descend(mesh: SkinMesh, field: Float32Array, from: number, to: number): SkinPath | undefined {
  const idx = mesh.indices;
  const vt = vertexTriangles(mesh);
  const across = triangleNeighbours(mesh);
  const points: Vec3[] = [position(mesh, from)];
  const triangles: number[] = [];
  const rate = [0, 0, 0];
  const lam = [0, 0, 0];
  let vertex = from;
  let tri = -1;
  const corner = (t: number, k: number): number => idx[3 * t + k]!;
  const toVertex = (v: number, t: number): void => {
    points.push(position(mesh, v));
    triangles.push(t);
    vertex = v;
    tri = -1;
  };
  for (let step = 0, cap = 4 * triangleCount(mesh) + 16; step < cap; step++) {
    if (tri < 0) {
      if (vertex === to) return { points, triangles, from, to };
      // Enter the triangle around the vertex into which the descent points most steeply.
      let best = -1, bestSlope = 0, bestK = 0;
      for (let s = vt.offsets[vertex]!; s < vt.offsets[vertex + 1]!; s++) {
        const t = vt.items[s]!;
        const slope = descent(mesh, field, t, rate);
        const k = corner(t, 0) === vertex ? 0 : corner(t, 1) === vertex ? 1 : 2;
        if (slope > bestSlope && rate[k]! < 0 && rate[(k + 1) % 3]! >= 0 && rate[(k + 2) % 3]! >= 0) {
          best = t; bestSlope = slope; bestK = k;
        }
      }
      if (best >= 0) {
        tri = best;
        lam[0] = 0; lam[1] = 0; lam[2] = 0; lam[bestK] = 1;
        continue;
      }
      // No triangle opens downhill: follow the steepest edge (a ridge or valley of the field).
      let next = -1, nextSlope = 0;
      for (let s = vt.offsets[vertex]!; s < vt.offsets[vertex + 1]!; s++) {
        const t = vt.items[s]!;
        for (let k = 0; k < 3; k++) {
          const w = corner(t, k);
          if (w === vertex) continue;
          const slope = (field[vertex]! - field[w]!) / distance(mesh, vertex, w);
          if (slope > nextSlope) { next = w; nextSlope = slope; }
        }
      }
      if (next < 0) return undefined;
      toVertex(next, triangleWithEdge(mesh, vertex, next));
      continue;
    }
    const t = tri;
    if (corner(t, 0) === to || corner(t, 1) === to || corner(t, 2) === to) {
      toVertex(to, t);
      continue;
    }
    if (descent(mesh, field, t, rate) <= 0) return undefined;
    let exit = -1, run = Infinity;
    for (let k = 0; k < 3; k++) {
      if (rate[k]! < 0 && lam[k]! / -rate[k]! < run) { run = lam[k]! / -rate[k]!; exit = k; }
    }
    if (exit < 0) return undefined;
    let sum = 0;
    for (let k = 0; k < 3; k++) {
      lam[k] = k === exit ? 0 : Math.max(0, lam[k]! + run * rate[k]!);
      sum += lam[k]!;
    }
    for (let k = 0; k < 3; k++) lam[k] = lam[k]! / sum;
    const i = corner(t, (exit + 1) % 3), j = corner(t, (exit + 2) % 3);
    const li = lam[(exit + 1) % 3]!, lj = lam[(exit + 2) % 3]!;
    if (li > 1 - 1e-9 || lj > 1 - 1e-9) {
      toVertex(li > lj ? i : j, t);
      continue;
    }
    points.push(barycentricPoint(mesh, t, lam));
    triangles.push(t);
    const lower = field[i]! <= field[j]! ? i : j;
    const next = across[3 * t + exit]!;
    if (next < 0 || descent(mesh, field, next, rate) <= 0) {
      toVertex(lower, t);
      continue;
    }
    // Carry the crossing point over into the next triangle; go on only if the descent enters it.
    let third = 0;
    for (let k = 0; k < 3; k++) {
      const c = corner(next, k);
      lam[k] = c === i ? li : c === j ? lj : 0;
      if (c !== i && c !== j) third = k;
    }
    if (rate[third]! > 0) tri = next;
    else toVertex(lower, t);
  }
  return undefined;
}

function distance(mesh: SkinMesh, a: number, b: number): number {
  const p = mesh.positions;
  const dx = p[3 * a]! - p[3 * b]!, dy = p[3 * a + 1]! - p[3 * b + 1]!, dz = p[3 * a + 2]! - p[3 * b + 2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

function barycentricPoint(mesh: SkinMesh, t: number, lam: readonly number[]): Vec3 {
  const p = mesh.positions;
  const a = mesh.indices[3 * t]!, b = mesh.indices[3 * t + 1]!, c = mesh.indices[3 * t + 2]!;
  const out: [number, number, number] = [0, 0, 0];
  for (let axis = 0; axis < 3; axis++) {
    out[axis] = lam[0]! * p[3 * a + axis]! + lam[1]! * p[3 * b + axis]! + lam[2]! * p[3 * c + axis]!;
  }
  return out;
}
