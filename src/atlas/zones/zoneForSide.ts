/**
 * The left side of a baked zone, made from the right through the mesh's mirror map:
 * weightLeft[v] = weightRight[mirror[v]]. Works from the definition, so a mirror map that is not
 * a perfect involution still gives exactly that.
 */
import type { Side, SkinMesh } from '../types';
import { type BakedZone, WEIGHT_SCALE } from './bakedAtlas';

const inverseCache = new WeakMap<Uint32Array, { offsets: Uint32Array; items: Uint32Array }>();

/** For each vertex w, the vertices v with mirror[v] = w (CSR), cached per mirror map. */
function mirrorInverse(mirror: Uint32Array): { offsets: Uint32Array; items: Uint32Array } {
  const cached = inverseCache.get(mirror);
  if (cached) return cached;
  const n = mirror.length;
  const offsets = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[mirror[v]! + 1]!++;
  for (let w = 0; w < n; w++) offsets[w + 1]! += offsets[w]!;
  const items = new Uint32Array(n);
  const fill = offsets.slice(0, n);
  for (let v = 0; v < n; v++) items[fill[mirror[v]!]!++] = v;
  const result = { offsets, items };
  inverseCache.set(mirror, result);
  return result;
}

/** Calls `visit(vertex, weight 1..255)` for each vertex a zone covers on `side`, in no set order. */
export function forEachZoneWeight(zone: BakedZone, side: Side, mesh: Pick<SkinMesh, 'mirror'>, visit: (vertex: number, weight: number) => void): void {
  if (side === 'right') {
    for (let k = 0; k < zone.vertices.length; k++) visit(zone.vertices[k]!, zone.weights[k]!);
    return;
  }
  const { offsets, items } = mirrorInverse(mesh.mirror);
  for (let k = 0; k < zone.vertices.length; k++) {
    const w = zone.vertices[k]!;
    if (w + 1 >= offsets.length) continue;
    for (let s = offsets[w]!; s < offsets[w + 1]!; s++) visit(items[s]!, zone.weights[k]!);
  }
}

/** A zone's sparse weights for `side` (right as stored, left mirrored), vertices ascending. */
export function zoneForSide(zone: BakedZone, side: Side, mesh: Pick<SkinMesh, 'mirror'>): BakedZone {
  if (side === 'right') return zone;
  const pairs: [number, number][] = [];
  forEachZoneWeight(zone, side, mesh, (v, w) => pairs.push([v, w]));
  pairs.sort((a, b) => a[0] - b[0]);
  return { kind: zone.kind, vertices: Uint32Array.from(pairs, (p) => p[0]), weights: Uint8Array.from(pairs, (p) => p[1]) };
}

/**
 * A zone as dense weights in [0, 1] per vertex for `side`, e.g. for a vertex colour overlay.
 * With `out`, writes into it by max, so several zones can share one overlay.
 */
export function zoneWeights(zone: BakedZone, side: Side, mesh: Pick<SkinMesh, 'mirror'>, out?: Float32Array): Float32Array {
  const dense = out ?? new Float32Array(mesh.mirror.length);
  forEachZoneWeight(zone, side, mesh, (v, level) => {
    const w = level / WEIGHT_SCALE;
    if (v < dense.length && w > dense[v]!) dense[v] = w;
  });
  return dense;
}
