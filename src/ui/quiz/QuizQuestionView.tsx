/**
 * One quiz question: what to do, the tools it needs, Check (or "Show me the answer"), then
 * the score with one line of why while the true pattern is shown on the body, and Next.
 */
import { useEffect, useRef, useState } from 'react';
import type { OpenAtlas } from '../../atlas/openAtlas';
import { scoreFind, scorePaint, scoreWhich, type QuizQuestion, type QuizScore } from '../../atlas/quiz';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { PaintTools } from './PaintTools';
import { WhichOptions, WhichPatterns } from './WhichOptions';
import { revealPattern, useQuizBody } from './useQuizBody';
import { KIND_TITLES, sideWords } from './quizWords';

/** Props of {@link QuizQuestionView}. */
export interface QuizQuestionViewProps {
  readonly question: QuizQuestion;
  readonly atlas: OpenAtlas;
  readonly total: number;
  /** Called with the score when the student moves on. */
  readonly onNext: (score: QuizScore) => void;
}

/** The question being asked. */
export function QuizQuestionView({ question, atlas, total, onNext }: QuizQuestionViewProps) {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [result, setResult] = useState<QuizScore | null>(null);
  useQuizBody(question, atlas, result !== null);
  const points = useAtlasStore((s) => s.painPoints);
  const selected = useAtlasStore((s) => s.selectedMuscle);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  // A new question starts fresh, its heading focused so keyboard and screen reader users begin there.
  useEffect(() => {
    setPicked([]);
    setResult(null);
    heading.current?.focus();
  }, [question]);
  // Once checked, the true pattern over the answer (after the guard against early selection let go).
  useEffect(() => {
    if (!result) return;
    revealPattern(question.muscle, question.side);
    next.current?.focus();
  }, [result, question]);

  const answered = question.kind === 'which'
    ? picked.length > 0
    : question.kind === 'paint' ? points.some((p) => p.kind === 'area') : points.some((p) => p.kind !== 'area');
  const check = (given: boolean) => {
    const score = !given
      ? shownWithoutAnswer(question)
      : question.kind === 'paint'
        ? scorePaint(atlas, question, points)
        : question.kind === 'find' ? scoreFind(atlas, question, points) : scoreWhich(question, picked);
    setResult(score);
  };
  const last = question.index + 1 >= total;

  return (
    <div className="quiz-question" data-testid="quiz-question" data-kind={question.kind} data-index={question.index} {...namedData(question)}>
      <p className="quiz-progress">
        Question {question.index + 1} of {total}
        <span aria-hidden="true" className="quiz-progress-bar"><span style={{ width: `${((question.index + (result ? 1 : 0)) / total) * 100}%` }} /></span>
      </p>
      <h2 ref={heading} tabIndex={-1}>{KIND_TITLES[question.kind]}</h2>
      <Instruction question={question} />
      {question.kind === 'paint' && !result && <PaintTools />}
      {question.kind === 'which' && <WhichOptions question={question} picked={picked} onPick={setPicked} checked={result !== null} />}
      {!result && (
        <div className="quiz-actions">
          <button type="button" className="quiz-primary" data-testid="quiz-check" disabled={!answered} onClick={() => check(true)}>
            Check
          </button>
          <button type="button" data-testid="quiz-reveal" onClick={() => check(false)}>
            Show me the answer
          </button>
        </div>
      )}
      {!answered && !result && <p className="quiz-hint">{waitingHint(question)}</p>}
      <div aria-live="polite" className="quiz-result-live">
        {result && (
          <div className="quiz-result">
            <p className="quiz-score" data-testid="quiz-score" data-score={result.score}>
              <strong>{Math.round(result.score * 100)}%</strong>
              <span className="quiz-score-bar" aria-hidden="true"><span style={{ width: `${result.score * 100}%` }} /></span>
            </p>
            <p className="quiz-explanation">{result.explanation}</p>
            <p className="quiz-hint">{revealWords(question)}</p>
          </div>
        )}
      </div>
      {result && question.kind === 'which' && (
        <WhichPatterns question={question} shown={selected === null ? null : { muscle: selected, side: selectedSide }} />
      )}
      {result && (
        <div className="quiz-actions">
          <button ref={next} type="button" className="quiz-primary" data-testid="quiz-next" onClick={() => onNext(result)}>
            {last ? 'See the summary' : 'Next question'}
          </button>
        </div>
      )}
    </div>
  );
}

/** What the question asks, naming the muscle and trigger point except where that is the answer. */
function Instruction({ question }: { question: QuizQuestion }) {
  if (question.kind !== 'which') {
    return (
      <div className="quiz-instruction">
        <p>{question.kind === 'paint' ? 'Paint where this trigger point refers pain (its main zone):' : 'Tap the body where this trigger point lies:'}</p>
        <p className="quiz-target">
          <strong>{question.muscleName}</strong>, {question.triggerPointName}
          <span className="quiz-side">{sideWords(question.side)}</span>
        </p>
      </div>
    );
  }
  return (
    <p className="quiz-instruction">
      The painted area on the body is the main pain zone of one trigger point. Which muscles refer pain there? Tick every
      muscle the atlas&apos;s lookup ranks among its first three for this area.
    </p>
  );
}

function waitingHint(question: QuizQuestion): string {
  if (question.kind === 'paint') return 'Drag over the skin to paint. Drag beside the body to turn it; pinch or scroll to zoom.';
  if (question.kind === 'find') return 'Tap the skin; tap again to move your mark. Drag to turn the body; pinch or scroll to zoom.';
  return 'Tick one or more of the muscles above, then Check.';
}

function revealWords(question: QuizQuestion): string {
  if (question.kind === 'which') return `The zone is ${question.muscleName}'s, ${question.triggerPointName}: the body now shows its pattern. Choose a muscle below to see another.`;
  return `The body now shows ${question.muscleName}'s pattern on the ${question.side} side: main zones solid, wider zones dotted, each trigger point an "x".`;
}

/** What the question names in its text, also as data (never for "what refers here?": that is its answer). */
function namedData(question: QuizQuestion): Record<string, string> {
  if (question.kind === 'which') return {};
  return { 'data-muscle': question.muscle, 'data-trigger-point': question.triggerPoint, 'data-side': question.side };
}

/** The score of a question given up with "Show me the answer". */
function shownWithoutAnswer(question: QuizQuestion): QuizScore {
  return { kind: question.kind, score: 0, explanation: 'No answer was given; here is the answer.' };
}
