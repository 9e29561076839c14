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
  /**
   * How far past the midline (metres, +X for a right-side zone) a zone may reach unless its data
   * says it crosses: the midline strip belongs to both sides, the far side to the other muscle.
   */
  midlineTolerance: number;
}

/** Defaults of {@link BakeOptions}. */
// Feather 3 cm: wider than the skin mesh's trunk edges (about 2 cm), so zone edges fade instead
// of stepping. Midline 1 cm: about the accuracy of a tap, and half the width of a spinous process.
export const BAKE_DEFAULTS: BakeOptions = { feather: 0.03, midlineTolerance: 0.01 };

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
          prevalence: tp.prevalence,
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
  for (const zone of zones) {
    const shapes = new Float32Array(weights.length);
    zone.shapes.forEach((shape, i) => withContext(`shape ${i + 1} (${shape.shape})`, () => addShape(shapes, shape, ctx, settings)));
    if (zone.crossesMidline === undefined) endAtMidline(shapes, ctx.mesh.positions, settings.midlineTolerance);
    for (let v = 0; v < weights.length; v++) if (shapes[v]! > weights[v]!) weights[v] = shapes[v]!;
  }
  return quantise(kind, weights);
}

/**
 * Clears a right-side zone's weights beyond the midline strip, so that a one-sided trigger point
 * never explains pain that lies wholly on the other side (Travell & Simons draw such patterns on
 * the trigger point's own side).
 */
function endAtMidline(weights: Float32Array, positions: Float32Array, tolerance: number): void {
  for (let v = 0; v < weights.length; v++) if (positions[v * 3]! > tolerance) weights[v] = 0;
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
