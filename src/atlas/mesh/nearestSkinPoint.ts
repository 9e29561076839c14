/**
 * The nearest place on the skin to any point in space: exact point-triangle distances over the
 * cells of a uniform grid (built once per mesh and cached) that meet the ball around the query
 * whose radius is the distance to the first triangle found.
 */
import type { SkinMesh, SurfacePoint, Vec3 } from '../types';
import { triangleCount } from './adjacency';
import { closestPointOnTriangle, createClosestPointResult } from './closestPointOnTriangle';
import { emptyRadiusReady, prepareEmptyRadius, prepareTriangleGridStep, triangleGridOf, type TriangleGrid } from './triangleGrid';

/** The answer of {@link nearestSkinPoint}. */
export interface NearestSkinPoint {
  /** Where on the skin, as triangle + barycentric weights. */
  readonly surface: SurfacePoint;
  /** The same place in model space. */
  readonly position: Vec3;
  /** Euclidean distance from the query point, metres. */
  readonly distance: number;
}

interface SearchState {
  readonly grid: TriangleGrid;
  /** Per triangle, the query number that last tested it, so a triangle in many cells is tested once. */
  readonly stamps: Uint32Array;
  query: number;
}

const searchCache = new WeakMap<SkinMesh, SearchState>();

function searchState(mesh: SkinMesh): SearchState {
  let state = searchCache.get(mesh);
  if (!state) {
    state = { grid: triangleGridOf(mesh), stamps: new Uint32Array(triangleCount(mesh)), query: 0 };
    searchCache.set(mesh, state);
  }
  return state;
}

/**
 * Prepares the search a slice at a time (the grid's steps, then its empty radii, for about
 * `budgetMs` per call, at least one step), so a page can get it ready in short tasks; true once
 * it is ready.
 */
export function prepareNearestSkinPointSlice(mesh: SkinMesh, budgetMs: number): boolean {
  if (!searchCache.has(mesh)) {
    // The call that ends the grid's build leaves the radii to the next one.
    const end = performance.now() + budgetMs;
    let built: boolean;
    do built = prepareTriangleGridStep(mesh);
    while (!built && performance.now() < end);
    if (built) searchState(mesh);
    return false;
  }
  return prepareEmptyRadius(searchState(mesh).grid, budgetMs);
}

/** Whether a search on `mesh` would start at once, with nothing left to build (cheap). */
export function nearestSkinPointReady(mesh: SkinMesh): boolean {
  const state = searchCache.get(mesh);
  return state !== undefined && emptyRadiusReady(state.grid);
}

const scratch = createClosestPointResult();

/** The point of the skin closest to `point`, exactly (a tie between triangles, as at a shared vertex, is settled deterministically). */
export function nearestSkinPoint(mesh: SkinMesh, point: Vec3): NearestSkinPoint {
  const [px, py, pz] = point;
  if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(pz)) {
    throw new RangeError(`not a finite point: ${point.join(',')}`);
  }
  const state = searchState(mesh);
  const { grid, stamps } = state;
  state.query = (state.query + 1) >>> 0;
  if (state.query === 0) {
    stamps.fill(0);
    state.query = 1;
  }
  const stamp = state.query;
  const pos = mesh.positions;
  const idx = mesh.indices;
  const [nx, ny, nz] = grid.dims;
  const h = grid.cellSize;
  const [mx, my, mz] = grid.min;
  const cx = clampCell(Math.floor((px - mx) / h), nx);
  const cy = clampCell(Math.floor((py - my) / h), ny);
  const cz = clampCell(Math.floor((pz - mz) / h), nz);
  let best = Infinity;
  let bestTri = -1;
  let bu = 1, bv = 0, bw = 0;
  const visitCell = (cell: number): void => {
    const end = grid.cellOffsets[cell + 1]!;
    for (let s = grid.cellOffsets[cell]!; s < end; s++) {
      const t = grid.cellTriangles[s]!;
      if (stamps[t] === stamp) continue;
      stamps[t] = stamp;
      closestPointOnTriangle(px, py, pz, pos, idx[3 * t]!, idx[3 * t + 1]!, idx[3 * t + 2]!, scratch);
      if (scratch.distanceSquared < best || (scratch.distanceSquared === best && t < bestTri)) {
        best = scratch.distanceSquared;
        bestTri = t;
        bu = scratch.u; bv = scratch.v; bw = scratch.w;
      }
    }
  };
  // Phase 1, an upper bound: the first shell of cells around the query that holds any triangle
  // (the shells inside it are known to be empty).
  for (let k = grid.emptyRadius[(cz * ny + cy) * nx + cx]!; bestTri < 0; k++) {
    const i0 = Math.max(0, cx - k), i1 = Math.min(nx - 1, cx + k);
    const j0 = Math.max(0, cy - k), j1 = Math.min(ny - 1, cy + k);
    const k0 = Math.max(0, cz - k), k1 = Math.min(nz - 1, cz + k);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const inner = Math.abs(i - cx) < k && Math.abs(j - cy) < k;
        for (let l = k0; l <= k1; l += inner && l === cz - k ? 2 * k : 1) {
          if (inner && Math.abs(l - cz) < k) continue;
          visitCell((l * ny + j) * nx + i);
        }
      }
    }
  }
  // Phase 2, exact: every cell that meets the ball of that radius (a column's z range from its
  // x-y gap), skipping cells beyond the best distance so far.
  const reach = Math.sqrt(best);
  const i0 = clampCell(Math.floor((px - reach - mx) / h), nx), i1 = clampCell(Math.floor((px + reach - mx) / h), nx);
  const j0 = clampCell(Math.floor((py - reach - my) / h), ny), j1 = clampCell(Math.floor((py + reach - my) / h), ny);
  for (let i = i0; i <= i1; i++) {
    const dx = axisGap(px, mx + i * h, h);
    for (let j = j0; j <= j1; j++) {
      const dy = axisGap(py, my + j * h, h);
      const rest = best - dx * dx - dy * dy;
      if (!(rest > 0) && !(rest === 0 && best === 0)) continue;
      const dz = Math.sqrt(Math.max(0, rest));
      const l0 = clampCell(Math.floor((pz - dz - mz) / h), nz), l1 = clampCell(Math.floor((pz + dz - mz) / h), nz);
      for (let l = l0; l <= l1; l++) {
        const gz = axisGap(pz, mz + l * h, h);
        if (dx * dx + dy * dy + gz * gz > best) continue;
        visitCell((l * ny + j) * nx + i);
      }
    }
  }
  const a = idx[3 * bestTri]!, b = idx[3 * bestTri + 1]!, c = idx[3 * bestTri + 2]!;
  const position: Vec3 = [
    bu * pos[3 * a]! + bv * pos[3 * b]! + bw * pos[3 * c]!,
    bu * pos[3 * a + 1]! + bv * pos[3 * b + 1]! + bw * pos[3 * c + 1]!,
    bu * pos[3 * a + 2]! + bv * pos[3 * b + 2]! + bw * pos[3 * c + 2]!,
  ];
  return { surface: { triangle: bestTri, barycentric: [bu, bv, bw] }, position, distance: Math.sqrt(best) };
}

function clampCell(c: number, n: number): number {
  return c < 0 ? 0 : c >= n ? n - 1 : c;
}

/** Distance along one axis from x to the cell interval [start, start + h] (0 inside). */
function axisGap(x: number, start: number, h: number): number {
  return x < start ? start - x : x > start + h ? x - start - h : 0;
}
