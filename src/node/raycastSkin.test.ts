import { beforeAll, describe, expect, it } from 'vitest';
import { raycastSkin } from '../atlas/mesh';
import type { SkinMesh, Vec3 } from '../atlas/types';
import { loadSkinMesh } from './loadBody';

let mesh: SkinMesh;
beforeAll(async () => {
  mesh = await loadSkinMesh();
});

/** Every triangle, the plain way. */
function bruteForce(origin: Vec3, d: Vec3): number | null {
  let best: number | null = null;
  const p = mesh.positions;
  for (let t = 0; t < mesh.indices.length / 3; t++) {
    const [a, b, c] = [0, 1, 2].map((k) => mesh.indices[3 * t + k]! * 3) as [number, number, number];
    const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const q = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
    const det = e1[0]! * q[0]! + e1[1]! * q[1]! + e1[2]! * q[2]!;
    if (Math.abs(det) < 1e-14) continue;
    const s = [origin[0] - p[a]!, origin[1] - p[a + 1]!, origin[2] - p[a + 2]!];
    const u = (s[0]! * q[0]! + s[1]! * q[1]! + s[2]! * q[2]!) / det;
    if (u < 0 || u > 1) continue;
    const r = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0] * r[0]! + d[1] * r[1]! + d[2] * r[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    const t0 = (e2[0]! * r[0]! + e2[1]! * r[1]! + e2[2]! * r[2]!) / det;
    if (t0 >= 0 && (best === null || t0 < best)) best = t0;
  }
  return best;
}

describe('raycasting the skin', () => {
  it('finds the same first hit as testing every triangle, for random rays at the body', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 60; i++) {
      const target: Vec3 = [(random() - 0.5) * 0.8, random() * 1.75, (random() - 0.5) * 0.4];
      const origin: Vec3 = [(random() - 0.5) * 6, random() * 3, (random() - 0.5) * 6];
      const d: Vec3 = [target[0] - origin[0], target[1] - origin[1], target[2] - origin[2]];
      const len = Math.hypot(...d);
      const dir: Vec3 = [d[0] / len, d[1] / len, d[2] / len];
      const expected = bruteForce(origin, dir);
      const hit = raycastSkin(mesh, origin, dir);
      if (expected === null) expect(hit).toBeNull();
      else expect(hit?.distance).toBeCloseTo(expected, 6);
    }
  });

  it('hits the front of the chest first when looking from the front', () => {
    const hit = raycastSkin(mesh, [0.05, 1.3, 2], [0, 0, -1]);
    expect(hit?.point[2]).toBeGreaterThan(0.08);
  });

  it('misses when the ray passes beside the body', () => {
    expect(raycastSkin(mesh, [2, 1, 2], [0, 0, -1])).toBeNull();
  });
});
