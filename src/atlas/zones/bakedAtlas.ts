/**
 * The baked atlas: every referral zone as per-vertex weights on the skin mesh, for the RIGHT-side
 * muscle only. The left side is its mirror image, made at load time through the mesh's mirror map
 * (see `zoneForSide`), so it is never stored and can never disagree with the right.
 */
import type { Prevalence, ZoneKind } from '../muscleSchema';
import type { MuscleId, Side, TriggerPointId, Vec3 } from '../types';

/** Weights are stored as uint8: 255 is fully inside the zone, 0 is outside (and not stored). */
export const WEIGHT_SCALE = 255;

/** One layer (essential or spillover) of a trigger point's referral, sparse over the vertices. */
export interface BakedZone {
  readonly kind: ZoneKind;
  /** Vertices with a weight above 0, ascending. */
  readonly vertices: Uint32Array;
  /** Weight of each of `vertices`, 1..255 (divide by {@link WEIGHT_SCALE}). */
  readonly weights: Uint8Array;
}

/** Where a trigger point sits on the skin for one side. */
export interface BakedLocation {
  readonly vertex: number;
  /** The anchor snapped to the skin (float32 precision). */
  readonly position: Vec3;
}

/** A trigger point with its location on both sides and its zones (at most one per kind). */
export interface BakedTriggerPoint {
  readonly id: TriggerPointId;
  /** Short UI label ("TrP1"). */
  readonly name: string;
  /** How often the sources find it; the lookup weighs its zones by it. */
  readonly prevalence: Prevalence;
  readonly location: Readonly<Record<Side, BakedLocation>>;
  /** Essential first, then spillover; a kind with no shapes is absent. */
  readonly zones: readonly BakedZone[];
}

/** A muscle's baked trigger points, in authored order. */
export interface BakedMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly triggerPoints: readonly BakedTriggerPoint[];
}

/** Every muscle's baked zones, tied to one skin mesh topology. */
export interface BakedAtlas {
  /** Vertex count of the mesh it was baked on. */
  readonly vertexCount: number;
  /** `meshFingerprint` of that mesh, so a mismatched mesh is caught at load. */
  readonly meshFingerprint: number;
  readonly muscles: readonly BakedMuscle[];
}
