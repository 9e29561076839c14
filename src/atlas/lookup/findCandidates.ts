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

/** One trigger point's best layer at one spot, for one (muscle, side). */
export interface TriggerPointHit {
  readonly spot: number;
  /** Index into `index.layers`. */
  readonly layer: number;
  readonly weight: number;
  readonly coverage: number;
}

/**
 * A (muscle, side) that explains some of the drawing, before words: what the answers of the
 * lookup's checks re-rank. `hits` holds every trigger point's best layer at every spot it
 * explains, so one trigger point's share can be taken out exactly.
 */
export interface RankedCandidate {
  /** 2 x the muscle's index in the atlas + 1 for the right side. */
  readonly key: number;
  readonly muscle: MuscleId;
  readonly side: Side;
  readonly hits: readonly TriggerPointHit[];
}

/** A ranked candidate's score and tie-breakers with some of its trigger points left out. */
export interface CandidateScore {
  /** Mean over the drawing's spots of the best remaining coverage, 3 decimals; 0 when nothing is left. */
  readonly score: number;
  readonly essentialHits: number;
  readonly zoneArea: number;
  /** The best remaining hit per explained spot, in spot order. */
  readonly best: readonly TriggerPointHit[];
}

const scratchCache = new WeakMap<AtlasIndex, { sums: Float64Array; seen: Uint8Array; touched: Uint32Array }>();

/**
 * Every (muscle, side) whose zones cover some spot of the drawing at least `minCoverage`, with
 * each of its trigger points' best hit per spot; unordered. The ranking itself is
 * {@link scoreCandidate} and {@link compareScored}.
 */
export function rankCandidates(drawing: PainDrawing, index: AtlasIndex, options: Partial<FindCandidatesOptions> = {}): RankedCandidate[] {
  const { spilloverFactor, prevalenceFactors, minCoverage } = { ...FIND_CANDIDATES_DEFAULTS, ...options };
  const byKey = new Map<number, { key: number; muscle: MuscleId; side: Side; hits: TriggerPointHit[] }>();
  drawing.forEach((spot, s) => {
    // The best layer of each (muscle, side, trigger point) for this spot.
    const best = new Map<number, TriggerPointHit>();
    forEachLayerWeight(index, spot, (layer, weight) => {
      const { muscle, side, kind, prevalence, triggerPoint } = index.layers[layer]!;
      const coverage = weight * (kind === 'essential' ? 1 : spilloverFactor) * prevalenceFactors[prevalence];
      if (coverage < minCoverage) return;
      const key = 2 * muscle + (side === 'right' ? 1 : 0);
      const tpKey = key * 1024 + triggerPoint;
      const held = best.get(tpKey);
      if (!held || coverage > held.coverage || (coverage === held.coverage && layer < held.layer)) {
        best.set(tpKey, { spot: s, layer, weight, coverage });
      }
    });
    for (const [tpKey, hit] of best) {
      const key = Math.floor(tpKey / 1024);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { key, muscle: index.atlas.muscles[key >> 1]!.id, side: key & 1 ? 'right' : 'left', hits: [] };
        byKey.set(key, entry);
      }
      entry.hits.push(hit);
    }
  });
  return [...byKey.values()];
}

/**
 * A candidate's score over a drawing of `spots` spots: per spot the best hit of a trigger point
 * not in `without`, summed and divided by the spot count (an uncovered spot adds nothing).
 */
export function scoreCandidate(candidate: RankedCandidate, index: AtlasIndex, spots: number, without: ReadonlySet<number> = NO_TRIGGER_POINTS): CandidateScore {
  const bestBySpot = new Map<number, TriggerPointHit>();
  for (const hit of candidate.hits) {
    if (without.size > 0 && without.has(index.layers[hit.layer]!.triggerPoint)) continue;
    const held = bestBySpot.get(hit.spot);
    if (!held || hit.coverage > held.coverage || (hit.coverage === held.coverage && hit.layer < held.layer)) bestBySpot.set(hit.spot, hit);
  }
  const best = [...bestBySpot.values()].sort((a, b) => a.spot - b.spot);
  let sum = 0;
  let essentialHits = 0;
  let zoneArea = 0;
  for (const hit of best) {
    sum += hit.coverage;
    zoneArea += index.layerArea[hit.layer] ?? 0;
    if (index.layers[hit.layer]!.kind === 'essential') essentialHits++;
  }
  // Never rounded down to 0: an explained spot always counts for something.
  const score = best.length === 0 || spots === 0 ? 0 : Math.max(0.001, round3(sum / spots));
  return { score, essentialHits, zoneArea, best };
}

const NO_TRIGGER_POINTS: ReadonlySet<number> = new Set();

/**
 * The lookup's order: higher score first; ties go to more essential hits, then to the smaller
 * zones (a spot inside a small zone points at its muscle more specifically than one inside a zone
 * that covers half a limb), then muscle id, then side. Sorting on the rounded score keeps float
 * noise (a left sum added in another order than its right twin) from deciding a visible tie.
 */
export function compareScored(
  a: { readonly muscle: MuscleId; readonly side: Side; readonly scored: CandidateScore },
  b: { readonly muscle: MuscleId; readonly side: Side; readonly scored: CandidateScore },
): number {
  return (
    b.scored.score - a.scored.score ||
    b.scored.essentialHits - a.scored.essentialHits ||
    compareAreas(a.scored.zoneArea, b.scored.zoneArea) ||
    compare(a.muscle, b.muscle) ||
    compare(a.side, b.side)
  );
}

/**
 * Ranks the (muscle, side) pairs whose referral zones cover the drawing's spots: score = mean over
 * all spots of the best coverage (essential weight x 1, spillover weight x `spilloverFactor`,
 * either times the trigger point's `prevalenceFactors`), so explaining every spot beats explaining
 * one and an uncovered spot adds nothing; ordered by {@link compareScored}. Muscles that explain
 * no spot are left out.
 */
export function findCandidates(drawing: PainDrawing, index: AtlasIndex, options: Partial<FindCandidatesOptions> = {}): Candidate[] {
  const { top } = { ...FIND_CANDIDATES_DEFAULTS, ...options };
  if (drawing.length === 0 || top <= 0) return [];
  const ranked = rankCandidates(drawing, index, options)
    .map((c) => ({ ...c, scored: scoreCandidate(c, index, drawing.length) }))
    .sort(compareScored);
  // Words only for what is returned: building sentences is the costliest part of a lookup.
  return ranked.slice(0, top).map((c) => explainCandidate(c, c.scored, drawing, index));
}

/** A scored candidate in words: one sentence per explained spot. */
export function explainCandidate(candidate: RankedCandidate, scored: CandidateScore, drawing: PainDrawing, index: AtlasIndex): Candidate {
  const details = scored.best.map((hit): SpotExplanation => {
    const { muscle, side, triggerPoint, kind } = index.layers[hit.layer]!;
    const baked = index.atlas.muscles[muscle]!;
    const tp = baked.triggerPoints[triggerPoint]!;
    return {
      spot: hit.spot, triggerPoint: tp.id, kind, weight: round3(hit.weight), coverage: round3(hit.coverage),
      why: sentence(describeSpot(drawing[hit.spot]!.label, hit.spot), kind, hit.weight, baked.name, tp.name, side),
    };
  });
  return {
    muscle: candidate.muscle, side: candidate.side, score: scored.score,
    explains: details.map((d) => d.spot), why: details.map((d) => d.why).join(' '), details,
  };
}

/**
 * A painted vertex counts as inside a zone from this weight on: a zone's soft edge starts at
 * about half its weight, and painting inside a zone should count as fully as a tap inside it.
 */
const INSIDE_WEIGHT = 0.5;

/**
 * Calls `visit(layer, weight)` once per layer that covers the spot. A tap: the zone's weight
 * there. A painted area: how much of it (by skin area, with the brush's falloff) lies inside the
 * zone, a vertex counting fully from {@link INSIDE_WEIGHT} on and in proportion below it.
 */
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
  const add = (v: number, amount: number, inside: boolean): void => {
    if (!(amount > 0) || !(v >= 0 && v < index.offsets.length - 1)) return;
    total += amount;
    for (let e = index.offsets[v]!, end = index.offsets[v + 1]!; e < end; e++) {
      const layer = index.entryLayer[e]!;
      if (!seen[layer]) {
        seen[layer] = 1;
        sums[layer] = 0;
        touched[count++] = layer;
      }
      const w = index.entryWeight[e]!;
      sums[layer]! += amount * (inside ? Math.min(1, w / INSIDE_WEIGHT) : w);
    }
  };
  if ('surface' in spot) {
    const corners = triangleCorners(index.mesh, spot.surface.triangle);
    for (let k = 0; k < 3; k++) add(corners[k]!, spot.surface.barycentric[k]!, false);
  } else {
    for (const [v, amount] of spot.area) add(v, amount * (index.vertexArea[v] ?? 0), true);
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
