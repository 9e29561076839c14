/**
 * The derived views of the store that cost real work: the drawing's lookup and the selected
 * muscle's pattern. Each is memoised on exactly what it depends on, so however many components
 * read it, it is computed once per change (see `lookupCounts`). The lookup pipeline itself is a
 * chunk of its own, loaded with the first spot: an empty drawing needs none of it, so the
 * explorer's first view does not load it.
 */
import type { Answers } from '../atlas/askBack/answers';
import type { AskBackData, DrawingLookup, lookupDrawing } from '../atlas/lookupDrawing';
import { musclePattern, type MusclePattern } from '../atlas/musclePattern';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { DrawingPoint } from '../atlas/painPoints';
import type { Side } from '../atlas/types';

/** How many candidate lists the app shows at most. */
export const CANDIDATES_SHOWN = 10;

/** How often each derivation actually ran (tests and the bench read these). */
export const lookupCounts = { lookups: 0, patterns: 0 };

interface LookupInputs {
  readonly points: readonly DrawingPoint[];
  readonly atlas: OpenAtlas;
  readonly answers: Answers;
  readonly askBack: AskBackData | null;
}
let lastLookup: (LookupInputs & { value: DrawingLookup }) | null = null;

/** The answer to an empty drawing, as the pipeline gives it. */
const EMPTY_LOOKUP: DrawingLookup = {
  placed: [], unplaced: [], candidates: [], checks: [], questions: [],
  spread: { areas: [], regions: [], count: 0, widespread: false }, unexplained: [], areas: [], places: [],
};

let engine: typeof lookupDrawing | null = null;
let loadingEngine: Promise<void> | null = null;
const engineListeners = new Set<() => void>();

/** Loads the lookup pipeline (once); listeners of `subscribeLookupEngine` hear when it is in. */
export function loadLookupEngine(): Promise<void> {
  loadingEngine ??= import('../atlas/lookupDrawing').then(
    (m) => {
      engine = m.lookupDrawing;
      engineListeners.forEach((l) => l());
    },
    (error: unknown) => {
      loadingEngine = null;
      throw error;
    },
  );
  return loadingEngine;
}

/** Whether the pipeline has loaded (a snapshot for `useSyncExternalStore`). */
export function lookupEngineReady(): boolean {
  return engine !== null;
}

/** Calls `listener` once the pipeline has loaded; returns the unsubscribe. */
export function subscribeLookupEngine(listener: () => void): () => void {
  engineListeners.add(listener);
  return () => engineListeners.delete(listener);
}

/**
 * The lookup of the current drawing (the store's `painPoints`, `answers` and `askBack`) on
 * `atlas`; without the ask-back data (still loading) it asks nothing back yet. Null while the
 * pipeline loads (asked for here, the first time a drawing has a spot).
 */
export function selectDrawingLookup(points: readonly DrawingPoint[], atlas: OpenAtlas, answers: Answers, askBack: AskBackData | null): DrawingLookup | null {
  if (points.length === 0) return EMPTY_LOOKUP;
  if (!engine) {
    loadLookupEngine().catch((error: unknown) => console.error('The lookup could not be loaded:', error));
    return null;
  }
  const l = lastLookup;
  if (l && l.points === points && l.atlas === atlas && l.answers === answers && l.askBack === askBack) return l.value;
  lookupCounts.lookups++;
  const value = engine(points, atlas, { top: CANDIDATES_SHOWN, answers, ...(askBack ? { askBack } : {}) });
  lastLookup = { points, atlas, answers, askBack, value };
  return value;
}

let lastPattern: { muscle: string; side: Side; atlas: OpenAtlas; only: string | null; value: MusclePattern | null } | null = null;

/** The pattern of the selected muscle on the selected side, or null when none is selected. */
export function selectPattern(muscle: string | null, side: Side, atlas: OpenAtlas, only: string | null = null): MusclePattern | null {
  if (muscle === null) return null;
  if (lastPattern && lastPattern.muscle === muscle && lastPattern.side === side && lastPattern.atlas === atlas && lastPattern.only === only) return lastPattern.value;
  lookupCounts.patterns++;
  const value = musclePattern(atlas, muscle, side, only ?? undefined);
  lastPattern = { muscle, side, atlas, only, value };
  return value;
}
