/**
 * A uniform grid over a mesh's bounding box whose cells list the triangles whose bounding box
 * overlaps them: the acceleration structure behind `nearestSkinPoint`. Cells are sized from the
 * mean triangle area so that a cell on the skin holds a handful of triangles.
 */
import type { SkinMesh } from '../types';
import { runSteps, type Steps } from '../steps';
import { triangleCount } from './adjacency';

/** Options of {@link buildTriangleGrid}. */
export interface TriangleGridOptions {
  /** Cell edge as a multiple of the side of a square with the mean triangle area. */
  cellScale: number;
  /** Upper bound on the number of cells; the cell edge grows until the grid fits. */
  maxCells: number;
}

/** Defaults of {@link TriangleGridOptions}: about four triangles per skin cell. */
export const TRIANGLE_GRID_DEFAULTS: TriangleGridOptions = { cellScale: 2, maxCells: 4_000_000 };

/** A built grid: cell (i, j, k) is `(k * ny + j) * nx + i`; its triangles are a CSR row. */
export interface TriangleGrid {
  readonly min: readonly [number, number, number];
  readonly cellSize: number;
  readonly dims: readonly [number, number, number];
  readonly cellOffsets: Uint32Array;
  readonly cellTriangles: Uint32Array;
  /**
   * Per cell, the Chebyshev distance in cells to the nearest cell holding a triangle (capped at
   * 65535). Only nearest-point searches need it, and it costs most of the grid's build, so it is
   * worked out on first read (a ray cast, the first tap's work, never pays for it).
   */
  readonly emptyRadius: Uint16Array;
}

const sharedGrids = new WeakMap<SkinMesh, TriangleGrid>();
/** Default grids whose build has started a step at a time ({@link prepareTriangleGridStep}). */
const gridsUnderWay = new WeakMap<SkinMesh, Steps<TriangleGrid>>();

/** The mesh's default grid, built once and shared by the ray casts and the nearest-point searches. */
export function triangleGridOf(mesh: SkinMesh): TriangleGrid {
  let grid = sharedGrids.get(mesh);
  if (!grid) {
    // A build already under way is finished rather than started again; one that failed is
    // forgotten, so the next call starts anew (and fails with the real error again).
    try {
      grid = runSteps(gridsUnderWay.get(mesh) ?? triangleGridSteps(mesh));
    } finally {
      gridsUnderWay.delete(mesh);
    }
    sharedGrids.set(mesh, grid);
  }
  return grid;
}

/**
 * Takes one step of building the mesh's default grid (a pass over the cells, or part of one over
 * the triangles: a few milliseconds on a phone for the body), so an idle page can build it in short tasks;
 * true once it is built. {@link triangleGridOf} finishes a build under way at once.
 */
export function prepareTriangleGridStep(mesh: SkinMesh): boolean {
  if (sharedGrids.has(mesh)) return true;
  let steps = gridsUnderWay.get(mesh);
  if (!steps) gridsUnderWay.set(mesh, (steps = triangleGridSteps(mesh)));
  let step: IteratorResult<void, TriangleGrid>;
  try {
    step = steps.next();
  } catch (error) {
    gridsUnderWay.delete(mesh);
    throw error;
  }
  if (!step.done) return false;
  sharedGrids.set(mesh, step.value);
  gridsUnderWay.delete(mesh);
  return true;
}

/** Builds a {@link TriangleGrid} for a mesh (linear in the number of triangle-cell overlaps). */
export function buildTriangleGrid(mesh: SkinMesh, options: Partial<TriangleGridOptions> = {}): TriangleGrid {
  return runSteps(triangleGridSteps(mesh, options));
}

/** Triangles per step of a pass over them: a few milliseconds on a phone. */
const TRIANGLES_PER_STEP = 8192;

/**
 * {@link buildTriangleGrid} as steps: it yields after each pass over the cells, and within each
 * pass over the triangles every {@link TRIANGLES_PER_STEP} triangles.
 */
export function* triangleGridSteps(mesh: SkinMesh, options: Partial<TriangleGridOptions> = {}): Steps<TriangleGrid> {
  const { cellScale, maxCells } = { ...TRIANGLE_GRID_DEFAULTS, ...options };
  const pos = mesh.positions;
  const idx = mesh.indices;
  const nTri = triangleCount(mesh);
  if (nTri === 0) throw new Error('the mesh has no triangles');
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  let area = 0;
  for (let t = 0; t < nTri; t++) {
    const a = idx[3 * t]!, b = idx[3 * t + 1]!, c = idx[3 * t + 2]!;
    for (const v of [a, b, c]) {
      for (let axis = 0; axis < 3; axis++) {
        const x = pos[3 * v + axis]!;
        if (x < lo[axis]!) lo[axis] = x;
        if (x > hi[axis]!) hi[axis] = x;
      }
    }
    const e1x = pos[3 * b]! - pos[3 * a]!, e1y = pos[3 * b + 1]! - pos[3 * a + 1]!, e1z = pos[3 * b + 2]! - pos[3 * a + 2]!;
    const e2x = pos[3 * c]! - pos[3 * a]!, e2y = pos[3 * c + 1]! - pos[3 * a + 1]!, e2z = pos[3 * c + 2]! - pos[3 * a + 2]!;
    const cx = e1y * e2z - e1z * e2y, cy = e1z * e2x - e1x * e2z, cz = e1x * e2y - e1y * e2x;
    area += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    if (t % TRIANGLES_PER_STEP === TRIANGLES_PER_STEP - 1) yield;
  }
  yield;
  const extent = [hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!];
  const diagonal = Math.hypot(extent[0]!, extent[1]!, extent[2]!);
  let cellSize = cellScale * Math.sqrt(area / nTri);
  if (!(cellSize > 0)) cellSize = diagonal > 0 ? diagonal / 16 : 1;
  const dimsFor = (h: number): [number, number, number] => [
    Math.max(1, Math.ceil(extent[0]! / h)),
    Math.max(1, Math.ceil(extent[1]! / h)),
    Math.max(1, Math.ceil(extent[2]! / h)),
  ];
  let dims = dimsFor(cellSize);
  while (dims[0] * dims[1] * dims[2] > maxCells) {
    cellSize *= 1.25;
    dims = dimsFor(cellSize);
  }
  const [nx, ny, nz] = dims;
  const cellOf = (x: number, axis: number, n: number): number =>
    Math.min(n - 1, Math.max(0, Math.floor((x - lo[axis]!) / cellSize)));
  const ranges = new Int32Array(6 * nTri);
  const counts = new Uint32Array(nx * ny * nz + 1);
  for (let t = 0; t < nTri; t++) {
    const a = idx[3 * t]!, b = idx[3 * t + 1]!, c = idx[3 * t + 2]!;
    for (let axis = 0; axis < 3; axis++) {
      const n = dims[axis]!;
      const xa = pos[3 * a + axis]!, xb = pos[3 * b + axis]!, xc = pos[3 * c + axis]!;
      ranges[6 * t + axis] = cellOf(Math.min(xa, xb, xc), axis, n);
      ranges[6 * t + 3 + axis] = cellOf(Math.max(xa, xb, xc), axis, n);
    }
    forEachCell(ranges, t, nx, ny, (cell) => { counts[cell + 1]!++; });
    if (t % TRIANGLES_PER_STEP === TRIANGLES_PER_STEP - 1) yield;
  }
  yield;
  for (let c = 0; c < nx * ny * nz; c++) counts[c + 1]! += counts[c]!;
  const cellTriangles = new Uint32Array(counts[nx * ny * nz]!);
  const fill = counts.slice(0, nx * ny * nz);
  yield;
  for (let t = 0; t < nTri; t++) {
    forEachCell(ranges, t, nx, ny, (cell) => { cellTriangles[fill[cell]!++] = t; });
    if (t % TRIANGLES_PER_STEP === TRIANGLES_PER_STEP - 1) yield;
  }
  yield;
  const radii = chebyshevToOccupied(counts, nx, ny, nz);
  const grid = {
    min: [lo[0]!, lo[1]!, lo[2]!] as const, cellSize, dims, cellOffsets: counts, cellTriangles,
    get emptyRadius() {
      while (!radii.next().done);
      pendingRadii.delete(grid);
      return radii.out;
    },
  };
  pendingRadii.set(grid, radii);
  return grid;
}

const pendingRadii = new WeakMap<TriangleGrid, ChebyshevTransform>();

/**
 * Works out the grid's empty radii for about `budgetMs` (at least one layer of cells), so
 * an idle browser can prepare them in short tasks; true once they are all known (a read of
 * `emptyRadius` before that finishes them at once).
 */
export function prepareEmptyRadius(grid: TriangleGrid, budgetMs: number): boolean {
  const radii = pendingRadii.get(grid);
  if (!radii) return true;
  // At least one layer per call, so any budget makes progress.
  const end = performance.now() + budgetMs;
  do {
    if (radii.next().done) {
      pendingRadii.delete(grid);
      return true;
    }
  } while (performance.now() < end);
  return false;
}

/** Whether the grid's empty radii are all known (reading them then costs nothing). */
export function emptyRadiusReady(grid: TriangleGrid): boolean {
  return !pendingRadii.has(grid);
}

/** The distance transform, run a layer at a time: `next()` does one layer, `out` holds the radii. */
interface ChebyshevTransform {
  readonly out: Uint16Array;
  next(): { done: boolean };
}

/**
 * Two-pass distance transform (forward over the 13 earlier neighbours, backward over the 13
 * later ones): exact for the Chebyshev metric, so a query can skip the shells known to be empty.
 */
function chebyshevToOccupied(offsets: Uint32Array, nx: number, ny: number, nz: number): ChebyshevTransform {
  const out = new Uint16Array(nx * ny * nz);
  for (let c = 0; c < out.length; c++) out[c] = offsets[c + 1]! > offsets[c]! ? 0 : 0xffff;
  // Neighbour offsets (dk, dj, di) lexicographically below zero come earlier in scan order;
  // the backward pass uses their negations.
  const earlier: [number, number, number][] = [];
  for (let dk = -1; dk <= 0; dk++) {
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) if (dk < 0 || dj < 0 || (dj === 0 && di < 0)) earlier.push([dk, dj, di]);
    }
  }
  const stepsOf = (sign: number) => new Int32Array(earlier.flatMap(([dk, dj, di]) => [sign * dk, sign * dj, sign * di, sign * ((dk * ny + dj) * nx + di)]));
  const passes = [{ sign: 1, steps: stepsOf(1) }, { sign: -1, steps: stepsOf(-1) }];
  // One layer (k) of one pass; a layer reads only layers already done in that pass.
  const layer = (sign: number, steps: Int32Array, kk: number): void => {
    const k = sign > 0 ? kk : nz - 1 - kk;
    for (let jj = 0; jj < ny; jj++) {
      const j = sign > 0 ? jj : ny - 1 - jj;
      for (let ii = 0; ii < nx; ii++) {
        const i = sign > 0 ? ii : nx - 1 - ii;
        const c = (k * ny + j) * nx + i;
        let best = out[c]!;
        if (best === 0) continue;
        for (let s = 0; s < steps.length; s += 4) {
          const nk = k + steps[s]!, nj = j + steps[s + 1]!, ni = i + steps[s + 2]!;
          if (ni < 0 || ni >= nx || nj < 0 || nj >= ny || nk < 0 || nk >= nz) continue;
          const d = out[c + steps[s + 3]!]! + 1;
          if (d < best) best = d;
        }
        out[c] = best;
      }
    }
  };
  let pass = 0;
  let kk = 0;
  return {
    out,
    next() {
      if (pass >= passes.length) return { done: true };
      layer(passes[pass]!.sign, passes[pass]!.steps, kk);
      if (++kk === nz) {
        kk = 0;
        pass++;
      }
      return { done: pass >= passes.length };
    },
  };
}

function forEachCell(ranges: Int32Array, t: number, nx: number, ny: number, visit: (cell: number) => void): void {
  for (let k = ranges[6 * t + 2]!; k <= ranges[6 * t + 5]!; k++) {
    for (let j = ranges[6 * t + 1]!; j <= ranges[6 * t + 4]!; j++) {
      for (let i = ranges[6 * t]!; i <= ranges[6 * t + 3]!; i++) visit((k * ny + j) * nx + i);
    }
  }
}
