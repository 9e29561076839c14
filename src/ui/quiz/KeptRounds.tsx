/** The rounds kept on this device (only when the student asked), with Forget. */
import { useSyncExternalStore } from 'react';
import { keptRounds, forgetRounds } from './quizStorage';
import { percentWords, scopeWords } from './quizWords';
import type { SavedRound } from '../../atlas/quiz';
import { longDate } from '../longDate';

const listeners = new Set<() => void>();
// Read from storage once per change, so every render sees the same list.
let cache: SavedRound[] | null = null;
const snapshot = (): SavedRound[] => (cache ??= keptRounds());

/** Tells every list of kept rounds that the kept rounds changed. */
export function keptRoundsChanged(): void {
  cache = null;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The kept rounds, newest first, or nothing when none are kept. */
export function KeptRounds() {
  const current = useSyncExternalStore(subscribe, snapshot);
  if (current.length === 0) return null;
  return (
    <section className="quiz-kept" aria-label="Scores kept on this device" data-testid="quiz-kept">
      <h3>Kept on this device</h3>
      <ol>
        {[...current].reverse().slice(0, 8).map((r) => (
          <li key={r.at}>
            {longDate(r.at)}: {scopeWords(r.scope)},{' '}
            {formatTotal(r.total)} of {r.count} ({percentWords(r.count ? r.total / r.count : 0)})
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid="quiz-forget"
        onClick={() => {
          forgetRounds();
          keptRoundsChanged();
        }}
      >
        Forget my scores
      </button>
    </section>
  );
}

/** A total to one decimal ("6.4"). */
export function formatTotal(total: number): string {
  return (Math.round(total * 10) / 10).toString();
}
