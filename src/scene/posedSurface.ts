/**
 * Where things on the skin are drawn in the current pose: at rest, the rest-pose points and
 * normals; in a reached pose, the same points carried by the skin (atlas/pose/posedSkin.ts). While
 * the body moves, marks that sit on the skin are hidden (`moving`) and drawn again where the skin
 * has arrived.
 */
import { useMemo } from 'react';
import { Vector3, type SkinnedMesh } from 'three';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';
import { bodyRig } from './bodyRig';
import { posedPoint, type PosedSkin } from '../atlas/pose/posedSkin';
import { vertexNormal } from './surfaceFrame';
import type { Vec3 } from '../atlas/types';

export interface SurfaceFrame {
  /** The body is between poses: skin marks wait. */
  readonly moving: boolean;
  /** The posed skin, or null at rest. */
  readonly skin: PosedSkin | null;
  /** A rest-pose point near vertex `v`, where it is drawn now. */
  point(v: number, rest: Vec3): Vector3;
  /** The outward normal at vertex `v`, as drawn now. */
  normal(v: number): Vector3;
}

/** The current surface frame (re-renders when a pose is reached or left). */
export function useSurfaceFrame(): SurfaceFrame {
  const { mesh } = useBody();
  const skin = useAtlasStore((s) => s.posedSkin);
  const moving = useAtlasStore((s) => s.poseReached === null);
  return useMemo(() => surfaceFrame(mesh, skin, moving), [mesh, skin, moving]);
}

export function surfaceFrame(mesh: SkinnedMesh, skin: PosedSkin | null, moving = false): SurfaceFrame {
  if (!skin) return { moving, skin, point: (_v, rest) => new Vector3(...rest), normal: (v) => vertexNormal(mesh, v) };
  const { rig } = bodyRig(mesh);
  return {
    moving,
    skin,
    point: (v, rest) => new Vector3(...posedPoint(rig, skin, v, rest)),
    normal: (v) => new Vector3().fromArray(skin.normals, v * 3),
  };
}
