import { describe, expect, it } from 'vitest';
import { vertexCount } from './adjacency';
import { geodesicDistances } from './geodesicDistances';
import { gridPlane, joinMeshes, tube } from './testMeshes';

const plane = gridPlane({ columns: 60, rows: 60, width: 1.2, height: 1.2 });
const centre = 30 * 61 + 30;

function worstRelativeError(field: Float32Array, from: number, minDistance: number): number {
  const p = plane.positions;
  let worst = 0;
  for (let v = 0; v < field.length; v++) {
    const e = Math.hypot(p[3 * v]! - p[3 * from]!, p[3 * v + 1]! - p[3 * from + 1]!);
    if (e < minDistance) continue;
    worst = Math.max(worst, Math.abs(field[v]! - e) / e);
  }
  return worst;
}

describe('geodesicDistances', () => {
  it.each([
    { triangleUpdate: 'point-source', tolerance: 0.03 },
    { triangleUpdate: 'wavefront', tolerance: 0.12 },
    { triangleUpdate: 'none', tolerance: 0.42 },
  ] as const)('stays within $tolerance of Euclidean distance from a point on a plane ($triangleUpdate)', ({ triangleUpdate, tolerance }) => {
    const field = geodesicDistances(plane, [centre], { triangleUpdate });
    expect(worstRelativeError(field, centre, 0.1)).toBeLessThan(tolerance);
  });

  it.each([
    { triangleUpdate: 'wavefront', tolerance: 0.004 },
    { triangleUpdate: 'point-source', tolerance: 0.03 },
    { triangleUpdate: 'none', tolerance: 0.045 },
  ] as const)('measures the distance to a straight line within $tolerance m ($triangleUpdate)', ({ triangleUpdate, tolerance }) => {
    // A line through the middle at 50 degrees; seeds within one edge of it at their exact distance.
    const nx = Math.sin(0.9), ny = -Math.cos(0.9);
    const p = plane.positions;
    const truth = Array.from({ length: p.length / 3 }, (_, v) => Math.abs(nx * p[3 * v]! + ny * (p[3 * v + 1]! - 0.6)));
    const seeds = truth.flatMap((distance, vertex) => (distance < 0.02 ? [{ vertex, distance }] : []));
    const field = geodesicDistances(plane, seeds, { triangleUpdate, maxDistance: 0.2 });
    let worst = 0;
    truth.forEach((t, v) => {
      // Away from the plane's border, where the nearest point of the infinite line is off the mesh.
      const x = p[3 * v]!, y = p[3 * v + 1]!;
      if (t > 0.05 && t < 0.15 && Math.abs(x) < 0.45 && y > 0.15 && y < 1.05) worst = Math.max(worst, Math.abs(field[v]! - t));
    });
    expect(worst).toBeLessThan(tolerance);
  });

  it('is far more accurate with triangle updates than along edges alone', () => {
    const withUpdates = worstRelativeError(geodesicDistances(plane, [centre]), centre, 0.1);
    const edgesOnly = worstRelativeError(geodesicDistances(plane, [centre], { triangleUpdate: 'none' }), centre, 0.1);
    expect(withUpdates).toBeLessThan(edgesOnly / 4);
  });

  it('reads Infinity beyond maxDistance and exact values inside it', () => {
    const full = geodesicDistances(plane, [centre]);
    const capped = geodesicDistances(plane, [centre], { maxDistance: 0.2 });
    for (let v = 0; v < full.length; v++) {
      if (full[v]! <= 0.2) expect(capped[v]).toBe(full[v]);
      else expect(capped[v]).toBe(Infinity);
    }
  });

  it('takes the nearest of several seeds, each with its starting distance', () => {
    const field = geodesicDistances(plane, [{ vertex: 0, distance: 0.05 }, { vertex: centre, distance: 0 }]);
    expect(field[0]).toBeCloseTo(0.05, 6);
    expect(field[centre]).toBe(0);
  });

  it('never crosses a gap between two patches that share no skin', () => {
    const left = gridPlane({ columns: 10, rows: 10, width: 0.3, height: 0.3, x0: -0.16 });
    const right = gridPlane({ columns: 10, rows: 10, width: 0.3, height: 0.3, x0: 0.16 });
    const mesh = joinMeshes(left, right);
    const nLeft = vertexCount(left);
    // Seed at the left patch's edge nearest the gap (2 cm across).
    const field = geodesicDistances(mesh, [5 * 11 + 10]);
    for (let v = nLeft; v < vertexCount(mesh); v++) expect(field[v]).toBe(Infinity);
    expect(Math.max(...Array.from(field.subarray(0, nLeft)))).toBeLessThan(1);
  });

  it('goes around a tube over the skin rather than through it', () => {
    const mesh = tube({ around: 64, rings: 3, radius: 0.1, height: 0.1 });
    const field = geodesicDistances(mesh, [0]);
    // Vertex 32 is diametrically opposite vertex 0 on the first ring: half the circumference away.
    expect(field[32]).toBeGreaterThan(Math.PI * 0.1 * 0.98);
    expect(field[32]).toBeLessThan(Math.PI * 0.1 * 1.02);
  });
});

