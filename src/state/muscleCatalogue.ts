/**
 * The app's muscles: every muscle's entry at once (to list, find and name it), and its full text
 * when its panel opens, loaded once and kept (see the catalogue plugin in vite.config.ts). The CLI
 * and the tests read the whole data directly instead (`atlas/data/muscles`).
 */
import { loadSearchWords, MUSCLE_INDEX, MUSCLE_TEXTS } from 'virtual:muscle-catalogue';
import type { MuscleEntry, MuscleSearchWords } from '../atlas/muscleEntry';
import type { MuscleData } from '../atlas/muscleSchema';

/** Every muscle's entry, in the atlas's order (head to foot, the required four first). */
export const MUSCLES: readonly MuscleEntry[] = MUSCLE_INDEX;

// Ids first, then aliases, so an alias can never shadow a muscle's own id.
const byId = new Map<string, MuscleEntry>([
  ...MUSCLES.flatMap((m) => (m.aliases ?? []).map((alias) => [alias, m] as const)),
  ...MUSCLES.map((m) => [m.id, m] as const),
]);

/** The entry of the muscle with this id or alias (`latissimus` gives latissimus-dorsi's), if any. */
export function findMuscleEntry(id: string): MuscleEntry | undefined {
  return byId.get(id);
}

const texts = new Map<string, Promise<MuscleData>>();
// Citations known so far: each muscle's arrives with its text.
const citations = new Map<string, string>();

/** The citation of a source id, once a muscle text citing it is here (else the id). */
export function loadedCitation(id: string): string {
  return citations.get(id) ?? id;
}
const loaded = new Map<string, MuscleData>();

/** The muscle's full data: fetched once, then kept; rejects for an unknown id or a failed fetch (which may be retried). */
export function loadMuscleText(id: string): Promise<MuscleData> {
  let pending = texts.get(id);
  if (!pending) {
    const load = MUSCLE_TEXTS[id];
    if (!load) return Promise.reject(new Error(`unknown muscle ${id}`));
    pending = load().then(
      (module) => {
        for (const [source, text] of Object.entries(module.citations)) citations.set(source, text);
        loaded.set(id, module.default);
        return module.default;
      },
      (error: unknown) => {
        texts.delete(id);
        throw error;
      },
    );
    texts.set(id, pending);
  }
  return pending;
}

/** The muscle's full data if it has arrived already. */
export function loadedMuscleText(id: string): MuscleData | undefined {
  return loaded.get(id);
}

/** Starts loading these muscles' texts (the top candidates: their panels open at once when chosen). */
export function prefetchMuscleTexts(ids: readonly string[]): void {
  for (const id of ids) loadMuscleText(id).catch(() => undefined);
}

/** A muscle as the finder searches it: its entry with its search words. */
export type SearchableMuscle = Omit<MuscleEntry, 'triggerPoints'> & {
  readonly synonyms: readonly string[];
  readonly triggerPoints: readonly { readonly id: string; readonly name: string; readonly clinicianOnly?: true | string | undefined }[];
};

let searchable: readonly SearchableMuscle[] | null = null;
let searchWordsLoading: Promise<readonly SearchableMuscle[]> | null = null;

/** Loads every muscle's search words once (a chunk of their own); resolves with the searchable muscles. */
export function loadSearchableMuscles(): Promise<readonly SearchableMuscle[]> {
  searchWordsLoading ??= loadSearchWords().then(
    ({ SEARCH_WORDS }) => {
      searchable = MUSCLES.map((m) => withWords(m, SEARCH_WORDS[m.id]));
      return searchable;
    },
    (error: unknown) => {
      searchWordsLoading = null;
      throw error;
    },
  );
  return searchWordsLoading;
}

/** The muscles with their search words once loaded; before, by name and region only. */
export function searchableMuscles(): readonly SearchableMuscle[] {
  return searchable ?? (plain ??= MUSCLES.map((m) => withWords(m, undefined)));
}
let plain: readonly SearchableMuscle[] | null = null;

function withWords(m: MuscleEntry, words: MuscleSearchWords | undefined): SearchableMuscle {
  return {
    ...m,
    synonyms: words?.synonyms ?? [],
    triggerPoints: m.triggerPoints.map((tp, i) => ({ ...tp, name: words?.triggerPointNames[i] ?? '' })),
  };
}
