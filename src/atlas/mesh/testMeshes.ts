/**
 * Small meshes made in code, for tests and benchmarks: a subdivided plane with a mirror-symmetric
 * triangulation, an open tube about the size of a body's skin, and a way to join meshes that share
 * no skin (two patches with a gap between them).
 */
import type { SkinMesh } from '../types';

/** Options of {@link gridPlane}. */
export interface GridPlaneOptions {
  /** Cells across (x); even, so that a vertex column lies on x = 0. */
  columns: number;
  /** Cells up (y). */
  rows: number;
  /** Extent in x, centred on x = 0 (metres). */
  width: number;
  /** Extent in y (metres). */
  height: number;
  /** Lowest y. */
  y0: number;
  /** Constant z of the plane. */
  z: number;
  /** Shift in x (the mirror map stays the one of the unshifted plane). */
  x0: number;
}

/** Defaults of {@link GridPlaneOptions}: a 1 m square in 40 x 40 cells. */
export const GRID_PLANE_DEFAULTS: GridPlaneOptions = { columns: 40, rows: 40, width: 1, height: 1, y0: 0, z: 0, x0: 0 };

/**
 * A plane z = const facing +Z, vertex (i, j) at index j * (columns + 1) + i. Cells left of the
 * midline split along one diagonal and cells right of it along the other, so the triangulation
 * is its own mirror image and `mirror` maps vertex (i, j) to (columns - i, j).
 */
export function gridPlane(options: Partial<GridPlaneOptions> = {}): SkinMesh {
  const { columns, rows, width, height, y0, z, x0 } = { ...GRID_PLANE_DEFAULTS, ...options };
  if (columns % 2 !== 0) throw new Error('gridPlane needs an even number of columns');
  const stride = columns + 1;
  const positions = new Float32Array(stride * (rows + 1) * 3);
  const mirror = new Uint32Array(stride * (rows + 1));
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= columns; i++) {
      const v = j * stride + i;
      positions.set([x0 - width / 2 + (width * i) / columns, y0 + (height * j) / rows, z], 3 * v);
      mirror[v] = j * stride + (columns - i);
    }
  }
  const indices: number[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      const a = j * stride + i, b = a + 1, c = a + stride, d = c + 1;
      if (i < columns / 2) indices.push(a, b, d, a, d, c);
      else indices.push(a, b, c, b, d, c);
    }
  }
  return { positions, indices: Uint32Array.from(indices), mirror };
}

/** Options of {@link tube}. */
export interface TubeOptions {
  /** Vertices around. */
  around: number;
  /** Vertex rings along y. */
  rings: number;
  radius: number;
  height: number;
}

/** Defaults of {@link TubeOptions}: 60 x 223 = 13,380 vertices, 1.65 m^2 of skin (body-sized). */
export const TUBE_DEFAULTS: TubeOptions = { around: 60, rings: 223, radius: 0.15, height: 1.75 };

/** An open cylinder along y, vertex (i, ring) at ring * around + i; mirror maps x to -x. */
export function tube(options: Partial<TubeOptions> = {}): SkinMesh {
  const { around, rings, radius, height } = { ...TUBE_DEFAULTS, ...options };
  if (around % 2 !== 0) throw new Error('tube needs an even number of vertices around');
  const positions = new Float32Array(around * rings * 3);
  const mirror = new Uint32Array(around * rings);
  for (let r = 0; r < rings; r++) {
    for (let i = 0; i < around; i++) {
      const angle = (2 * Math.PI * i) / around;
      const v = r * around + i;
      positions.set([radius * Math.sin(angle), (height * r) / (rings - 1), radius * Math.cos(angle)], 3 * v);
      mirror[v] = r * around + ((around - i) % around);
    }
  }
  const indices: number[] = [];
  for (let r = 0; r + 1 < rings; r++) {
    for (let i = 0; i < around; i++) {
      const a = r * around + i, b = r * around + ((i + 1) % around);
      indices.push(a, b, b + around, a, b + around, a + around);
    }
  }
  return { positions, indices: Uint32Array.from(indices), mirror };
}

/** Meshes side by side as one mesh that shares no vertex between parts (mirror maps kept per part). */
export function joinMeshes(...parts: readonly SkinMesh[]): SkinMesh {
  const vertexTotal = parts.reduce((sum, m) => sum + m.positions.length / 3, 0);
  const indexTotal = parts.reduce((sum, m) => sum + m.indices.length, 0);
  const positions = new Float32Array(vertexTotal * 3);
  const indices = new Uint32Array(indexTotal);
  const mirror = new Uint32Array(vertexTotal);
  let vBase = 0;
  let iBase = 0;
  for (const part of parts) {
    positions.set(part.positions, vBase * 3);
    for (let k = 0; k < part.indices.length; k++) indices[iBase + k] = part.indices[k]! + vBase;
    for (let k = 0; k < part.mirror.length; k++) mirror[vBase + k] = part.mirror[k]! + vBase;
    vBase += part.positions.length / 3;
    iBase += part.indices.length;
  }
  return { positions, indices, mirror };
}
