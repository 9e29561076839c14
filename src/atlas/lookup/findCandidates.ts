/**
 * The reverse lookup: from a pain drawing to the muscles (and sides) whose trigger points refer
 * pain to it, ranked by how much of the drawing each explains, with the reasons in words.
 */
import { triangleCorners } from '../mesh';
import type { Prevalence, ZoneKind } from '../muscleSchema';
import type { MuscleId, Side, TriggerPointId } from '../types';
import type { AtlasIndex } from './indexAtlas';
import { describeSpot, describeTriggerPoint } from './describeSpot';
import type { PainDrawing, PainSpot } from './painDrawing';

/** Options of {@link findCandidates}. */
export interface FindCandidatesOptions {
  /** How many candidates to return at most. */
  top: number;
  /**
   * What a spot in a spillover zone counts for, against 1 for the essential zone: Travell &
   * Simons' spillover is felt by some patients only, so it explains a spot less well.
   */
  spilloverFactor: number;
  /**
   * What a zone counts for by how often its trigger point is found (see `PREVALENCES`): a rare
   * trigger point explains a spot less well than a common one whose zone covers it as fully, so
   * a small rare zone does not outrank the usual source of that pain.
   */
  prevalenceFactors: Readonly<Record<Prevalence, number>>;
  /** Below this coverage a spot is not explained (the faint outer edge of a zone's feather). */
  minCoverage: number;
}

/** Defaults of {@link FindCandidatesOptions}. */
// A rare trigger point's essential zone (0.6) still counts above a common one's spillover (0.5).
export const FIND_CANDIDATES_DEFAULTS: FindCandidatesOptions = {
  top: 10,
  spilloverFactor: 0.5,
  prevalenceFactors: { common: 1, occasional: 0.8, rare: 0.6 },
  minCoverage: 0.1,
};

/** Why a candidate explains one spot: the trigger point and zone layer that cover it best. */
export interface SpotExplanation {
  /** Index of the spot in the drawing. */
  readonly spot: number;
  readonly triggerPoint: TriggerPointId;
  readonly kind: ZoneKind;
  /** The zone's weight at the spot, 0..1 (3 decimals). */
  readonly weight: number;
  /** weight x the layer's factor x the prevalence factor: what the spot adds to the score (before dividing by the spot count). */
  readonly coverage: number;
  /** The reason in words, one sentence. */
  readonly why: string;
}

/** A muscle on one side that would explain part of the drawing. */
export interface Candidate {
  readonly muscle: MuscleId;
  readonly side: Side;
  /** Mean coverage over all spots of the drawing, in (0, 1], 3 decimals. */
  readonly score: number;
  /** Indexes of the spots it explains, ascending. */
  readonly explains: readonly number[];
  /** The reasons in words, one sentence per explained spot. */
  readonly why: string;
  readonly details: readonly SpotExplanation[];
}

interface Hit {
  readonly spot: number;
  readonly layer: number;
  readonly weight: number;
  readonly coverage: number;
}

interface Tally {
  readonly key: number;
  readonly muscle: MuscleId;
  readonly side: Side;
  sum: number;
  score: number;
  essentialHits: number;
  /** Summed area of the zones that explained the spots: the smaller, the more specific. */
  zoneArea: number;
  readonly hits: Hit[];
}

const scratchCache = new WeakMap<AtlasIndex, { sums: Float64Array; seen: Uint8Array; touched: Uint32Array }>();

/**
 * Ranks the (muscle, side) pairs whose referral zones cover the drawing's spots: score = mean over
 * all spots of the best coverage (essential weight x 1, spillover weight x `spilloverFactor`,
 * either times the trigger point's `prevalenceFactors`),
 * so explaining every spot beats explaining one and an uncovered spot adds nothing. Ties go to
 * more essential hits, then to the smaller zones (a spot inside a small zone points at its
 * muscle more specifically than one inside a zone that covers half a limb), then muscle id, side. Muscles that explain no spot are left out.
 */
export function findCandidates(drawing: PainDrawing, index: AtlasIndex, options: Partial<FindCandidatesOptions> = {}): Candidate[] {
  const { top, spilloverFactor, prevalenceFactors, minCoverage } = { ...FIND_CANDIDATES_DEFAULTS, ...options };
  if (drawing.length === 0 || top <= 0) return [];
  const tallies = new Map<number, Tally>();
  drawing.forEach((spot, s) => {
    // The best layer of each (muscle, side) for this spot, keyed 2 * muscle + (right ? 1 : 0).
    const best = new Map<number, Hit>();
    forEachLayerWeight(index, spot, (layer, weight) => {
      const { muscle, side, kind, prevalence } = index.layers[layer]!;
      const coverage = weight * (kind === 'essential' ? 1 : spilloverFactor) * prevalenceFactors[prevalence];
      const key = 2 * muscle + (side === 'right' ? 1 : 0);
      const held = best.get(key);
      if (!held || coverage > held.coverage || (coverage === held.coverage && layer < held.layer)) {
        best.set(key, { spot: s, layer, weight, coverage });
      }
    });
    for (const [key, hit] of best) {
      if (hit.coverage < minCoverage) continue;
      let tally = tallies.get(key);
      if (!tally) {
        const muscle = index.atlas.muscles[key >> 1]!.id;
        tally = { key, muscle, side: key & 1 ? 'right' : 'left', sum: 0, score: 0, essentialHits: 0, zoneArea: 0, hits: [] };
        tallies.set(key, tally);
      }
      tally.sum += hit.coverage;
      tally.zoneArea += index.layerArea[hit.layer] ?? 0;
      if (index.layers[hit.layer]!.kind === 'essential') tally.essentialHits++;
      tally.hits.push(hit);
    }
  });
  const ranked = [...tallies.values()];
  // Never rounded down to 0: an explained spot always counts for something.
  for (const tally of ranked) tally.score = Math.max(0.001, round3(tally.sum / drawing.length));
  // Sorting on the rounded score keeps float noise (a left sum added in another order than its
  // right twin) from deciding an order the user sees as a tie.
  ranked.sort((a, b) =>
    b.score - a.score ||
    b.essentialHits - a.essentialHits ||
    compareAreas(a.zoneArea, b.zoneArea) ||
    compare(a.muscle, b.muscle) ||
    compare(a.side, b.side));
  // Words only for what is returned: building sentences is the costliest part of a lookup.
  return ranked.slice(0, top).map((tally): Candidate => {
    const details = tally.hits.map((hit): SpotExplanation => {
      const { muscle, side, triggerPoint, kind } = index.layers[hit.layer]!;
      const baked = index.atlas.muscles[muscle]!;
      const tp = baked.triggerPoints[triggerPoint]!;
      return {
        spot: hit.spot, triggerPoint: tp.id, kind, weight: round3(hit.weight), coverage: round3(hit.coverage),
        why: sentence(describeSpot(drawing[hit.spot]!.label, hit.spot), kind, hit.weight, baked.name, tp.name, side),
      };
    });
    return {
      muscle: tally.muscle, side: tally.side, score: tally.score,
      explains: details.map((d) => d.spot), why: details.map((d) => d.why).join(' '), details,
    };
  });
}

/** Calls `visit(layer, weight)` once per layer that covers the spot, weight being its mean over the spot. */
function forEachLayerWeight(index: AtlasIndex, spot: PainSpot, visit: (layer: number, weight: number) => void): void {
  let scratch = scratchCache.get(index);
  if (!scratch) {
    const n = index.layers.length;
    scratch = { sums: new Float64Array(n), seen: new Uint8Array(n), touched: new Uint32Array(n) };
    scratchCache.set(index, scratch);
  }
  const { sums, seen, touched } = scratch;
  let count = 0;
  let total = 0;
  const add = (v: number, amount: number): void => {
    if (!(amount > 0) || !(v >= 0 && v < index.offsets.length - 1)) return;
    total += amount;
    for (let e = index.offsets[v]!, end = index.offsets[v + 1]!; e < end; e++) {
      const layer = index.entryLayer[e]!;
      if (!seen[layer]) {
        seen[layer] = 1;
        sums[layer] = 0;
        touched[count++] = layer;
      }
      sums[layer]! += amount * index.entryWeight[e]!;
    }
  };
  if ('surface' in spot) {
    const corners = triangleCorners(index.mesh, spot.surface.triangle);
    for (let k = 0; k < 3; k++) add(corners[k]!, spot.surface.barycentric[k]!);
  } else {
    for (const [v, amount] of spot.area) add(v, amount);
  }
  for (let i = 0; i < count; i++) {
    const layer = touched[i]!;
    seen[layer] = 0;
    if (total > 0) visit(layer, Math.min(1, sums[layer]! / total));
  }
}

function sentence(spot: string, kind: ZoneKind, weight: number, muscle: string, tp: string, side: Side): string {
  const layer = kind === 'essential' ? 'the main pain zone' : 'the wider, less common (spillover) zone';
  const where = weight < 0.5 ? `at the edge of ${layer}` : `in ${layer}`;
  const text = `${spot} lies ${where} of ${describeTriggerPoint(tp, muscle)} on the ${side} side.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Areas equal to a square centimetre count as a tie, so the left and right twins order alike. */
function compareAreas(a: number, b: number): number {
  return Math.abs(a - b) < 1e-4 ? 0 : a - b;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
