/**
 * The shortest chain of mesh edges between two vertices: an edge-only Dijkstra that stops at the
 * target, traced back through predecessor links. Exact for the edge graph, but a staircase where
 * no edge runs the right way; `traceSkinPath` is the smooth path and uses this as its fallback.
 */
import type { SkinMesh } from '../types';
import { vertexCount, vertexNeighbours } from './adjacency';
import { MinHeap } from './minHeap';

/** The vertices of the shortest edge chain from `from` to `to`, both included; throws if none. */
export function shortestEdgePath(mesh: SkinMesh, from: number, to: number): number[] {
  const n = vertexCount(mesh);
  for (const v of [from, to]) {
    if (!(Number.isInteger(v) && v >= 0 && v < n)) throw new RangeError(`vertex ${v} is not in the mesh`);
  }
  const pos = mesh.positions;
  const nbr = vertexNeighbours(mesh);
  const dist = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const heap = new MinHeap(256);
  dist[from] = 0;
  heap.push(0, from);
  while (heap.size > 0) {
    const du = heap.peekKey();
    const u = heap.peekValue();
    heap.pop();
    if (settled[u] || du > dist[u]!) continue;
    settled[u] = 1;
    if (u === to) break;
    for (let s = nbr.offsets[u]!, end = nbr.offsets[u + 1]!; s < end; s++) {
      const w = nbr.items[s]!;
      if (settled[w]) continue;
      const ex = pos[3 * w]! - pos[3 * u]!, ey = pos[3 * w + 1]! - pos[3 * u + 1]!, ez = pos[3 * w + 2]! - pos[3 * u + 2]!;
      const d = du + Math.sqrt(ex * ex + ey * ey + ez * ez);
      if (d < dist[w]!) {
        dist[w] = d;
        previous[w] = u;
        heap.push(d, w);
      }
    }
  }
  if (!settled[to]) throw new Error(`no skin path joins vertex ${from} to vertex ${to} (separate skin parts)`);
  const path: number[] = [];
  for (let v = to; v !== -1; v = previous[v]!) path.push(v);
  return path.reverse();
}
