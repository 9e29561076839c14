/** The quiz's first screen: what a round is, where its questions come from, and Start. */
import { useEffect, useId, useRef } from 'react';
import { isQuizScope, scopesWithMuscles, type QuizScope } from '../../atlas/quiz';
import { MUSCLES } from '../../state/muscleCatalogue';
import { KeptRounds } from './KeptRounds';
import { scopeWords } from './quizWords';

/** Props of {@link QuizStart}. */
export interface QuizStartProps {
  readonly scope: QuizScope;
  readonly onScope: (scope: QuizScope) => void;
  /** Null while the body and its zones load. */
  readonly onStart: (() => void) | null;
  /** False when the browser cannot draw the 3D body, which the questions need. */
  readonly webgl: boolean;
  /** Focus the heading (coming back from a round; not when the page opens). */
  readonly focusHeading: boolean;
}

const SCOPES: readonly QuizScope[] = ['all', ...scopesWithMuscles(MUSCLES)];

/** Choose a region (or the whole atlas) and start a round. */
export function QuizStart({ scope, onScope, onStart, webgl, focusHeading }: QuizStartProps) {
  const select = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <div className="quiz-start">
      <h2 ref={heading} tabIndex={-1}>Quiz</h2>
      <p>
        Ten questions on the 3D body: paint where a trigger point sends its pain, tap where a trigger point lies, and name
        the muscles that refer pain to a zone. Each answer is scored at once and the true pattern is shown.
      </p>
      {webgl ? (
        <>
          <label className="quiz-field" htmlFor={select}>
            Questions from
            <select id={select} data-testid="quiz-scope" value={scope} onChange={(e) => isQuizScope(e.currentTarget.value) && onScope(e.currentTarget.value)}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {scopeWords(s)}
                </option>
              ))}
            </select>
          </label>
          <div className="quiz-actions">
            <button type="button" className="quiz-primary" data-testid="quiz-start" disabled={!onStart} onClick={() => onStart?.()}>
              {onStart ? 'Start' : 'Loading the body…'}
            </button>
          </div>
        </>
      ) : (
        <p className="quiz-note" role="status">
          The quiz needs the 3D body, which this browser cannot show. The atlas&apos;s lists still work in the explorer.
        </p>
      )}
      <p className="quiz-note">Your answers stay in this browser. Scores are kept on this device only if you ask.</p>
      <KeptRounds />
    </div>
  );
}
