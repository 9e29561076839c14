import { describe, expect, it } from 'vitest';
import { vertexNeighbours } from './adjacency';
import { geodesicDistances } from './geodesicDistances';
import { skinPathSeeds } from './geodesicSeeds';
import { shortestEdgePath } from './shortestEdgePath';
import { gridPlane, joinMeshes, tube } from './testMeshes';
import { traceSkinPath, traceSkinPathThrough } from './traceSkinPath';

// 60 x 60 cells of 2 cm; left of x = 0 the cells split along /, right of it along \.
const plane = gridPlane({ columns: 60, rows: 60, width: 1.2, height: 1.2 });
const at = (i: number, j: number): number => j * 61 + i;
const centre = at(30, 30);

function offLine(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const dx = b[0]! - a[0]!, dy = b[1]! - a[1]!;
  return Math.abs((p[0]! - a[0]!) * dy - (p[1]! - a[1]!) * dx) / Math.hypot(dx, dy);
}

describe('traceSkinPath', () => {
  it.each([
    ['up-left, where no diagonal edge runs', at(15, 50)],
    ['up-right, across the other half', at(45, 50)],
    ['down-left, steeply', at(22, 2)],
    ['straight up', at(30, 58)],
    ['along a diagonal', at(10, 10)],
  ])('follows the straight line on a plane (%s)', (_name, to) => {
    const path = traceSkinPath(plane, centre, to);
    const a = path.points[0]!;
    const b = path.points[path.points.length - 1]!;
    expect(b).toEqual([plane.positions[3 * to], plane.positions[3 * to + 1], plane.positions[3 * to + 2]]);
    expect(path.triangles).toHaveLength(path.points.length - 1);
    for (const p of path.points) expect(offLine(p, a, b)).toBeLessThan(0.004);
  });

  it('stays on the surface of a tube, curving around it', () => {
    const mesh = tube({ around: 48, rings: 30, radius: 0.1, height: 0.6 });
    const path = traceSkinPath(mesh, 0, 20 * 48 + 12);
    for (const p of path.points) expect(Math.hypot(p[0], p[2])).toBeGreaterThan(0.1 * Math.cos(Math.PI / 48) - 1e-6);
  });

  it('is much straighter than the chain of edges the plain Dijkstra finds', () => {
    const to = at(15, 50);
    const chain = shortestEdgePath(plane, centre, to);
    const p = plane.positions;
    const a = [p[3 * centre]!, p[3 * centre + 1]!];
    const b = [p[3 * to]!, p[3 * to + 1]!];
    const chainDrift = Math.max(...chain.map((v) => offLine([p[3 * v]!, p[3 * v + 1]!], a, b)));
    expect(chainDrift).toBeGreaterThan(0.02);
    const nbr = vertexNeighbours(plane);
    chain.slice(1).forEach((v, k) => {
      expect(Array.from(nbr.items.subarray(nbr.offsets[chain[k]!]!, nbr.offsets[chain[k]! + 1]!))).toContain(v);
    });
  });

  it('joins legs through waypoints end to end', () => {
    const path = traceSkinPathThrough(plane, [at(5, 5), at(5, 25), at(25, 25)]);
    expect(path.points[0]).toEqual([plane.positions[3 * at(5, 5)], plane.positions[3 * at(5, 5) + 1], 0]);
    expect(path.points).toContainEqual([plane.positions[3 * at(5, 25)], plane.positions[3 * at(5, 25) + 1], 0]);
    expect(path.to).toBe(at(25, 25));
  });

  it('throws when the two vertices lie on separate skin parts', () => {
    const mesh = joinMeshes(gridPlane({ columns: 2, rows: 2, x0: -1 }), gridPlane({ columns: 2, rows: 2, x0: 1 }));
    expect(() => traceSkinPath(mesh, 0, 9)).toThrow(/separate skin parts/);
    expect(() => shortestEdgePath(mesh, 0, 9)).toThrow(/separate skin parts/);
  });
});

describe('skinPathSeeds', () => {
  it('makes a band of even width around the path', () => {
    const path = traceSkinPath(plane, at(10, 40), at(50, 15));
    const field = geodesicDistances(plane, skinPathSeeds(plane, path), { maxDistance: 0.1, triangleUpdate: 'wavefront' });
    const a = path.points[0]!;
    const b = path.points[path.points.length - 1]!;
    const p = plane.positions;
    for (let v = 0; v < field.length; v++) {
      const x = p[3 * v]!, y = p[3 * v + 1]!;
      // Only points whose foot falls inside the segment, away from its rounded ends.
      const dx = b[0] - a[0], dy = b[1] - a[1];
      const s = ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy);
      if (s < 0.05 || s > 0.95) continue;
      const truth = offLine([x, y], a, b);
      if (truth < 0.09) expect(Math.abs(field[v]! - truth)).toBeLessThan(0.005);
    }
  });
});
