/**
 * Bakes the authored referral zones into per-vertex weights on the skin (right-side muscle):
 * a disc is a geodesic distance field around its centre, a stroke one around the shortest skin
 * path through its anchors; each edge is feathered, and the shapes of a layer unite by max.
 */
import { geodesicDistances, meshFingerprint, skinPathSeeds, surfacePointSeeds, traceSkinPathThrough, vertexCount } from '../mesh';
import type { MuscleData, ReferralZone, ZoneKind, ZoneShape } from '../muscleSchema';
import type { MuscleId, TriggerPointId, Vec3 } from '../types';
import type { BakedAtlas, BakedLocation, BakedMuscle, BakedTriggerPoint, BakedZone } from './bakedAtlas';
import { WEIGHT_SCALE } from './bakedAtlas';
import { resolveAnchor, type ZoneContext } from './resolveAnchor';
import { zoneFalloff } from './zoneFalloff';

/** Options of {@link bakeZones}. */
export interface BakeOptions {
  /** Width of a shape's soft edge (metres) when the data gives none: about the accuracy of the drawings. */
  feather: number;
}

/** Defaults of {@link BakeOptions}. */
// 3 cm: wider than the skin mesh's trunk edges (about 2 cm), so zone edges fade instead of stepping.
export const BAKE_DEFAULTS: BakeOptions = { feather: 0.03 };

const KINDS: readonly ZoneKind[] = ['essential', 'spillover'];

/**
 * Bakes every muscle's zones on `ctx.mesh`. Zones of the same kind in one trigger point are
 * united (max), so each trigger point has at most one essential and one spillover layer.
 * Throws with the muscle, trigger point and shape named when data cannot be placed.
 */
export function bakeZones(muscles: readonly MuscleData[], ctx: ZoneContext, options: Partial<BakeOptions> = {}): BakedAtlas {
  const settings = { ...BAKE_DEFAULTS, ...options };
  const n = vertexCount(ctx.mesh);
  return {
    vertexCount: n,
    meshFingerprint: meshFingerprint(ctx.mesh),
    muscles: muscles.map((muscle): BakedMuscle => ({
      id: muscle.id as MuscleId,
      name: muscle.name,
      triggerPoints: muscle.triggerPoints.map((tp): BakedTriggerPoint => {
        const where = `muscle "${muscle.id}", trigger point "${tp.id}"`;
        return {
          id: tp.id as TriggerPointId,
          name: tp.name,
          location: withContext(`${where}, location`, () => locate(tp.location, ctx)),
          zones: KINDS.flatMap((kind) => {
            const layer = tp.zones.filter((zone) => zone.kind === kind);
            if (layer.length === 0) return [];
            return [withContext(`${where}, ${kind} zone`, () => bakeLayer(kind, layer, ctx, settings))];
          }),
        };
      }),
    })),
  };
}

function withContext<T>(where: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function locate(anchor: MuscleData['triggerPoints'][number]['location'], ctx: ZoneContext): Record<'right' | 'left', BakedLocation> {
  const right = resolveAnchor(anchor, 'right', ctx);
  const position: Vec3 = [Math.fround(right.position[0]), Math.fround(right.position[1]), Math.fround(right.position[2])];
  return {
    right: { vertex: right.vertex, position },
    left: { vertex: ctx.mesh.mirror[right.vertex] ?? right.vertex, position: [-position[0], position[1], position[2]] },
  };
}

function bakeLayer(kind: ZoneKind, zones: readonly ReferralZone[], ctx: ZoneContext, settings: BakeOptions): BakedZone {
  const weights = new Float32Array(vertexCount(ctx.mesh));
  zones.forEach((zone) =>
    zone.shapes.forEach((shape, i) => withContext(`shape ${i + 1} (${shape.shape})`, () => addShape(weights, shape, ctx, settings))),
  );
  return quantise(kind, weights);
}

/** Adds one shape into `weights` by max. */
function addShape(weights: Float32Array, shape: ZoneShape, ctx: ZoneContext, settings: BakeOptions): void {
  const { mesh } = ctx;
  const feather = shape.feather ?? settings.feather;
  let radius: number;
  let field: Float32Array;
  if (shape.shape === 'disc') {
    radius = shape.radius;
    const centre = resolveAnchor(shape.center, 'right', ctx);
    field = geodesicDistances(mesh, surfacePointSeeds(mesh, centre.surface), { maxDistance: radius + feather / 2 });
  } else {
    radius = shape.width / 2;
    const waypoints = shape.path.map((anchor) => resolveAnchor(anchor, 'right', ctx).vertex);
    const path = traceSkinPathThrough(mesh, waypoints);
    // The band around a path is a straight wavefront, which the plane-wave update measures exactly.
    field = geodesicDistances(mesh, skinPathSeeds(mesh, path), { maxDistance: radius + feather / 2, triangleUpdate: 'wavefront' });
  }
  for (let v = 0; v < field.length; v++) {
    const d = field[v]!;
    if (d === Infinity) continue;
    const w = zoneFalloff(d, radius, feather);
    if (w > weights[v]!) weights[v] = w;
  }
}

function quantise(kind: ZoneKind, weights: Float32Array): BakedZone {
  const vertices: number[] = [];
  const levels: number[] = [];
  for (let v = 0; v < weights.length; v++) {
    const q = Math.round(weights[v]! * WEIGHT_SCALE);
    if (q > 0) {
      vertices.push(v);
      levels.push(q);
    }
  }
  return { kind, vertices: Uint32Array.from(vertices), weights: Uint8Array.from(levels) };
}
