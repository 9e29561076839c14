/**
 * Round scores kept on this device, only when the student asks, and forgotten in one click: one
 * localStorage entry in the form `atlas/quiz/savedScores` reads and writes. Nothing is sent anywhere.
 */
import { formatSavedRounds, parseSavedRounds, type SavedRound } from '../../atlas/quiz';

/** Where kept scores live. */
export const QUIZ_SCORES_KEY = 'trigger-point-atlas.quiz-scores';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The kept rounds, oldest first; a damaged entry is removed and reads as none. */
export function keptRounds(): SavedRound[] {
  let text: string | null;
  try {
    text = storage()?.getItem(QUIZ_SCORES_KEY) ?? null;
  } catch {
    return [];
  }
  const rounds = parseSavedRounds(text);
  if (rounds !== 'corrupt') return rounds;
  forgetRounds();
  return [];
}

/** Adds a round to the kept ones; false when the browser refuses storage. */
export function keepRound(round: SavedRound): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(QUIZ_SCORES_KEY, formatSavedRounds([...keptRounds(), round]));
    return true;
  } catch {
    return false;
  }
}

/** Removes every kept round. */
export function forgetRounds(): void {
  try {
    storage()?.removeItem(QUIZ_SCORES_KEY);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}
