/**
 * Every skin vertex's place in the region table: the row of its nearest landmark, measured along
 * the skin, so a tap or a painted patch anywhere has a body region and a Widespread Pain Index area.
 */
import { ALL_LANDMARK_IDS, type LandmarkId } from './landmarkNames';
import { entryOf, landmarkBase, landmarkSide, regionOfLandmark, spreadArea, type BodyRegion, type SpreadArea } from './bodyRegions';
import { vertexCount, vertexNeighbours } from './mesh/adjacency';
import { MinHeap } from './mesh/minHeap';
import type { SkinMesh } from './types';

/** What every skin vertex inherits: its nearest landmark over the skin. */
export interface VertexRegions {
  /** Per vertex, the index in {@link ALL_LANDMARK_IDS} of its nearest landmark (over the skin). */
  readonly nearestLandmark: Uint16Array;
  landmarkOf(vertex: number): LandmarkId;
  regionOf(vertex: number): BodyRegion;
  /** The WPI area of a vertex; its side is the side of the body the vertex lies on. */
  spreadOf(vertex: number): SpreadArea | undefined;
}

/**
 * Labels every vertex with its nearest landmark by distance along the skin (a multi-source
 * Dijkstra over the mesh edges), so a region never leaks across a gap (the inner arm does not take
 * the chest's region). Vertices no landmark reaches (a loose part of the mesh) take the landmark
 * nearest in a straight line.
 */
export function vertexRegions(mesh: SkinMesh, landmarkVertex: ReadonlyMap<LandmarkId, number>): VertexRegions {
  const n = vertexCount(mesh);
  const { offsets, items } = vertexNeighbours(mesh);
  const p = mesh.positions;
  const distance = new Float64Array(n).fill(Infinity);
  const label = new Uint16Array(n).fill(0xffff);
  const heap = new MinHeap(n);
  ALL_LANDMARK_IDS.forEach((id, index) => {
    const v = landmarkVertex.get(id);
    if (v === undefined) return;
    distance[v] = 0;
    label[v] = index;
    heap.push(0, v);
  });
  while (heap.size > 0) {
    const d = heap.peekKey();
    const v = heap.peekValue();
    heap.pop();
    if (d > distance[v]!) continue;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = items[k]!;
      const dx = p[3 * w]! - p[3 * v]!;
      const dy = p[3 * w + 1]! - p[3 * v + 1]!;
      const dz = p[3 * w + 2]! - p[3 * v + 2]!;
      const next = d + Math.sqrt(dx * dx + dy * dy + dz * dz);
      // Ties go to the lower landmark index, so the labels never depend on the heap's order.
      if (next < distance[w]! || (next === distance[w]! && label[v]! < label[w]!)) {
        distance[w] = next;
        label[w] = label[v]!;
        heap.push(next, w);
      }
    }
  }
  for (let v = 0; v < n; v++) if (label[v] === 0xffff) label[v] = straightNearest(mesh, v, landmarkVertex);
  const idOf = (vertex: number) => ALL_LANDMARK_IDS[label[vertex]!]!;
  return {
    nearestLandmark: label,
    landmarkOf: idOf,
    regionOf: (vertex) => regionOfLandmark(idOf(vertex)),
    spreadOf: (vertex) => {
      const entry = entryOf(landmarkBase(idOf(vertex)));
      // An axial area has no side; a limb or jaw area takes the side of the vertex itself.
      const x = p[3 * vertex]!;
      return spreadArea(entry.spread, landmarkSide(idOf(vertex)) ?? (x > 0 ? 'left' : 'right'));
    },
  };
}

function straightNearest(mesh: SkinMesh, vertex: number, landmarkVertex: ReadonlyMap<LandmarkId, number>): number {
  const p = mesh.positions;
  let best = 0;
  let bestDistance = Infinity;
  ALL_LANDMARK_IDS.forEach((id, index) => {
    const v = landmarkVertex.get(id);
    if (v === undefined) return;
    const d = (p[3 * v]! - p[3 * vertex]!) ** 2 + (p[3 * v + 1]! - p[3 * vertex + 1]!) ** 2 + (p[3 * v + 2]! - p[3 * vertex + 2]!) ** 2;
    if (d < bestDistance) [best, bestDistance] = [index, d];
  });
  return best;
}

