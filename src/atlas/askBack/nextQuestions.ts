/**
 * Which yes/no questions to ask: those not answered yet whose answer, either one, would change
 * which candidates are in the top three (contract: at most 3). The ones that would change it the
 * most come first, then the data's order.
 */
import type { AtlasIndex } from '../lookup/indexAtlas';
import type { MuscleId, Side } from '../types';
import type { Answers } from './answers';
import { rerank, type AnsweredCandidate, type BaseCandidate } from './rerank';
import type { LookupQuestion } from './questionSchema';
import { topThree } from './nextChecks';

/** A question as the lookup asks it, with the candidates it favours in this drawing. */
export interface AskedQuestion {
  readonly id: string;
  readonly text: string;
  readonly favours: readonly { readonly muscle: MuscleId; readonly side: Side }[];
}

/** How many questions the lookup asks at once. */
export const MAX_QUESTIONS = 3;

/** The next questions for `current` (the candidates after the answers so far). */
export function nextQuestions(
  bases: readonly BaseCandidate[],
  current: readonly AnsweredCandidate[],
  index: AtlasIndex,
  spots: number,
  answers: Answers,
  questions: readonly LookupQuestion[],
  byId: ReadonlyMap<string, LookupQuestion>,
): AskedQuestion[] {
  const answered = new Set(answers.questions.map((a) => a.question));
  const now = new Set(topThree(current));
  const asked: { question: LookupQuestion; order: number; change: number; favours: AskedQuestion['favours'] }[] = [];
  questions.forEach((question, order) => {
    if (answered.has(question.id)) return;
    const favours = current.filter((c) => question.favours.includes(c.candidate.muscle)).map((c) => ({ muscle: c.candidate.muscle, side: c.candidate.side }));
    if (favours.length === 0) return;
    let change = 0;
    for (const yes of [true, false]) {
      const after = topThree(rerank(bases, index, spots, { ...answers, questions: [...answers.questions, { question: question.id, yes }] }, byId));
      change += after.filter((key) => !now.has(key)).length;
    }
    if (change > 0) asked.push({ question, order, change, favours });
  });
  asked.sort((a, b) => b.change - a.change || a.order - b.order);
  return asked.slice(0, MAX_QUESTIONS).map(({ question, favours }) => ({ id: question.id, text: question.text, favours }));
}
