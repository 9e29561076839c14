/**
 * Landmarks on the skin. Each is defined on the MakeHuman topology (a vertex of the base mesh, in
 * `data/landmarks.ts`), so it stays right for any body shape made from that mesh; the subject's
 * left landmarks are the mirror twins of the right ones.
 */
import { LANDMARK_VERTICES } from './data/landmarks';
import { MIDLINE_LANDMARKS, SIDED_LANDMARKS, type LandmarkId } from './landmarkNames';
import type { ModelPoint, SkinMesh } from './types';

/** A resolved landmark: its skin vertex and where that vertex is on this body. */
export interface ResolvedLandmark {
  readonly vertex: number;
  readonly position: ModelPoint;
}

/** Every contract landmark, resolved on one body. */
export type LandmarkTable = ReadonlyMap<LandmarkId, ResolvedLandmark>;

/** The vertex of every landmark id: midline and right from the data, left by mirroring. */
export function landmarkVertices(mesh: Pick<SkinMesh, 'mirror'>): Map<LandmarkId, number> {
  const out = new Map<LandmarkId, number>();
  for (const name of MIDLINE_LANDMARKS) out.set(name, LANDMARK_VERTICES[name]);
  for (const base of SIDED_LANDMARKS) {
    const right = LANDMARK_VERTICES[`${base}_r`];
    const left = mesh.mirror[right];
    if (left === undefined) throw new Error(`landmark ${base}_r: vertex ${right} is not on the mesh`);
    out.set(`${base}_l`, left);
    out.set(`${base}_r`, right);
  }
  return out;
}

/** Resolves every landmark on `mesh`. */
export function resolveLandmarks(mesh: SkinMesh): LandmarkTable {
  const table = new Map<LandmarkId, ResolvedLandmark>();
  for (const [name, vertex] of landmarkVertices(mesh)) {
    const p = mesh.positions;
    if (vertex * 3 + 2 >= p.length) throw new Error(`landmark ${name}: vertex ${vertex} is not on the mesh`);
    table.set(name, { vertex, position: [p[vertex * 3]!, p[vertex * 3 + 1]!, p[vertex * 3 + 2]!] as unknown as ModelPoint });
  }
  return table;
}
