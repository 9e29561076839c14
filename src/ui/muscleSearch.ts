/**
 * Muscle search for the finder: fuzzy matching over what a patient or a student would type (the
 * muscle's name, its synonyms, its body region, its trigger points' labels, and symptom words such
 * as "headache" or "tennis elbow" from `atlas/data/symptomTerms`), and grouping of the results by
 * region from head to foot. Functions over the muscles' catalogue entries; no React, no store.
 */
import type Fuse from 'fuse.js';
import type { MuscleEntry } from '../atlas/muscleEntry';
import { loadSearchableMuscles } from '../state/muscleCatalogue';
import type { SymptomTerm } from '../atlas/data/symptomTerms';

/** What the search reads of a muscle. */
type Searchable = Pick<MuscleEntry, 'name' | 'region'> & {
  readonly id: string;
  readonly synonyms: readonly string[];
  readonly triggerPoints: readonly { readonly name: string }[];
};
import { REGIONS, type Region } from '../atlas/regions';
import { REGION_LABELS } from '../atlas/regionNames';

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
  /**
   * Added to a match's score by what it matched, so a name outranks a symptom word, a synonym, a
   * region or a trigger point label.
   */
  penalties: Readonly<Record<TermKind | 'symptom', number>>;
  /**
   * A trigger point label counts only when matched this well: labels share words ("upper TrP"),
   * so a near miss ("upper trap") would list every muscle with an upper trigger point.
   */
  triggerPointFit: number;
  /**
   * Added to a symptom match's score for the share of the symptom the query leaves out, so that
   * "neck" lists the neck's muscles rather than those of "stiff neck", while "heel" finds "heel pain".
   */
  symptomCoverage: number;
  /** The symptom list; by default the atlas's. Symptoms are matched once the fuzzy matcher has arrived (they come with it). */
  symptoms?: readonly SymptomTerm[];
}

type TermKind = 'name' | 'synonym' | 'region' | 'triggerPoint';

/** Defaults for {@link searchMuscles}. */
export const SEARCH_DEFAULTS: SearchOptions = {
  threshold: 0.34,
  cutoff: 0.2,
  // Trigger point labels ("TrP1") are shared by most muscles: searchable, but ranked last. A symptom
  // word ranks its muscles just below an exact name (each next muscle of its list 0.001 lower).
  penalties: { name: 0, symptom: 0.01, synonym: 0.02, region: 0.05, triggerPoint: 0.1 },
  triggerPointFit: 0.05,
  symptomCoverage: 0.5,
};

/**
 * The sign needing a clinician that the symptom list gives for a complaint term ("chest pain"),
 * if any; undefined until the symptom words have loaded.
 */
export function symptomWarning(term: string): string | undefined {
  return loadedSymptoms.find((entry) => entry.terms.includes(term))?.warning;
}

/** One muscle found, and the symptom word it was found by when that was its best match. */
export interface MuscleMatch<M> {
  muscle: M;
  /** The symptom term as the list spells it ("tennis elbow"). */
  symptom?: string;
}

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
      // Labels not loaded yet are empty: nothing to match.
      ...muscle.triggerPoints.filter((tp) => tp.name !== '').map((tp) => ({ index, text: tp.name, kind: 'triggerPoint' as const })),
    ];
  });
}

// The fuzzy matcher is a chunk of its own, fetched when the finder is first used: the first view
// does not need it, and until it arrives a plain substring match answers.
// The symptom words come with it: they are not needed before the first keystroke either.
let FuseClass: typeof Fuse | null = null;
let loadedSymptoms: readonly SymptomTerm[] = [];
let symptomCore: ((text: string) => string) | null = null;
let loading: Promise<void> | null = null;

/** Loads the fuzzy matcher and the symptom words once; resolves when typos and symptoms can be matched. */
export function loadFuzzySearch(): Promise<void> {
  loading ??= Promise.all([import('fuse.js'), import('../atlas/data/symptomTerms'), loadSearchableMuscles()]).then(([fuse, symptoms]) => {
    FuseClass = fuse.default;
    loadedSymptoms = symptoms.SYMPTOM_TERMS;
    symptomCore = symptoms.symptomCore;
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

/** One symptom phrase, matched by its core words. */
interface SymptomPhrase {
  entry: SymptomTerm;
  term: string;
  core: string;
}

const symptomCache = new WeakMap<readonly SymptomTerm[], Map<number, Fuse<SymptomPhrase>>>();

function symptomIndex(
  symptoms: readonly SymptomTerm[],
  threshold: number,
  FuseClass: typeof Fuse,
  symptomCore: (text: string) => string,
): Fuse<SymptomPhrase> {
  let byThreshold = symptomCache.get(symptoms);
  if (!byThreshold) {
    byThreshold = new Map();
    symptomCache.set(symptoms, byThreshold);
  }
  let fuse = byThreshold.get(threshold);
  if (!fuse) {
    const phrases = symptoms.flatMap((entry) => entry.terms.map((term) => ({ entry, term, core: symptomCore(term) })));
    fuse = new FuseClass(phrases, {
      keys: ['core'],
      threshold,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      minMatchCharLength: 2,
      includeScore: true,
      shouldSort: false,
    });
    byThreshold.set(threshold, fuse);
  }
  return fuse;
}

/**
 * Queries shorter than this match a phrase only where one of its words starts with them: people
 * type the start of a short word ("ear", "arm", "hip"), and inside longer words such fragments
 * are noise ("ear" in "forearm", "rm" in "piriformis"). Longer fragments match anywhere ("ceps").
 */
const WORD_START_BELOW = 4;

/** Whether a word of `text` starts with `fragment` (case aside). */
function startsAWord(text: string, fragment: string): boolean {
  const lower = fragment.toLowerCase();
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => word.startsWith(lower));
}

/**
 * The muscles matching `query`, best first, each with the symptom word that found it (when a
 * symptom was its best match); an empty query returns every muscle in its order.
 */
export function findMuscles<M extends Searchable>(
  query: string,
  muscles: readonly M[],
  options: Partial<SearchOptions> = {},
): MuscleMatch<M>[] {
  const q = query.trim();
  if (q === '') return muscles.map((muscle) => ({ muscle }));
  const { threshold, cutoff, penalties, triggerPointFit, symptomCoverage, symptoms = loadedSymptoms } = { ...SEARCH_DEFAULTS, ...options };
  const best = new Map<number, { score: number; symptom?: string }>();
  const offer = (index: number, score: number, symptom?: string) => {
    const previous = best.get(index);
    if (previous === undefined || score < previous.score) best.set(index, symptom === undefined ? { score } : { score, symptom });
  };
  const matches = FuseClass
    ? searchIndex(muscles, threshold, FuseClass).search(q)
    : searchTerms(muscles)
        .filter((term) => term.text.toLowerCase().includes(q.toLowerCase()))
        .map((item) => ({ item, score: 0 }));
  const short = q.length < WORD_START_BELOW;
  for (const { item, score = 1 } of matches) {
    if (item.kind === 'triggerPoint' && score > triggerPointFit) continue;
    if (short && !startsAWord(item.text, q)) continue;
    offer(item.index, score + penalties[item.kind]);
  }
  // Symptom words: each muscle of a matched entry, in the entry's order.
  const core = symptomCore?.(q) ?? '';
  if (FuseClass && symptomCore && core !== '' && symptoms.length > 0) {
    const indexOf = new Map(muscles.map((muscle, index) => [muscle.id, index]));
    for (const { item, score = 1 } of symptomIndex(symptoms, threshold, FuseClass, symptomCore).search(core)) {
      const coverage = Math.min(1, core.length / item.core.length);
      const base = score + penalties.symptom + (1 - coverage) * symptomCoverage;
      item.entry.muscles.forEach((id, rank) => {
        const index = indexOf.get(id);
        if (index !== undefined) offer(index, base + rank * 0.001, item.term);
      });
    }
  }
  if (best.size === 0) return [];
  const top = Math.min(...[...best.values()].map((b) => b.score));
  return [...best]
    .filter(([, b]) => b.score <= top + cutoff)
    .sort(([ia, a], [ib, b]) => a.score - b.score || ia - ib)
    .map(([index, b]) => (b.symptom === undefined ? { muscle: muscles[index]! } : { muscle: muscles[index]!, symptom: b.symptom }));
}

/** The muscles matching `query`, best first; an empty query returns every muscle in its order. */
export function searchMuscles<M extends Searchable>(
  query: string,
  muscles: readonly M[],
  options: Partial<SearchOptions> = {},
): M[] {
  return findMuscles(query, muscles, options).map((match) => match.muscle);
}

/** Muscles of one region, for display under a region heading. */
export interface RegionGroup<M extends Pick<MuscleEntry, 'region'> = MuscleEntry> {
  region: Region;
  label: string;
  muscles: M[];
}

/** Groups muscles by region from head to foot (the schema's REGIONS order), keeping their order within a group; empty regions are left out. */
export function groupByRegion<M extends Pick<MuscleEntry, 'region'>>(muscles: readonly M[]): RegionGroup<M>[] {
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
