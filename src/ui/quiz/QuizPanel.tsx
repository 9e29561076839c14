/**
 * Quizzes (`?mode=quiz`): a start screen (the whole atlas or one region), a round of questions on
 * the 3D body, and a summary. The round is made in the browser from the loaded atlas; a link may
 * fix it with `quizSeed=` (a teacher's round for a class) and preselect `quizRegion=`.
 */
import { useEffect, useMemo, useState } from 'react';
import { buildRound, isQuizScope, parseSeed, summariseRound, MAX_SEED, type QuizRound, type QuizScope, type QuizScore } from '../../atlas/quiz';
import { useOpenAtlas } from '../../hooks/useAtlasRuntime';
import { useWebGL } from '../../hooks/useWebGL';
import { MUSCLES } from '../../state/muscleCatalogue';
import { QuizQuestionView } from './QuizQuestionView';
import { QuizStart } from './QuizStart';
import { QuizSummary } from './QuizSummary';
import { clearQuizBody } from './useQuizBody';
import './quiz.css';

type Stage =
  | { readonly at: 'start' }
  | { readonly at: 'question'; readonly round: QuizRound; readonly scores: readonly QuizScore[] }
  | { readonly at: 'summary'; readonly round: QuizRound; readonly scores: readonly QuizScore[] };

/** The quiz, in the sidebar in place of the pain panel and the finder. */
export function QuizPanel() {
  const atlas = useOpenAtlas();
  const webgl = useWebGL();
  const link = useMemo(() => new URLSearchParams(window.location.search), []);
  const [scope, setScope] = useState<QuizScope>(() => {
    const asked = link.get('quizRegion');
    return asked !== null && isQuizScope(asked) ? asked : 'all';
  });
  const [stage, setStage] = useState<Stage>({ at: 'start' });
  const [played, setPlayed] = useState(false);
  // The link's seed makes the first round; every later round gets a fresh one.
  const [linkSeed, setLinkSeed] = useState(() => parseSeed(link.get('quizSeed')));
  useEffect(() => () => clearQuizBody(), []);

  const start = atlas
    ? () => {
        const seed = linkSeed ?? randomSeed();
        setLinkSeed(undefined);
        setStage({ at: 'question', round: buildRound(atlas, MUSCLES, { seed, scope }), scores: [] });
      }
    : null;

  return (
    <section className="quiz" data-testid="quiz">
      {stage.at === 'start' && <QuizStart scope={scope} onScope={setScope} onStart={start} webgl={webgl} focusHeading={played} />}
      {stage.at === 'question' && atlas && stage.round.questions.length === 0 && (
        <p className="quiz-note">No question could be made for {scope === 'all' ? 'the atlas' : 'this region'}.</p>
      )}
      {stage.at === 'question' && atlas && stage.round.questions[stage.scores.length] && (
        <QuizQuestionView
          key={`${stage.round.seed}-${stage.scores.length}`}
          question={stage.round.questions[stage.scores.length]!}
          atlas={atlas}
          total={stage.round.questions.length}
          onNext={(score) => {
            const scores = [...stage.scores, score];
            if (scores.length >= stage.round.questions.length) {
              clearQuizBody();
              setStage({ at: 'summary', round: stage.round, scores });
            } else setStage({ ...stage, scores });
          }}
        />
      )}
      {stage.at === 'summary' && (
        <QuizSummary
          round={stage.round}
          scores={stage.scores}
          summary={summariseRound(stage.scores)}
          onAgain={() => start?.()}
          onChoose={() => {
            setPlayed(true);
            setStage({ at: 'start' });
          }}
        />
      )}
    </section>
  );
}

/** A fresh seed from the browser's random source (no network involved). */
function randomSeed(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0]! % (MAX_SEED + 1);
}
