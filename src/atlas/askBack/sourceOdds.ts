/**
 * How likely each candidate trigger point is to be the source of the drawing: what weighs the
 * possible answers of a check ("brings on my usual pain" is as likely as that trigger point is
 * the source). It never ranks the candidates; the lookup's order stays its own.
 *
 * Each trigger point is one hypothesis. A spot it explains counts by its zone's weight there over
 * the zone's skin area (a small zone points at its trigger point more sharply than one that covers
 * half a limb, as the lookup's own tie-break says), a spillover zone by the lookup's spillover
 * factor (felt by some patients only); a spot it does not explain counts as an unrelated spot,
 * as likely anywhere on the skin. How often the trigger point is found is its prior, and one whose
 * essential zone holds none of the spots is less likely: that zone is where nearly every patient
 * with the active trigger point feels pain (Travell & Simons' usage; shared reference, "Essential
 * vs spillover").
 */
import { FIND_CANDIDATES_DEFAULTS } from '../lookup/findCandidates';
import type { AtlasIndex } from '../lookup/indexAtlas';
import type { FoundAnswer } from './answers';
import type { AnsweredCandidate } from './rerank';

/** How much less likely a trigger point is when its essential zone holds none of the spots. */
export const ESSENTIAL_ZONE_MISSED = 0.2;

/** One trigger point of a candidate with its chance of being the drawing's source. */
export interface SourceOdds {
  readonly candidate: AnsweredCandidate;
  /** The candidate's place in the current order (0 = first). */
  readonly rank: number;
  /** Index into the muscle's trigger points. */
  readonly triggerPoint: number;
  /** In [0, 1]; the odds of every trigger point returned add up to 1. */
  readonly odds: number;
}

const skinAreaCache = new WeakMap<AtlasIndex, number>();

/** The skin's area, m²: an unrelated spot is as likely anywhere on it. */
function skinArea(index: AtlasIndex): number {
  let area = skinAreaCache.get(index);
  if (area === undefined) {
    area = index.vertexArea.reduce((sum, a) => sum + a, 0);
    skinAreaCache.set(index, area);
  }
  return area;
}

/**
 * The odds of every trigger point of `current` that explains some spot of a drawing of `spots`
 * spots and whose answer is not known yet: a trigger point already answered, and every trigger
 * point of a muscle answered as a whole, are out (the answer says whether it is the pain).
 */
export function sourceOdds(current: readonly AnsweredCandidate[], index: AtlasIndex, spots: number, found: readonly FoundAnswer[]): SourceOdds[] {
  const { spilloverFactor, prevalenceFactors } = FIND_CANDIDATES_DEFAULTS;
  const unrelated = 1 / skinArea(index);
  const pool: { candidate: AnsweredCandidate; rank: number; triggerPoint: number; logWeight: number }[] = [];
  current.forEach((candidate, rank) => {
    const c = candidate.candidate;
    const mine = found.filter((a) => a.muscle === c.muscle && a.side === c.side);
    if (mine.some((a) => !a.triggerPoint)) return;
    const muscle = index.atlas.muscles[c.key >> 1]!;
    // Per trigger point, the density of its best layer at each spot it explains.
    const densities = new Map<number, Map<number, number>>();
    const inEssential = new Set<number>();
    for (const hit of c.hits) {
      const layer = index.layers[hit.layer]!;
      const density = (hit.weight * (layer.kind === 'essential' ? 1 : spilloverFactor)) / index.layerArea[hit.layer]!;
      let bySpot = densities.get(layer.triggerPoint);
      if (!bySpot) densities.set(layer.triggerPoint, (bySpot = new Map()));
      bySpot.set(hit.spot, Math.max(bySpot.get(hit.spot) ?? 0, density));
      if (layer.kind === 'essential') inEssential.add(layer.triggerPoint);
    }
    for (const [t, bySpot] of [...densities].sort((a, b) => a[0] - b[0])) {
      const tp = muscle.triggerPoints[t]!;
      if (mine.some((a) => a.triggerPoint === tp.id)) continue;
      // Logs: a painted drawing of many spots would overflow a plain product.
      let logWeight = Math.log(prevalenceFactors[tp.prevalence]);
      for (let s = 0; s < spots; s++) logWeight += Math.log((bySpot.get(s) ?? 0) + unrelated);
      if (!inEssential.has(t) && tp.zones.some((z) => z.kind === 'essential')) logWeight += Math.log(ESSENTIAL_ZONE_MISSED);
      pool.push({ candidate, rank, triggerPoint: t, logWeight });
    }
  });
  const top = Math.max(...pool.map((p) => p.logWeight));
  const weights = pool.map((p) => Math.exp(p.logWeight - top));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return pool.map(({ candidate, rank, triggerPoint }, i) => ({ candidate, rank, triggerPoint, odds: weights[i]! / total }));
}
