/**
 * The baked atlas made ready for lookups: both sides of every zone listed per vertex, so that
 * reading what covers a spot costs a few array reads instead of a scan over every zone.
 */
import { meshFingerprint, vertexCount } from '../mesh';
import type { Prevalence, ZoneKind } from '../muscleSchema';
import type { Side, SkinMesh } from '../types';
import { type BakedAtlas, type BakedZone, forEachZoneWeight, WEIGHT_SCALE } from '../zones';

/** One side of one zone of one trigger point: what a per-vertex entry points at. */
export interface AtlasLayer {
  /** Index into `atlas.muscles`. */
  readonly muscle: number;
  readonly side: Side;
  /** Index into the muscle's `triggerPoints`. */
  readonly triggerPoint: number;
  readonly kind: ZoneKind;
  /** The trigger point's prevalence, which weighs what the layer explains. */
  readonly prevalence: Prevalence;
}

/** A baked atlas with its per-vertex lookup, built once by {@link indexAtlas}. */
export interface AtlasIndex {
  readonly atlas: BakedAtlas;
  readonly mesh: SkinMesh;
  readonly layers: readonly AtlasLayer[];
  /** Vertex v's entries are `entryLayer[offsets[v] .. offsets[v + 1])` with matching `entryWeight`. */
  readonly offsets: Uint32Array;
  readonly entryLayer: Uint32Array;
  /** Zone weight in (0, 1]. */
  readonly entryWeight: Float32Array;
  /** Skin area of each layer, m² weighted by zone weight: smaller zones point more specifically. */
  readonly layerArea: Float64Array;
  /** Each vertex's share of the skin, m² (a painted area counts by skin area). */
  readonly vertexArea: Float64Array;
}

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Indexes a baked atlas for lookups on `mesh`, mirroring every zone to the left side. Throws if
 * the atlas was baked on a mesh with a different vertex count or topology.
 */
export function indexAtlas(atlas: BakedAtlas, mesh: SkinMesh): AtlasIndex {
  const n = vertexCount(mesh);
  if (atlas.vertexCount !== n) {
    throw new Error(`the atlas was baked on a mesh of ${atlas.vertexCount} vertices, not this one of ${n}`);
  }
  if (atlas.meshFingerprint !== meshFingerprint(mesh)) {
    throw new Error('the atlas was baked on a mesh with a different topology (fingerprint mismatch); re-bake it');
  }
  const layers: AtlasLayer[] = [];
  const zones: BakedZone[] = [];
  atlas.muscles.forEach((muscle, m) => {
    for (const side of SIDES) {
      muscle.triggerPoints.forEach((tp, t) => {
        for (const zone of tp.zones) {
          layers.push({ muscle: m, side, triggerPoint: t, kind: zone.kind, prevalence: tp.prevalence });
          zones.push(zone);
        }
      });
    }
  });
  const offsets = new Uint32Array(n + 1);
  zones.forEach((zone, layer) => forEachZoneWeight(zone, layers[layer]!.side, mesh, (v) => { offsets[v + 1]!++; }));
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const entryLayer = new Uint32Array(offsets[n]!);
  const entryWeight = new Float32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  zones.forEach((zone, layer) =>
    forEachZoneWeight(zone, layers[layer]!.side, mesh, (v, level) => {
      const at = fill[v]!++;
      entryLayer[at] = layer;
      entryWeight[at] = level / WEIGHT_SCALE;
    }));
  const vertexArea = vertexAreas(mesh);
  const layerArea = new Float64Array(layers.length);
  zones.forEach((zone, layer) =>
    forEachZoneWeight(zone, layers[layer]!.side, mesh, (v, level) => {
      layerArea[layer]! += (vertexArea[v]! * level) / WEIGHT_SCALE;
    }));
  return { atlas, mesh, layers, offsets, entryLayer, entryWeight, layerArea, vertexArea };
}

/** A third of the area of every triangle around each vertex (the skin each vertex stands for). */
function vertexAreas(mesh: SkinMesh): Float64Array {
  const { positions: p, indices } = mesh;
  const areas = new Float64Array(p.length / 3);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]! * 3, indices[t + 1]! * 3, indices[t + 2]! * 3];
    const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!] as const;
    const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!] as const;
    const area = 0.5 * Math.hypot(e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]);
    for (const v of [a, b, c]) areas[v / 3]! += area / 3;
  }
  return areas;
}
