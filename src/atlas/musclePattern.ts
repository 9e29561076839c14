/**
 * A muscle's referral pattern on one side, as the app draws it: its trigger points' places and
 * the union of their essential and spillover zones as dense per-vertex weights.
 */
import type { OpenAtlas } from './openAtlas';
import type { Side, Vec3 } from './types';
import { zoneWeights } from './zones';

/** What to draw for one muscle on one side. */
export interface MusclePattern {
  readonly triggerPoints: readonly { id: string; name: string; vertex: number; position: Vec3 }[];
  readonly essential: Float32Array;
  readonly spillover: Float32Array;
}

/** The pattern of `muscleId` on `side` (of its trigger point `only`, if given), or null for an unknown muscle. */
export function musclePattern(atlas: OpenAtlas, muscleId: string, side: Side, only?: string): MusclePattern | null {
  const muscle = atlas.baked.muscles.find((m) => m.id === muscleId);
  if (!muscle) return null;
  const count = atlas.mesh.mirror.length;
  const essential = new Float32Array(count);
  const spillover = new Float32Array(count);
  const shown = only ? muscle.triggerPoints.filter((tp) => tp.id === only) : muscle.triggerPoints;
  if (shown.length === 0) return musclePattern(atlas, muscleId, side);
  for (const tp of shown) {
    for (const zone of tp.zones) zoneWeights(zone, side, atlas.mesh, zone.kind === 'essential' ? essential : spillover);
  }
  return {
    triggerPoints: shown.map((tp) => ({ id: tp.id, name: tp.name, ...tp.location[side] })),
    essential,
    spillover,
  };
}
