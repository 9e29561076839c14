/**
 * Core value types of the atlas: ids, model-space points and the skin mesh the core works on.
 * Plain TypeScript: no three.js, React or zustand here, so the CLI and tests run in Node.
 */
import type { LandmarkId } from './landmarkNames';

/** A nominal type: `T` tagged so that, say, a muscle id is never passed as a landmark id. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** A muscle id, kebab-case and stable (`upper-trapezius`). */
export type MuscleId = Brand<string, 'MuscleId'>;
/** A trigger point id, unique within its muscle (`trp1`). */
export type TriggerPointId = Brand<string, 'TriggerPointId'>;
export type { LandmarkId };

/** Three numbers. */
export type Vec3 = readonly [number, number, number];
/** A point in the body model's frame: metres, +Y up, feet on y = 0, facing +Z, subject's left +X. */
export type ModelPoint = Brand<Vec3, 'ModelPoint'>;

/** The subject's side. */
export type Side = 'left' | 'right';

/** A place on the skin: a triangle of the skin mesh and barycentric weights of its corners. */
export interface SurfacePoint {
  readonly triangle: number;
  readonly barycentric: Vec3;
}

/**
 * The skin as the core sees it, in the bind pose: vertex i of `positions` is MakeHuman base-mesh
 * vertex i, so topology-based definitions (landmarks, zones) hold for any body shape.
 */
export interface SkinMesh {
  /** xyz per vertex, metres. */
  readonly positions: Float32Array;
  /** Three vertex indices per triangle. */
  readonly indices: Uint32Array;
  /** For each vertex, its left-right mirror twin (x negated); midline vertices map to themselves. */
  readonly mirror: Uint32Array;
}

/** Makes a ModelPoint from three numbers. */
export function modelPoint(x: number, y: number, z: number): ModelPoint {
  return [x, y, z] as unknown as ModelPoint;
}
