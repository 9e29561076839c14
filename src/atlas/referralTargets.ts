/**
 * Where referral paths go: for each trigger point of a muscle on one side, one target per
 * separate patch of its zones (temporalis TrP1 sends pain both to the temple and to the upper
 * teeth: two paths), at the patch's most central, strongest point. Patches hugging the trigger
 * point itself get no path.
 */
import { vertexNeighbours } from './mesh';
import type { OpenAtlas } from './openAtlas';
import type { ZoneKind } from './muscleSchema';
import type { Side, Vec3 } from './types';
import { zoneWeights } from './zones';
import { distance } from './vec3';

/** A path from a trigger point to one patch of its referral zone. */
export interface ReferralTarget {
  readonly triggerPoint: string;
  readonly kind: ZoneKind;
  readonly from: { vertex: number; position: Vec3 };
  readonly to: { vertex: number; position: Vec3 };
}

/** Options of {@link referralTargets}. */
export interface ReferralTargetOptions {
  /** Zone weight from which a vertex belongs to a patch. */
  core: number;
  /** Patches with fewer vertices are noise (metres do not matter here: vertex count does). */
  minVertices: number;
  /** No path to a patch whose target is this close to the trigger point (metres). */
  minDistance: number;
}

/** Defaults of {@link ReferralTargetOptions}. */
export const REFERRAL_TARGET_DEFAULTS: ReferralTargetOptions = { core: 0.5, minVertices: 3, minDistance: 0.04 };

/** The referral paths of `muscleId` on `side`. */
export function referralTargets(
  atlas: OpenAtlas,
  muscleId: string,
  side: Side,
  options: Partial<ReferralTargetOptions> = {},
): ReferralTarget[] {
  const { core, minVertices, minDistance } = { ...REFERRAL_TARGET_DEFAULTS, ...options };
  const muscle = atlas.baked.muscles.find((m) => m.id === muscleId);
  if (!muscle) return [];
  const { positions } = atlas.mesh;
  const at = (v: number): Vec3 => [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!];
  const neighbours = vertexNeighbours(atlas.mesh);
  const out: ReferralTarget[] = [];
  for (const tp of muscle.triggerPoints) {
    const from = tp.location[side];
    for (const zone of tp.zones) {
      const weights = zoneWeights(zone, side, atlas.mesh);
      const seen = new Uint8Array(weights.length);
      for (let start = 0; start < weights.length; start++) {
        if (seen[start] || weights[start]! < core) continue;
        // Flood one patch of strong weight.
        const patch: number[] = [];
        const stack = [start];
        seen[start] = 1;
        while (stack.length) {
          const v = stack.pop()!;
          patch.push(v);
          for (let e = neighbours.offsets[v]!; e < neighbours.offsets[v + 1]!; e++) {
            const n = neighbours.items[e]!;
            if (!seen[n] && weights[n]! >= core) {
              seen[n] = 1;
              stack.push(n);
            }
          }
        }
        if (patch.length < minVertices) continue;
        const target = centralVertex(patch, weights, at);
        const position = at(target);
        if (distance(position, from.position) < minDistance) continue;
        out.push({ triggerPoint: tp.id, kind: zone.kind, from, to: { vertex: target, position } });
      }
    }
  }
  return out;
}

/** The strongest vertex nearest the patch's weighted centre (on the patch, unlike the centre). */
function centralVertex(patch: readonly number[], weights: Float32Array, at: (v: number) => Vec3): number {
  const centre = [0, 0, 0];
  let total = 0;
  for (const v of patch) {
    const p = at(v);
    const w = weights[v]!;
    for (let k = 0; k < 3; k++) centre[k]! += p[k]! * w;
    total += w;
  }
  const c = centre.map((x) => x / total);
  const strongest = Math.max(...patch.map((v) => weights[v]!));
  let best = patch[0]!;
  let bestDistance = Infinity;
  for (const v of patch) {
    if (weights[v]! < strongest * 0.9) continue;
    const p = at(v);
    const d = Math.hypot(p[0] - c[0]!, p[1] - c[1]!, p[2] - c[2]!);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}
