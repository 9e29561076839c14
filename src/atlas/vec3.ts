/** The core's vector helpers (plain tuples, no three.js), for the shape generator, the lookup and the app. */
import type { Vec3 } from './types';

/** a + b */
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
/** a - b */
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
/** a * k */
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
/** a . b */
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** a x b */
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
/** |a - b| */
export const distance = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** a + (b - a) t */
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** a / |a| (a itself when it has no length). */
export function normalize(a: Vec3): Vec3 {
  const len = Math.hypot(a[0], a[1], a[2]);
  return len > 0 ? [a[0] / len, a[1] / len, a[2] / len] : a;
}

/**
 * A Catmull-Rom spline through `points` at parameter values `knots` (cumulative chord lengths),
 * evaluated at `s` inside segment `seg`: Hermite segments with tangents from the neighbours, so
 * unevenly spaced sections give no loops; one-sided tangents at the ends.
 */
export function hermite(points: readonly Vec3[], knots: readonly number[], seg: number, s: number): Vec3 {
  const n = points.length;
  if (n === 1) return points[0]!;
  const tangent = (i: number): Vec3 => {
    const lo = Math.max(0, i - 1);
    const hi = Math.min(n - 1, i + 1);
    return scale(sub(points[hi]!, points[lo]!), 1 / (knots[hi]! - knots[lo]!));
  };
  const h = knots[seg + 1]! - knots[seg]!;
  const t = Math.min(1, Math.max(0, (s - knots[seg]!) / h));
  const t2 = t * t;
  const t3 = t2 * t;
  const h00 = 2 * t3 - 3 * t2 + 1, h10 = t3 - 2 * t2 + t, h01 = -2 * t3 + 3 * t2, h11 = t3 - t2;
  const m0 = tangent(seg);
  const m1 = tangent(seg + 1);
  const p0 = points[seg]!;
  const p1 = points[seg + 1]!;
  return [
    h00 * p0[0] + h10 * h * m0[0] + h01 * p1[0] + h11 * h * m1[0],
    h00 * p0[1] + h10 * h * m0[1] + h01 * p1[1] + h11 * h * m1[1],
    h00 * p0[2] + h10 * h * m0[2] + h01 * p1[2] + h11 * h * m1[2],
  ];
}
