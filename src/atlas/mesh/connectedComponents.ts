/**
 * Which vertices share skin: the connected components of the mesh's edge graph. Zones spread only
 * within a component, so a body mesh whose vertices are split along UV seams (unwelded) would cut
 * every zone at the seams; checking the component count catches that before baking.
 */
import type { SkinMesh } from '../types';
import { vertexCount, vertexNeighbours } from './adjacency';

/** The connected components of a mesh: how many, and each vertex's component (numbered from 0 by lowest vertex). */
export interface MeshComponents {
  readonly count: number;
  readonly component: Uint32Array;
  /** Vertices in each component. */
  readonly sizes: readonly number[];
}

/** Labels each vertex with its connected component (vertices in no triangle form their own). */
export function connectedComponents(mesh: SkinMesh): MeshComponents {
  const n = vertexCount(mesh);
  const { offsets, items } = vertexNeighbours(mesh);
  const component = new Uint32Array(n).fill(0xffffffff);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (component[start] !== 0xffffffff) continue;
    const label = sizes.length;
    let size = 0;
    component[start] = label;
    stack.push(start);
    while (stack.length > 0) {
      const v = stack.pop()!;
      size++;
      for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
        const w = items[s]!;
        if (component[w] === 0xffffffff) {
          component[w] = label;
          stack.push(w);
        }
      }
    }
    sizes.push(size);
  }
  return { count: sizes.length, component, sizes };
}
