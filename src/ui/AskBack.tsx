/**
 * The atlas asks back, as a clinician would: "press here" checks for the best candidates' trigger
 * points, yes/no questions that tell close candidates apart, and whether the drawing is regional
 * or widespread. A chunk of its own, loaded with the first drawing (see `askBackLoader`).
 * Answers go to the store (and from there into the link); the lookup re-ranks on them, and each
 * candidate's explanation says what an answer did.
 */
import { ASK_BACK_CITATIONS, SPREAD_SOURCE_IDS } from 'virtual:ask-back-citations';
import { checkLetter } from '../atlas/askBack/checkLetter';
import type { Check } from '../atlas/askBack/nextChecks';
import type { AskedQuestion } from '../atlas/askBack/nextQuestions';
import type { DrawingSpread } from '../atlas/askBack/spread';
import { FOUND_ANSWERS, type FoundKind } from '../atlas/askBack/answers';
import type { LookupQuestion } from '../atlas/askBack/questionSchema';
import { redFlagsWithIds, URGENCY_WORDS } from '../atlas/data/redFlags';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useMuscleText } from '../hooks/useMuscleText';
import { findMuscleEntry } from '../state/muscleCatalogue';
import { atlasStore } from '../state/store';
import { cautionsFor, TechniqueCautions } from './techniqueCautions';
import { listWords } from './listWords';

const FOUND_WORDS: Readonly<Record<FoundKind, string>> = {
  reproduces: 'Brings on my usual pain',
  tender: 'Tender, but not my pain',
  nothing: 'Nothing',
};

/** The checks and questions for the current drawing. */
export default function AskBack({ checks, questions }: { checks: readonly Check[]; questions: readonly AskedQuestion[] }) {
  const askBack = useAtlasStore((s) => s.askBack);
  if (checks.length === 0 && questions.length === 0) return null;
  return (
    <section className="ask-back" aria-label="Narrow it down">
      {checks.length > 0 && (
        <>
          <h3>Press to check</h3>
          <p className="ask-hint">
            A trigger point that brings on your usual pain when pressed points to its muscle. Stop at once if you feel a pulse,
            tingling, numbness or an electric feeling, or feel faint or dizzy. Do not press a spot that is swollen, hot, red or
            bruised, and do not press at all if you take blood thinners or are pregnant: ask a clinician instead.
          </p>
          <ol className="checks">
            {checks.map((check, i) => (
              <CheckRow key={`${check.muscle}:${check.side}:${check.triggerPoint}`} check={check} letter={checkLetter(i)} />
            ))}
          </ol>
        </>
      )}
      {questions.length > 0 && (
        <>
          <h3>A few questions</h3>
          <ol className="questions">
            {questions.map((q) => (
              <QuestionRow key={q.id} question={q} data={askBack?.questions.find((d) => d.id === q.id)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function CheckRow({ check, letter }: { check: Check; letter: string }) {
  const text = useMuscleText(check.muscle);
  const muscle = typeof text === 'object' ? text : undefined;
  const tp = muscle?.triggerPoints.find((t) => t.id === check.triggerPoint);
  const shown = useAtlasStore((s) => s.selectedMuscle === check.muscle && s.selectedSide === check.side);
  const store = atlasStore.getState();
  return (
    <li data-testid="check" data-muscle={check.muscle} data-side={check.side} data-trigger-point={check.triggerPoint}>
      <p className="check-ask">
        <span className="check-letter" aria-label={`Spot ${letter} on the body`}>
          {letter}
        </span>{' '}
        {check.ask}
      </p>
      {check.caution && (
        <p className="check-caution" role="note">
          <strong>Careful:</strong> {check.caution}
        </p>
      )}
      {tp && (
        <p className="check-how">
          <strong>How to find it:</strong> {tp.palpation}
        </p>
      )}
      {muscle && tp && <TechniqueCautions cautions={cautionsFor(muscle, 'palpation', tp.id)} />}
      <div className="check-answers" role="group" aria-label={`Pressing it: ${check.ask}`}>
        {FOUND_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            data-answer={answer}
            onClick={() => store.answerCheck({ muscle: check.muscle, side: check.side, triggerPoint: check.triggerPoint, answer })}
          >
            {FOUND_WORDS[answer]}
          </button>
        ))}
        <button type="button" className="check-show" aria-pressed={shown} onClick={() => store.selectMuscle(check.muscle, check.side)}>
          Show it on the body
        </button>
      </div>
    </li>
  );
}

function QuestionRow({ question, data }: { question: AskedQuestion; data: LookupQuestion | undefined }) {
  const store = atlasStore.getState();
  const names = [...new Set(question.favours.map((f) => findMuscleEntry(f.muscle)?.name ?? f.muscle))];
  return (
    <li data-testid="question" data-question={question.id}>
      <p className="question-text">{question.text}</p>
      {data?.redFlags && <QuestionRedFlags ids={data.redFlags} />}
      <p className="question-why">A yes points to {listWords(names, 'or')}.</p>
      <div className="question-answers" role="group" aria-label={question.text}>
        <button type="button" data-answer="yes" onClick={() => store.answerQuestion({ question: question.id, yes: true })}>
          Yes
        </button>
        <button type="button" data-answer="no" onClick={() => store.answerQuestion({ question: question.id, yes: false })}>
          No
        </button>
      </div>
      {data && <p className="question-source">Source: {data.sources.map((id) => ASK_BACK_CITATIONS[id] ?? id).join('; ')}</p>}
    </li>
  );
}

/**
 * The red flags a "yes" to the question may be a sign of, shown before it is answered, worded
 * as the pain panel's list words them. Styled as a check's caution: small, in the warning tint.
 */
function QuestionRedFlags({ ids }: { ids: readonly string[] }) {
  return redFlagsWithIds(ids).map((flag) => (
    <p key={flag.id} className="check-caution question-red-flag" role="note" data-testid="question-red-flag" data-red-flag={flag.id} data-urgency={flag.urgency}>
      <strong className={`urgency urgency-${flag.urgency}`}>{URGENCY_WORDS[flag.urgency]}:</strong> {flag.text}
    </p>
  ));
}

/**
 * Regional or widespread, above the candidates: widespread pain on both sides is more typical of
 * a condition such as fibromyalgia than of one muscle's trigger points (2016 criterion).
 */
export function SpreadNote({ spread }: { spread: DrawingSpread }) {
  const source = SPREAD_SOURCE_IDS.map((id) => ASK_BACK_CITATIONS[id] ?? id).join('; ');
  if (!spread.widespread) {
    return (
      <p className="spread spread-regional" data-testid="spread" data-widespread="false">
        {spread.count === 0
          ? 'Regional: none of your spots lies in the 19 body areas used to tell regional from widespread pain (the head above the jaw, the hands and the feet are not among them).'
          : `Regional: your drawing covers ${spread.count} of the 19 body areas, in ${spread.regions.length === 0 ? 'none' : spread.regions.length} of the 5 body regions used to tell regional from widespread pain.`}
      </p>
    );
  }
  return (
    <div className="spread spread-widespread" role="note" data-testid="spread" data-widespread="true">
      <p>
        <strong>Your pain is widespread</strong>: it lies in {spread.regions.length} of the 5 body regions, on both sides.
        Widespread pain like this is more typical of a condition such as fibromyalgia than of one muscle&apos;s trigger points.
        A clinician can assess it; the muscles below may still play a part.
      </p>
      <p className="spread-source">Source: {source}</p>
    </div>
  );
}
