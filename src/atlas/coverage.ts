/**
 * How much of the skin the atlas can explain: over the exposed skin by area (see
 * `mesh/exposedSkin.ts`: the mouth's inside is not skin a pain drawing can mark), the share inside some
 * essential zone and inside any zone (either side's muscles), per body region, and the largest
 * patches that no zone reaches, named by their landmark. The authoring tool of the muscle issues:
 * a patch listed here is a pain the lookup cannot answer.
 */
import { ALL_LANDMARK_IDS, type LandmarkId } from './landmarkNames';
import { BODY_REGIONS, regionOfLandmark, type BodyRegion } from './bodyRegions';
import { vertexCount, vertexNeighbours } from './mesh/adjacency';
import { exposedVertices } from './mesh/exposedSkin';
import { vertexAreas } from './mesh/vertexAreas';
import type { OpenAtlas } from './openAtlas';
import type { Side } from './types';
import { landmarkVertices } from './landmarks';
import { vertexRegions } from './vertexRegions';
import { FIND_CANDIDATES_DEFAULTS } from './lookup';
import { forEachZoneWeight, WEIGHT_SCALE } from './zones';

/** What covers a vertex: the strongest layer whose zone reaches it. */
export type CoverLevel = 'essential' | 'spillover' | 'none';

/** A share of skin area. */
export interface AreaShare {
  /** Skin area in square metres. */
  readonly area: number;
  /** Fraction of `area` that some essential zone reaches. */
  readonly essential: number;
  /** Fraction of `area` that any zone (essential or spillover) reaches. */
  readonly any: number;
}

/** A connected patch of skin that no zone reaches. */
export interface UncoveredPatch {
  /** Square metres. */
  readonly area: number;
  readonly region: BodyRegion;
  /** The landmark whose row holds most of the patch (its name for people). */
  readonly landmark: LandmarkId;
  /** Every landmark whose row holds part of the patch, most area first. */
  readonly landmarks: readonly LandmarkId[];
  readonly vertexCount: number;
}

/** The coverage of the whole skin. */
export interface CoverageReport {
  /** Over the exposed skin. */
  readonly total: AreaShare;
  /** Square metres of the mesh no ray from outside reaches, left out of every figure. */
  readonly hiddenArea: number;
  readonly regions: Readonly<Record<BodyRegion, AreaShare>>;
  /** Largest first. */
  readonly uncovered: readonly UncoveredPatch[];
  /** Per vertex, what covers it. */
  readonly levels: readonly CoverLevel[];
}

/** Options of {@link coverageReport}. */
export interface CoverageOptions {
  /** How many patches to list. */
  patches: number;
  /** Patches smaller than this (square metres) are left out: stray vertices between zones. */
  minPatchArea: number;
}

const DEFAULTS: CoverageOptions = { patches: 15, minPatchArea: 0.0004 };

/**
 * Measures the atlas's coverage of the skin. A zone reaches a vertex when the lookup would name
 * its muscle for a tap there: its weight times the layer's and the trigger point's factors is at
 * least the lookup's `minCoverage` (the same numbers as `findCandidates`, so the report and the
 * answers never disagree).
 */
export function coverageReport(atlas: OpenAtlas, options: Partial<CoverageOptions> = {}): CoverageReport {
  const o = { ...DEFAULTS, ...options };
  const { mesh, baked } = atlas;
  const n = vertexCount(mesh);
  const { spilloverFactor, prevalenceFactors, minCoverage } = FIND_CANDIDATES_DEFAULTS;
  const levels: CoverLevel[] = new Array<CoverLevel>(n).fill('none');
  for (const muscle of baked.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const zone of tp.zones) {
        const factor = (zone.kind === 'essential' ? 1 : spilloverFactor) * prevalenceFactors[tp.prevalence];
        for (const side of ['right', 'left'] as Side[]) {
          forEachZoneWeight(zone, side, mesh, (v, level) => {
            if ((level / WEIGHT_SCALE) * factor < minCoverage) return;
            if (zone.kind === 'essential') levels[v] = 'essential';
            else if (levels[v] === 'none') levels[v] = 'spillover';
          });
        }
      }
    }
  }
  const area = vertexAreas(atlas.mesh);
  const exposed = exposedVertices(mesh);
  let hiddenArea = 0;
  for (let v = 0; v < n; v++) {
    if (exposed[v]) continue;
    hiddenArea += area[v]!;
    area[v] = 0;
  }
  const regionsOf = vertexRegions(mesh, landmarkVertices(mesh));
  const sums = new Map<BodyRegion | 'total', { area: number; essential: number; any: number }>();
  const add = (key: BodyRegion | 'total', v: number) => {
    const s = sums.get(key) ?? { area: 0, essential: 0, any: 0 };
    s.area += area[v]!;
    if (levels[v] === 'essential') s.essential += area[v]!;
    if (levels[v] !== 'none') s.any += area[v]!;
    sums.set(key, s);
  };
  for (let v = 0; v < n; v++) {
    add('total', v);
    add(regionsOf.regionOf(v), v);
  }
  const share = (key: BodyRegion | 'total'): AreaShare => {
    const s = sums.get(key) ?? { area: 0, essential: 0, any: 0 };
    return { area: s.area, essential: s.area > 0 ? s.essential / s.area : 0, any: s.area > 0 ? s.any / s.area : 0 };
  };
  const regions = Object.fromEntries(BODY_REGIONS.map((r) => [r, share(r)])) as Record<BodyRegion, AreaShare>;
  const uncovered = uncoveredPatches(atlas, levels, exposed, area, (v) => regionsOf.landmarkOf(v))
    .filter((p) => p.area >= o.minPatchArea)
    .slice(0, o.patches);
  return { total: share('total'), hiddenArea, regions, uncovered, levels };
}

/** Connected patches of exposed, uncovered vertices (over the mesh's edges), largest first. */
function uncoveredPatches(
  atlas: Pick<OpenAtlas, 'mesh'>,
  levels: readonly CoverLevel[],
  exposed: Uint8Array,
  area: Float64Array,
  landmarkOf: (vertex: number) => LandmarkId,
): UncoveredPatch[] {
  const { offsets, items } = vertexNeighbours(atlas.mesh);
  const seen = new Uint8Array(levels.length);
  const patches: { patch: UncoveredPatch; first: number }[] = [];
  for (let start = 0; start < levels.length; start++) {
    if (seen[start] || levels[start] !== 'none' || !exposed[start]) continue;
    const byLandmark = new Map<LandmarkId, number>();
    let total = 0;
    let count = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      count++;
      total += area[v]!;
      byLandmark.set(landmarkOf(v), (byLandmark.get(landmarkOf(v)) ?? 0) + area[v]!);
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = items[k]!;
        if (!seen[w] && levels[w] === 'none' && exposed[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    // Most area first; equal areas in the contract's landmark order, so the list never wobbles.
    const order = ALL_LANDMARK_IDS.filter((id) => byLandmark.has(id)).sort((a, b) => byLandmark.get(b)! - byLandmark.get(a)!);
    const landmark = order[0]!;
    patches.push({ patch: { area: total, region: regionOfLandmark(landmark), landmark, landmarks: order, vertexCount: count }, first: start });
  }
  return patches.sort((a, b) => b.patch.area - a.patch.area || a.first - b.first).map((p) => p.patch);
}
