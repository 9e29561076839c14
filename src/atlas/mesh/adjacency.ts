/**
 * Connectivity of a skin mesh as compressed sparse rows (CSR): for vertex v, its entries are
 * `items[offsets[v] .. offsets[v + 1])`. Built once per mesh and cached, since every geodesic
 * query on the same mesh needs them.
 */
import type { SkinMesh } from '../types';

/** Compressed sparse rows: row r holds `items[offsets[r]]` up to (excluding) `items[offsets[r + 1]]`. */
export interface Csr {
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
}

/** Number of vertices of a mesh. */
export function vertexCount(mesh: SkinMesh): number {
  return Math.floor(mesh.positions.length / 3);
}

/** Number of triangles of a mesh. */
export function triangleCount(mesh: SkinMesh): number {
  return Math.floor(mesh.indices.length / 3);
}

const neighbourCache = new WeakMap<SkinMesh, Csr>();
const triangleCache = new WeakMap<SkinMesh, Csr>();

/** The vertices joined to each vertex by a triangle edge, sorted ascending, without duplicates. */
export function vertexNeighbours(mesh: SkinMesh): Csr {
  const cached = neighbourCache.get(mesh);
  if (cached) return cached;
  const n = vertexCount(mesh);
  const idx = mesh.indices;
  // Every triangle contributes each of its corners twice (to the two other corners); count, fill,
  // then sort and deduplicate each row, because an interior edge is seen from two triangles.
  const counts = new Uint32Array(n + 1);
  for (let i = 0; i < idx.length; i++) counts[idx[i]!]! += 2;
  const offsets = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + counts[v]!;
  const raw = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let t = 0; t + 2 < idx.length; t += 3) {
    const a = idx[t]!;
    const b = idx[t + 1]!;
    const c = idx[t + 2]!;
    raw[fill[a]!++] = b;
    raw[fill[a]!++] = c;
    raw[fill[b]!++] = a;
    raw[fill[b]!++] = c;
    raw[fill[c]!++] = a;
    raw[fill[c]!++] = b;
  }
  const outOffsets = new Uint32Array(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const row = raw.subarray(offsets[v]!, offsets[v + 1]!).sort();
    let last = -1;
    for (let k = 0; k < row.length; k++) {
      const w = row[k]!;
      if (w !== last && w !== v) raw[write++] = w;
      last = w;
    }
    outOffsets[v + 1] = write;
  }
  const result: Csr = { offsets: outOffsets, items: raw.slice(0, write) };
  neighbourCache.set(mesh, result);
  return result;
}

/** The triangles that have each vertex as a corner, in ascending triangle order. */
export function vertexTriangles(mesh: SkinMesh): Csr {
  const cached = triangleCache.get(mesh);
  if (cached) return cached;
  const n = vertexCount(mesh);
  const idx = mesh.indices;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < idx.length; i++) offsets[idx[i]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const items = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < idx.length; i++) items[fill[idx[i]!]!++] = Math.floor(i / 3);
  const result: Csr = { offsets, items };
  triangleCache.set(mesh, result);
  return result;
}

const acrossCache = new WeakMap<SkinMesh, Int32Array>();

/**
 * For triangle t and corner k (0, 1, 2), entry 3t + k is the triangle across the edge opposite
 * that corner, or -1 on a border; where more than two triangles share an edge, the first two pair.
 */
export function triangleNeighbours(mesh: SkinMesh): Int32Array {
  const cached = acrossCache.get(mesh);
  if (cached) return cached;
  const n = vertexCount(mesh);
  const idx = mesh.indices;
  const across = new Int32Array(idx.length).fill(-1);
  const open = new Map<number, number>();
  for (let slot = 0; slot < idx.length; slot++) {
    const t = Math.floor(slot / 3);
    const k = slot % 3;
    const i = idx[3 * t + ((k + 1) % 3)]!;
    const j = idx[3 * t + ((k + 2) % 3)]!;
    const key = Math.min(i, j) * n + Math.max(i, j);
    const other = open.get(key);
    if (other === undefined) {
      open.set(key, slot);
    } else if (other >= 0) {
      across[slot] = Math.floor(other / 3);
      across[other] = t;
      open.set(key, -1);
    }
  }
  acrossCache.set(mesh, across);
  return across;
}

/**
 * A 32-bit FNV-1a hash of the vertex count and triangle indices: a baked atlas records it so
 * that loading it against a different mesh topology is caught instead of painting nonsense.
 */
export function meshFingerprint(mesh: SkinMesh): number {
  let h = 0x811c9dc5;
  const mix = (value: number): void => {
    for (let s = 0; s < 32; s += 8) {
      h ^= (value >>> s) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  };
  mix(vertexCount(mesh));
  for (let i = 0; i < mesh.indices.length; i++) mix(mesh.indices[i]!);
  return h >>> 0;
}
