/// <reference types="vite/client" />

/** The muscle catalogue made at build time from the muscle data (see vite.config.ts). */
declare module 'virtual:muscle-catalogue' {
  import type { MuscleEntry } from './atlas/muscleEntry';
  import type { MuscleData } from './atlas/muscleSchema';
  /** Every muscle's entry, in the atlas's order. */
  export const MUSCLE_INDEX: readonly MuscleEntry[];
  /** Every muscle's search words (synonyms, trigger point labels), a chunk loaded with the fuzzy matcher. */
  export const loadSearchWords: () => Promise<{ SEARCH_WORDS: Readonly<Record<string, import('./atlas/muscleEntry').MuscleSearchWords>> }>;
  /** Each muscle's full data, as a lazily loaded chunk of its own. */
  export const MUSCLE_TEXTS: Readonly<Record<string, () => Promise<{ default: MuscleData; citations: Readonly<Record<string, string>> }>>>;
}

/** The citation of every source the red flags name (see vite.config.ts). */
declare module 'virtual:red-flag-citations' {
  export const RED_FLAG_CITATIONS: Readonly<Record<string, string>>;
}

/** The citation of every source the lookup's questions and the spread note name (see vite.config.ts). */
declare module 'virtual:ask-back-citations' {
  export const ASK_BACK_CITATIONS: Readonly<Record<string, string>>;
  /** The source ids of the spread note (`askBack/spread.ts`). */
  export const SPREAD_SOURCE_IDS: readonly string[];
}
