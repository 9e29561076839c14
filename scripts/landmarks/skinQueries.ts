/**
 * Geometric queries used to author landmarks on the body: ray hits and extremes over regions of
 * the skin, filtered by which bone drives each vertex.
 */
import type { SkinMesh } from '../../src/atlas/types';

type V3 = [number, number, number];

/** A body with the bone that most drives each vertex. */
export interface QueryBody {
  readonly mesh: SkinMesh;
  /** Name of the dominant bone per vertex. */
  readonly bone: readonly string[];
  /** World head position of each bone by name. */
  readonly joints: ReadonlyMap<string, V3>;
}

/** Position of vertex v. */
export function at(body: QueryBody, v: number): V3 {
  const p = body.mesh.positions;
  return [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!];
}

/** The joint position of `name`. */
export function joint(body: QueryBody, name: string): V3 {
  const j = body.joints.get(name);
  if (!j) throw new Error(`no joint ${name}`);
  return j;
}

/**
 * The vertex nearest to the first skin hit of the ray (origin, direction), optionally only on
 * triangles whose vertices pass `accept`. Möller-Trumbore over every triangle: fine offline.
 */
export function rayHit(body: QueryBody, origin: V3, direction: V3, accept?: (v: number) => boolean): number {
  const { indices } = body.mesh;
  const len = Math.hypot(...direction);
  const d: V3 = [direction[0] / len, direction[1] / len, direction[2] / len];
  let best = Infinity;
  let bestVertex = -1;
  for (let t = 0; t < indices.length; t += 3) {
    const ids = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    if (accept && !ids.every(accept)) continue;
    const [a, b, c] = ids.map((v) => at(body, v)) as [V3, V3, V3];
    const e1 = sub(b, a);
    const e2 = sub(c, a);
    const p = cross(d, e2);
    const det = dot(e1, p);
    if (Math.abs(det) < 1e-12) continue;
    const s = sub(origin, a);
    const u = dot(s, p) / det;
    if (u < 0 || u > 1) continue;
    const q = cross(s, e1);
    const w = dot(d, q) / det;
    if (w < 0 || u + w > 1) continue;
    const dist = dot(e2, q) / det;
    if (dist <= 0 || dist >= best) continue;
    best = dist;
    const hit = add(origin, scale(d, dist));
    bestVertex = ids.reduce((m, v) => (distance(at(body, v), hit) < distance(at(body, m), hit) ? v : m));
  }
  if (bestVertex < 0) throw new Error(`ray from ${origin.join(',')} missed the body`);
  return bestVertex;
}

/** The vertex with the largest `score` among those passing `accept`. */
export function extreme(body: QueryBody, score: (p: V3, v: number) => number, accept: (p: V3, v: number) => boolean): number {
  let best = -Infinity;
  let bestVertex = -1;
  const count = body.mesh.positions.length / 3;
  for (let v = 0; v < count; v++) {
    const p = at(body, v);
    if (!accept(p, v)) continue;
    const s = score(p, v);
    if (s > best) [best, bestVertex] = [s, v];
  }
  if (bestVertex < 0) throw new Error('no vertex passed the filter');
  return bestVertex;
}

/** Vector helpers. */
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const distance = (a: V3, b: V3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
export const lerp = (a: V3, b: V3, t: number): V3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
export type { V3 };
