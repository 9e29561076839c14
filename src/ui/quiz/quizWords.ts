/** The quiz's words for its kinds of question, its scopes and the sides of the body. */
import type { QuestionKind, QuizScope } from '../../atlas/quiz';
import { REGION_LABELS } from '../../atlas/regionNames';
import type { Side } from '../../atlas/types';

/** Each kind of question's title, as the question and the summary name it. */
export const KIND_TITLES: Readonly<Record<QuestionKind, string>> = {
  paint: 'Paint the zone',
  find: 'Find the trigger point',
  which: 'What refers here?',
};

/** A scope in words ("The whole atlas", "Neck"). */
export function scopeWords(scope: QuizScope): string {
  return scope === 'all' ? 'The whole atlas' : REGION_LABELS[scope];
}

/**
 * A side of the body in words. The subject's own side, as the side labels beside the body say it
 * ("your right"): from the front it is on the screen's left.
 */
export function sideWords(side: Side): string {
  return `${side} side of the body`;
}

/** A score 0..1 as a whole percentage. */
export function percentWords(score: number): string {
  return `${Math.round(score * 100)}%`;
}
