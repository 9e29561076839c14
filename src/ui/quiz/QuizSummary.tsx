/** The end of a round: each question's score, the total and each kind's, Again, and keeping the scores. */
import { useEffect, useRef, useState } from 'react';
import { QUESTION_KINDS, savedRoundOf, type QuizRound, type QuizScore, type RoundSummary } from '../../atlas/quiz';
import { formatTotal, KeptRounds, keptRoundsChanged } from './KeptRounds';
import { keepRound } from './quizStorage';
import { KIND_TITLES, percentWords, scopeWords } from './quizWords';

/** Props of {@link QuizSummary}. */
export interface QuizSummaryProps {
  readonly round: QuizRound;
  readonly scores: readonly QuizScore[];
  readonly summary: RoundSummary;
  readonly onAgain: () => void;
  readonly onChoose: () => void;
}

/** The summary of a finished round. */
export function QuizSummary({ round, scores, summary, onAgain, onChoose }: QuizSummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [kept, setKept] = useState<'no' | 'yes' | 'refused'>('no');
  useEffect(() => heading.current?.focus(), []);
  const keep = () => {
    const ok = keepRound(savedRoundOf(summary, round.scope, round.seed, new Date()));
    setKept(ok ? 'yes' : 'refused');
    if (ok) keptRoundsChanged();
  };
  return (
    <div className="quiz-summary" data-testid="quiz-summary" data-total={summary.total}>
      <h2 ref={heading} tabIndex={-1}>Round complete</h2>
      <p className="quiz-total">
        <strong>{formatTotal(summary.total)}</strong> of {summary.count} ({percentWords(summary.mean)}) · {scopeWords(round.scope)}
      </p>
      <table className="quiz-kinds">
        <caption className="visually-hidden">Scores by kind of question</caption>
        <tbody>
          {QUESTION_KINDS.filter((k) => summary.byKind[k].count > 0).map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row">{KIND_TITLES[k]}</th>
              <td>
                {formatTotal(summary.byKind[k].total)} of {summary.byKind[k].count}
              </td>
              <td>{percentWords(summary.byKind[k].mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="quiz-actions">
        <button type="button" className="quiz-primary" data-testid="quiz-again" onClick={onAgain}>
          Again
        </button>
        <button type="button" onClick={onChoose}>
          Choose another region
        </button>
      </div>
      <div className="quiz-keep">
        <button type="button" data-testid="quiz-keep" onClick={keep} disabled={kept === 'yes'}>
          {kept === 'yes' ? 'Kept on this device' : 'Keep my scores on this device'}
        </button>
        <p className="quiz-note" role="status">
          {kept === 'refused'
            ? 'This browser does not allow keeping anything on this device.'
            : 'Only the date, the region and the scores are kept, in this browser, and only if you ask. Nothing is sent anywhere.'}
        </p>
      </div>
      <h3>Question by question</h3>
      <ol className="quiz-answers">
        {round.questions.map((q, i) => (
          <li key={q.index} data-kind={q.kind}>
            <span className="quiz-answer-title">
              {KIND_TITLES[q.kind]} · {q.muscleName}, {q.triggerPointName} ({q.side})
            </span>
            <span className="quiz-answer-score">{percentWords(scores[i]?.score ?? 0)}</span>
          </li>
        ))}
      </ol>
      <KeptRounds />
    </div>
  );
}
