/**
 * A trigger point's main (essential) zone as the quiz uses it: the vertices inside it, and the
 * same zone as a painted area of the pain drawing, so "What refers here?" can show the zone on the
 * body with the app's own brush and ask the app's own lookup about exactly what is shown.
 */
import { geodesicDistances, vertexNeighbours, vertexPosition } from '../mesh';
import type { OpenAtlas } from '../openAtlas';
import { BRUSH_SIZES, MAX_AREA_SAMPLES, toMillimetres, type DrawingPoint } from '../painPoints';
import type { Side } from '../types';
import { forEachZoneWeight, WEIGHT_SCALE, type BakedTriggerPoint, type BakedZone } from '../zones';

/**
 * A vertex is inside a zone from this weight on. The baker's soft edge is a smoothstep centred on
 * the authored radius, so one half is exactly the edge the data draws; the lookup also counts a
 * painted vertex as fully inside from one half (findCandidates' INSIDE_WEIGHT).
 */
export const INSIDE_ZONE_WEIGHT = 0.5;

/** The trigger point's essential layer, if it has one. */
export function essentialZone(tp: BakedTriggerPoint): BakedZone | undefined {
  return tp.zones.find((z) => z.kind === 'essential');
}

/** The vertices of a zone on `side` whose weight is at least `minWeight` (0..1), ascending. */
export function zoneVertices(atlas: OpenAtlas, zone: BakedZone, side: Side, minWeight: number = INSIDE_ZONE_WEIGHT): number[] {
  const out: number[] = [];
  forEachZoneWeight(zone, side, atlas.mesh, (v, level) => {
    if (level / WEIGHT_SCALE >= minWeight) out.push(v);
  });
  return out.sort((a, b) => a - b);
}

/** Brush centres (vertices) and the brush radius (metres) that paint a zone. */
export interface ZoneBrush {
  readonly centres: readonly number[];
  readonly radius: number;
}

/** Options of {@link zoneBrush}. */
export interface ZoneBrushOptions {
  /** Brush radii to try, smallest first: the smallest that covers the zone in few enough centres wins. */
  radii: readonly number[];
  /** Most centres one painted area may hold. */
  maxCentres: number;
}

/** Defaults of {@link ZoneBrushOptions}: the app's own brush sizes and its limit per painted area. */
export const ZONE_BRUSH_DEFAULTS: ZoneBrushOptions = {
  radii: [BRUSH_SIZES.small, BRUSH_SIZES.medium, BRUSH_SIZES.large],
  maxCentres: MAX_AREA_SAMPLES,
};

/**
 * Brush centres that paint every vertex inside the zone, the deepest first: a greedy cover that
 * puts each new centre at the uncovered vertex farthest (over the skin) from the zone's edge, so
 * the band stays inside the zone wherever the zone is wider than the brush. The smallest brush
 * that needs at most `maxCentres` centres follows the zone's outline best. Undefined for a zone
 * with no vertex inside.
 */
export function zoneBrush(atlas: OpenAtlas, zone: BakedZone, side: Side, options: Partial<ZoneBrushOptions> = {}): ZoneBrush | undefined {
  const { radii, maxCentres } = { ...ZONE_BRUSH_DEFAULTS, ...options };
  const inside = zoneVertices(atlas, zone, side);
  if (inside.length === 0) return undefined;
  const depth = depthInside(atlas, inside);
  const order = [...inside].sort((a, b) => depth.get(b)! - depth.get(a)! || a - b);
  let last: ZoneBrush | undefined;
  for (const radius of radii) {
    const centres = coverGreedily(atlas, order, radius, maxCentres + 1);
    last = { centres: centres.slice(0, maxCentres), radius };
    if (centres.length <= maxCentres) return last;
  }
  // Even the largest brush needs more: its first centres still paint the zone's middle.
  return last;
}

/** The painted area a zone brush makes, as a drawing point on this body. */
export function zoneDrawingPoint(atlas: OpenAtlas, brush: ZoneBrush): DrawingPoint {
  const samples = brush.centres.map((v) => toMillimetres(vertexPosition(atlas.mesh, v)));
  return brush.radius === BRUSH_SIZES.medium ? { kind: 'area', samples } : { kind: 'area', samples, radius: brush.radius };
}

/** Each inside vertex's distance over the skin from the nearest vertex outside the zone. */
function depthInside(atlas: OpenAtlas, inside: readonly number[]): Map<number, number> {
  const set = new Set(inside);
  const { offsets, items } = vertexNeighbours(atlas.mesh);
  const edge = new Set<number>();
  for (const v of inside) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (!set.has(items[k]!)) edge.add(items[k]!);
  }
  const depth = new Map<number, number>();
  // A zone with no outside (it covers the whole mesh) is equally deep everywhere.
  if (edge.size === 0) {
    for (const v of inside) depth.set(v, 0);
    return depth;
  }
  // No zone is a metre deep: bounding the sweep keeps it to the zone's neighbourhood.
  const field = geodesicDistances(atlas.mesh, [...edge].sort((a, b) => a - b), { maxDistance: 1 });
  for (const v of inside) depth.set(v, Number.isFinite(field[v]!) ? field[v]! : 0);
  return depth;
}

/** Centres, in `order`, each covering every not yet covered vertex within `radius` over the skin. */
function coverGreedily(atlas: OpenAtlas, order: readonly number[], radius: number, stopAfter: number): number[] {
  const covered = new Set<number>();
  const centres: number[] = [];
  for (const v of order) {
    if (covered.has(v)) continue;
    centres.push(v);
    if (centres.length >= stopAfter) break;
    geodesicDistances(atlas.mesh, [v], { maxDistance: radius }).forEach((d, w) => {
      if (d <= radius) covered.add(w);
    });
  }
  return centres;
}
