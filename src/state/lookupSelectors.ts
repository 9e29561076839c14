/**
 * The derived views of the store that cost real work: the drawing's lookup and the selected
 * muscle's pattern. Each is memoised on exactly what it depends on, so however many components
 * read it, it is computed once per change (see `lookupCounts`).
 */
import type { Answers } from '../atlas/askBack/answers';
import { lookupDrawing, type AskBackData, type DrawingLookup } from '../atlas/lookupDrawing';
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

/**
 * The lookup of the current drawing (the store's `painPoints`, `answers` and `askBack`) on
 * `atlas`; without the ask-back data (still loading) it asks nothing back yet.
 */
export function selectDrawingLookup(points: readonly DrawingPoint[], atlas: OpenAtlas, answers: Answers, askBack: AskBackData | null): DrawingLookup {
  const l = lastLookup;
  if (l && l.points === points && l.atlas === atlas && l.answers === answers && l.askBack === askBack) return l.value;
  lookupCounts.lookups++;
  const value = lookupDrawing(points, atlas, { top: CANDIDATES_SHOWN, answers, ...(askBack ? { askBack } : {}) });
  lastLookup = { points, atlas, answers, askBack, value };
  return value;
}

let lastPattern: { muscle: string; side: Side; atlas: OpenAtlas; value: MusclePattern | null } | null = null;

/** The pattern of the selected muscle on the selected side, or null when none is selected. */
export function selectPattern(muscle: string | null, side: Side, atlas: OpenAtlas): MusclePattern | null {
  if (muscle === null) return null;
  if (lastPattern && lastPattern.muscle === muscle && lastPattern.side === side && lastPattern.atlas === atlas) return lastPattern.value;
  lookupCounts.patterns++;
  const value = musclePattern(atlas, muscle, side);
  lastPattern = { muscle, side, atlas, value };
  return value;
}
