/**
 * The baked atlas made ready for lookups: both sides of every zone listed per vertex, so that
 * reading what covers a spot costs a few array reads instead of a scan over every zone.
 */
import { meshFingerprint, vertexAreas, vertexCount } from '../mesh';
import type { Prevalence, ZoneKind } from '../muscleSchema';
import type { Side, SkinMesh } from '../types';
import { type BakedAtlas, type BakedZone, forEachZoneWeight, WEIGHT_SCALE } from '../zones';
import { runSteps, type Steps } from '../steps';

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
  return runSteps(indexAtlasSteps(atlas, mesh));
}

/** {@link indexAtlas} as steps: it yields after each pass over the mesh or the zones. */
export function* indexAtlasSteps(atlas: BakedAtlas, mesh: SkinMesh): Steps<AtlasIndex> {
  const n = vertexCount(mesh);
  if (atlas.vertexCount !== n) {
    throw new Error(`the atlas was baked on a mesh of ${atlas.vertexCount} vertices, not this one of ${n}`);
  }
  if (atlas.meshFingerprint !== meshFingerprint(mesh)) {
    throw new Error('the atlas was baked on a mesh with a different topology (fingerprint mismatch); re-bake it');
  }
  yield;
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
  yield;
  const entryLayer = new Uint32Array(offsets[n]!);
  const entryWeight = new Float32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  zones.forEach((zone, layer) =>
    forEachZoneWeight(zone, layers[layer]!.side, mesh, (v, level) => {
      const at = fill[v]!++;
      entryLayer[at] = layer;
      entryWeight[at] = level / WEIGHT_SCALE;
    }));
  yield;
  const vertexArea = vertexAreas(mesh);
  const layerArea = new Float64Array(layers.length);
  zones.forEach((zone, layer) =>
    forEachZoneWeight(zone, layers[layer]!.side, mesh, (v, level) => {
      layerArea[layer]! += (vertexArea[v]! * level) / WEIGHT_SCALE;
    }));
  return { atlas, mesh, layers, offsets, entryLayer, entryWeight, layerArea, vertexArea };
}
