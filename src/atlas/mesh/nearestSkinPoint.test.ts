import { describe, expect, it } from 'vitest';
import type { SkinMesh, Vec3 } from '../types';
import { closestPointOnTriangle, createClosestPointResult } from './closestPointOnTriangle';
import { nearestSkinPoint, nearestSkinPointReady, prepareNearestSkinPointSlice } from './nearestSkinPoint';
import { nearestCorner, surfacePointPosition } from './surfacePoint';
import { gridPlane, joinMeshes, tube } from './testMeshes';
import { buildTriangleGrid, prepareEmptyRadius, prepareTriangleGridStep, triangleGridOf, triangleGridSteps } from './triangleGrid';
import { prepareRaycastSkinStep, raycastSkin } from './raycastSkin';

/** A small seeded generator, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForce(mesh: SkinMesh, p: Vec3): number {
  const r = createClosestPointResult();
  let best = Infinity;
  for (let t = 0; t < mesh.indices.length / 3; t++) {
    closestPointOnTriangle(p[0], p[1], p[2], mesh.positions, mesh.indices[3 * t]!, mesh.indices[3 * t + 1]!, mesh.indices[3 * t + 2]!, r);
    best = Math.min(best, r.distanceSquared);
  }
  return Math.sqrt(best);
}

const meshes: [string, SkinMesh][] = [
  ['a plane', gridPlane({ columns: 20, rows: 20 })],
  ['a tube', tube({ around: 24, rings: 40, height: 1 })],
  ['two patches with a gap', joinMeshes(gridPlane({ columns: 8, rows: 8, x0: -0.6 }), gridPlane({ columns: 8, rows: 8, x0: 0.6, z: 0.1 }))],
];

describe('nearestSkinPoint', () => {
  it.each(meshes)('matches a brute-force search on random points around %s', (_name, mesh) => {
    const rnd = random(7);
    for (let k = 0; k < 300; k++) {
      // Points in and well beyond the bounding box, to exercise the grid's outer shells.
      const p: Vec3 = [rnd() * 3 - 1.5, rnd() * 2 - 0.5, rnd() * 1.2 - 0.6];
      const got = nearestSkinPoint(mesh, p);
      expect(got.distance).toBeCloseTo(bruteForce(mesh, p), 9);
      const back = surfacePointPosition(mesh, got.surface);
      for (let axis = 0; axis < 3; axis++) expect(back[axis]).toBeCloseTo(got.position[axis]!, 9);
      expect(Math.hypot(p[0] - got.position[0], p[1] - got.position[1], p[2] - got.position[2])).toBeCloseTo(got.distance, 9);
    }
  });

  it('returns distance 0 and the vertex itself for a point on a vertex', () => {
    const mesh = gridPlane({ columns: 4, rows: 4 });
    const v = 12; // the centre vertex (2, 2)
    const p: Vec3 = [mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!];
    const got = nearestSkinPoint(mesh, p);
    expect(got.distance).toBe(0);
    expect(nearestCorner(mesh, got.surface)).toBe(v);
  });

  it('projects a point in front of a plane straight onto it', () => {
    const got = nearestSkinPoint(gridPlane(), [0.123, 0.456, 0.2]);
    expect(got.distance).toBeCloseTo(0.2, 6);
    expect(got.position[0]).toBeCloseTo(0.123, 6);
    expect(got.position[1]).toBeCloseTo(0.456, 6);
  });

  it('rejects a point that is not finite', () => {
    expect(() => nearestSkinPoint(gridPlane(), [Number.NaN, 0, 0])).toThrow(/finite/);
  });
});

describe('the search grid', () => {
  it('knows how far each cell is from the nearest cell with a triangle', () => {
    const mesh = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    const grid = buildTriangleGrid(mesh, { cellScale: 0.5 });
    const [nx, ny, nz] = grid.dims;
    const occupied: number[][] = [];
    for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
      const c = (k * ny + j) * nx + i;
      if (grid.cellOffsets[c + 1]! > grid.cellOffsets[c]!) occupied.push([i, j, k]);
    }
    for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
      const truth = Math.min(...occupied.map(([a, b, c]) => Math.max(Math.abs(a! - i), Math.abs(b! - j), Math.abs(c! - k))));
      expect(grid.emptyRadius[(k * ny + j) * nx + i]).toBe(truth);
    }
  });

  it('works the radii out in slices as it would at once, and is ready only when all are done', () => {
    const mesh = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    const sliced = buildTriangleGrid(mesh, { cellScale: 0.5 });
    let slices = 0;
    // A budget too small for more than a layer per call.
    while (!prepareEmptyRadius(sliced, 1e-6)) slices++;
    expect(slices).toBeGreaterThan(sliced.dims[2]);
    expect(prepareEmptyRadius(sliced, 1e-6)).toBe(true);
    expect(Array.from(sliced.emptyRadius)).toEqual(Array.from(buildTriangleGrid(mesh, { cellScale: 0.5 }).emptyRadius));
  });

  it.each([
    ['a small mesh', 16, 12],
    // More triangles than one step of a pass takes (8192): the passes pause inside.
    ['a mesh of over 8192 triangles', 64, 72],
  ])('is built in several steps to the same grid as in one go: %s', (_, around, rings) => {
    const mesh = tube({ around, rings, radius: 0.2, height: 0.6 });
    const steps = triangleGridSteps(mesh, { cellScale: 0.5 });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    const once = buildTriangleGrid(mesh, { cellScale: 0.5 });
    const stepped = step.value;
    expect(stepped.dims).toEqual(once.dims);
    expect(stepped.cellSize).toBe(once.cellSize);
    expect(Array.from(stepped.cellOffsets)).toEqual(Array.from(once.cellOffsets));
    expect(Array.from(stepped.cellTriangles)).toEqual(Array.from(once.cellTriangles));
    expect(Array.from(stepped.emptyRadius)).toEqual(Array.from(once.emptyRadius));
  });

  it('is prepared for the ray casts a step at a time, and a ray cast before the end finishes it', () => {
    const mesh = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    let steps = 1;
    while (!prepareRaycastSkinStep(mesh)) steps++;
    expect(steps).toBeGreaterThan(2);
    // Ready: further steps do nothing, and the grid is the one every search shares.
    expect(prepareRaycastSkinStep(mesh)).toBe(true);
    expect(prepareTriangleGridStep(mesh)).toBe(true);
    const grid = triangleGridOf(mesh);
    expect(triangleGridOf(mesh)).toBe(grid);

    const interrupted = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    expect(prepareRaycastSkinStep(interrupted)).toBe(false);
    const hit = raycastSkin(interrupted, [0, 0.3, 1], [0, 0, -1]);
    const reference = raycastSkin(mesh, [0, 0.3, 1], [0, 0, -1]);
    expect(hit).not.toBeNull();
    expect(hit).toEqual(reference);
    // The build it finished is kept: no step is left.
    expect(prepareTriangleGridStep(interrupted)).toBe(true);
  });

  it('gets the nearest-point search ready a slice at a time: the grid a pass per call, then the radii', () => {
    const mesh = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    expect(nearestSkinPointReady(mesh)).toBe(false);
    let slices = 1;
    while (!prepareNearestSkinPointSlice(mesh, 1e-6)) slices++;
    // The grid's five passes, then at least one layer of radii per call.
    expect(slices).toBeGreaterThan(5);
    expect(nearestSkinPointReady(mesh)).toBe(true);
    const fresh = tube({ around: 16, rings: 12, radius: 0.2, height: 0.6 });
    expect(nearestSkinPoint(mesh, [0.3, 0.2, 0])).toEqual(nearestSkinPoint(fresh, [0.3, 0.2, 0]));
    // A search before the preparation ends finishes it, and says so.
    expect(nearestSkinPointReady(fresh)).toBe(true);
  });

  it('fails with the same error each time a mesh cannot have a grid, stepped or not', () => {
    const empty: SkinMesh = { positions: new Float32Array(9), indices: new Uint32Array(0), mirror: new Uint32Array(3) };
    expect(() => prepareTriangleGridStep(empty)).toThrow(/no triangles/);
    expect(() => prepareTriangleGridStep(empty)).toThrow(/no triangles/);
    expect(() => triangleGridOf(empty)).toThrow(/no triangles/);
    expect(() => triangleGridOf(empty)).toThrow(/no triangles/);
  });

  it('is shared by the ray casts and the nearest-point searches of a mesh', () => {
    const mesh = tube({ around: 8, rings: 4, radius: 0.2, height: 0.6 });
    expect(triangleGridOf(mesh)).toBe(triangleGridOf(mesh));
    expect(triangleGridOf(tube({ around: 8, rings: 4, radius: 0.2, height: 0.6 }))).not.toBe(triangleGridOf(mesh));
  });
});
