/**
 * The skin as a pose leaves it: every vertex and normal skinned, and a SkinMesh of the posed
 * positions for picking (same triangles, so a hit names the same vertices as on the rest pose and
 * the lookup is unchanged).
 */
import type { SkinMesh, Vec3 } from '../types';
import { normalize } from '../vec3';
import { skinPoint, skinPositions, type Rig } from './rig';
import type { PropShape } from './props';

export interface PosedSkin {
  /** Which pose this is (muscle, side, pose, body), to tell poses apart. */
  readonly key: string;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** The posed skin for ray casts (positions above, triangles and mirror of the rest skin). */
  readonly mesh: SkinMesh;
  readonly matrices: Float64Array;
  /** The body lies down (on its back, front or side): framed from above. */
  readonly lying: boolean;
  /** The pose's props, placed on this skin. */
  readonly props: readonly PropShape[];
}

export function posedSkin(
  key: string,
  rig: Rig,
  matrices: Float64Array,
  rest: SkinMesh,
  restNormals: Float32Array,
  lying = false,
  props: (positions: Float32Array) => readonly PropShape[] = () => [],
): PosedSkin {
  const positions = skinPositions(rig, matrices, rest.positions);
  const normals = new Float32Array(restNormals.length);
  for (let v = 0; v < restNormals.length / 3; v++) {
    const n = normalize(skinPoint(rig, matrices, v, [restNormals[v * 3]!, restNormals[v * 3 + 1]!, restNormals[v * 3 + 2]!], true));
    normals.set(n, v * 3);
  }
  return { key, positions, normals, matrices, lying, props: props(positions), mesh: { positions, indices: rest.indices, mirror: rest.mirror } };
}

/** A rest-pose point near vertex `v`, carried as the skin at `v` moves. */
export function posedPoint(rig: Rig, skin: PosedSkin, v: number, restPoint: Vec3): [number, number, number] {
  return skinPoint(rig, skin.matrices, v, restPoint);
}
