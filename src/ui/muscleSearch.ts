/**
 * Muscle search for the finder: fuzzy matching over what a patient or a student would type (the
 * muscle's name, its synonyms, its body region, its trigger points' labels), and grouping of the
 * results by region from head to foot. Functions over the muscles' catalogue entries; no React, no store.
 */
import type Fuse from 'fuse.js';
import type { MuscleEntry } from '../atlas/muscleEntry';

/** What the search reads of a muscle. */
type Searchable = Pick<MuscleEntry, 'name' | 'synonyms' | 'region' | 'triggerPoints'>;
import { REGIONS, type Region } from '../atlas/regions';
import { REGION_LABELS } from '../atlas/bodyRegions';

/** The finder's words for each body region: the region table's. */
export { REGION_LABELS };

/** How the search matches and ranks; see fuse.js for `threshold`. */
export interface SearchOptions {
  /** 0 = exact, 1 = anything. 0.34 lets "trapz" find trapezius but keeps "neck" from matching "back". */
  threshold: number;
  /**
   * Drop matches this much worse than the best one, so that "leg" lists the lower-leg muscles and
   * not every name with an "le" in it; a typo-only query (all matches poor) still lists them all.
   */
  cutoff: number;
  /** Added to a match's score by what it matched, so a name outranks a synonym, a region or a trigger point label. */
  penalties: Readonly<Record<TermKind, number>>;
}

type TermKind = 'name' | 'synonym' | 'region' | 'triggerPoint';

/** Defaults for {@link searchMuscles}. */
export const SEARCH_DEFAULTS: SearchOptions = {
  threshold: 0.34,
  cutoff: 0.2,
  // Trigger point labels ("TrP1") are shared by most muscles: searchable, but ranked last.
  penalties: { name: 0, synonym: 0.02, region: 0.05, triggerPoint: 0.1 },
};

/** One searchable phrase of one muscle. */
interface SearchTerm {
  index: number;
  text: string;
  kind: TermKind;
}

/**
 * Each phrase is matched on its own and a muscle ranks by its best phrase: fuse's own multi-key
 * score multiplies every weak match together, which pushed muscles with many synonyms (scalenes)
 * above the muscle actually named.
 */
function searchTerms(muscles: readonly Searchable[]): SearchTerm[] {
  return muscles.flatMap((muscle, index) => {
    const regionWords = muscle.region.replace(/-/g, ' ');
    const regionTexts = [REGION_LABELS[muscle.region]];
    if (regionWords !== regionTexts[0]!.toLowerCase()) regionTexts.push(regionWords);
    return [
      { index, text: muscle.name, kind: 'name' as const },
      ...muscle.synonyms.map((text) => ({ index, text, kind: 'synonym' as const })),
      ...regionTexts.map((text) => ({ index, text, kind: 'region' as const })),
      ...muscle.triggerPoints.map((tp) => ({ index, text: tp.name, kind: 'triggerPoint' as const })),
    ];
  });
}

// The fuzzy matcher is a chunk of its own, fetched when the finder is first used: the first view
// does not need it, and until it arrives a plain substring match answers.
let FuseClass: typeof Fuse | null = null;
let loading: Promise<void> | null = null;

/** Loads the fuzzy matcher once; resolves when typos can be matched. */
export function loadFuzzySearch(): Promise<void> {
  loading ??= import('fuse.js').then((module) => {
    FuseClass = module.default;
  });
  return loading;
}

/** Whether the fuzzy matcher has arrived. */
export function fuzzySearchReady(): boolean {
  return FuseClass !== null;
}

const indexCache = new WeakMap<readonly Searchable[], Map<number, Fuse<SearchTerm>>>();

function searchIndex(muscles: readonly Searchable[], threshold: number, FuseClass: typeof Fuse): Fuse<SearchTerm> {
  let byThreshold = indexCache.get(muscles);
  if (!byThreshold) {
    byThreshold = new Map();
    indexCache.set(muscles, byThreshold);
  }
  let fuse = byThreshold.get(threshold);
  if (!fuse) {
    fuse = new FuseClass(searchTerms(muscles), {
      keys: ['text'],
      threshold,
      // Users type a fragment of any word ("trap", "scap"), not the start of the name.
      ignoreLocation: true,
      // Each phrase is scored on its own merits; a long name must not lose to a short synonym.
      ignoreFieldNorm: true,
      minMatchCharLength: 2,
      includeScore: true,
      shouldSort: false,
    });
    byThreshold.set(threshold, fuse);
  }
  return fuse;
}

/** The muscles matching `query`, best first; an empty query returns every muscle in its order. */
export function searchMuscles<M extends Searchable>(
  query: string,
  muscles: readonly M[],
  options: Partial<SearchOptions> = {},
): M[] {
  const q = query.trim();
  if (q === '') return [...muscles];
  const { threshold, cutoff, penalties } = { ...SEARCH_DEFAULTS, ...options };
  const best = new Map<number, number>();
  const matches = FuseClass
    ? searchIndex(muscles, threshold, FuseClass).search(q)
    : searchTerms(muscles)
        .filter((term) => term.text.toLowerCase().includes(q.toLowerCase()))
        .map((item) => ({ item, score: 0 }));
  if (matches.length === 0) return [];
  for (const { item, score = 1 } of matches) {
    const s = score + penalties[item.kind];
    const previous = best.get(item.index);
    if (previous === undefined || s < previous) best.set(item.index, s);
  }
  const top = Math.min(...best.values());
  return [...best]
    .filter(([, s]) => s <= top + cutoff)
    .sort(([ia, sa], [ib, sb]) => sa - sb || ia - ib)
    .map(([index]) => muscles[index]!);
}

/** Muscles of one region, for display under a region heading. */
export interface RegionGroup<M extends Searchable = MuscleEntry> {
  region: Region;
  label: string;
  muscles: M[];
}

/** Groups muscles by region from head to foot (the schema's REGIONS order), keeping their order within a group; empty regions are left out. */
export function groupByRegion<M extends Searchable>(muscles: readonly M[]): RegionGroup<M>[] {
  const byRegion = new Map<Region, M[]>();
  for (const muscle of muscles) {
    const list = byRegion.get(muscle.region);
    if (list) list.push(muscle);
    else byRegion.set(muscle.region, [muscle]);
  }
  return REGIONS.flatMap((region) => {
    const list = byRegion.get(region);
    return list ? [{ region, label: REGION_LABELS[region], muscles: list }] : [];
  });
}
