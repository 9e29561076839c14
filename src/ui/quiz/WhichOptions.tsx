/**
 * The four muscles of a "what refers here?" question as checkboxes; once checked, each says
 * whether the lookup ranks it among its first three, and those three can show their patterns.
 */
import { useId } from 'react';
import type { WhichQuestion } from '../../atlas/quiz';
import type { Side } from '../../atlas/types';
import { revealPattern } from './useQuizBody';

/** Props of {@link WhichOptions}. */
export interface WhichOptionsProps {
  readonly question: WhichQuestion;
  readonly picked: readonly string[];
  readonly onPick: (picked: readonly string[]) => void;
  /** True once the answer was checked: the boxes are locked and marked right or wrong. */
  readonly checked: boolean;
}

/** The four options as checkboxes, marked right or wrong once checked. */
export function WhichOptions({ question, picked, onPick, checked }: WhichOptionsProps) {
  const legend = useId();
  const toggle = (muscle: string, on: boolean) => onPick(on ? [...picked, muscle] : picked.filter((m) => m !== muscle));
  return (
    <fieldset className="quiz-options" aria-labelledby={legend}>
      <legend id={legend}>Muscles</legend>
      {question.options.map((option) => {
        const right = question.answer.includes(option.muscle);
        const ticked = picked.includes(option.muscle);
        return (
          <label key={option.muscle} className={`quiz-option${checked ? (right ? ' is-right' : ' is-wrong') : ''}`}>
            <input
              type="checkbox"
              data-testid="quiz-option"
              data-muscle={option.muscle}
              {...(checked ? { 'data-correct': String(right) } : {})}
              checked={ticked}
              disabled={checked}
              onChange={(e) => toggle(option.muscle, e.currentTarget.checked)}
            />
            <span className="quiz-option-name">{option.name}</span>
            {checked && (
              <span className="quiz-option-verdict">
                {right ? 'Ranked in the first three' : 'No zone of it reaches here'}
                {ticked ? ' (you picked it)' : ''}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Props of {@link WhichPatterns}. */
export interface WhichPatternsProps {
  readonly question: WhichQuestion;
  /** The pattern on the body now, if any. */
  readonly shown: { readonly muscle: string; readonly side: Side } | null;
}

/** The lookup's first three for the zone, in its order, each button showing that pattern on the body. */
export function WhichPatterns({ question, shown }: WhichPatternsProps) {
  return (
    <div className="quiz-patterns" role="group" aria-label="The lookup's first three: show a pattern on the body">
      {question.top.map((c, i) => (
        <button
          key={`${c.muscle}-${c.side}`}
          type="button"
          aria-pressed={shown?.muscle === c.muscle && shown.side === c.side}
          onClick={() => revealPattern(c.muscle, c.side)}
        >
          {i + 1}. {question.options.find((o) => o.muscle === c.muscle)?.name ?? c.muscle} ({c.side})
        </button>
      ))}
    </div>
  );
}
