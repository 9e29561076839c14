/** The end of a round: each question's score, the total, and how each kind of question went. */
import { QUESTION_KINDS, type QuestionKind } from './questions';

/** One answered question, as the summary reads it. */
export interface AnsweredQuestion {
  readonly kind: QuestionKind;
  /** 0..1. */
  readonly score: number;
}

/** Totals of a group of questions. */
export interface ScoreTally {
  readonly count: number;
  /** Sum of the scores (each 0..1), two decimals. */
  readonly total: number;
  /** total / count, 0 for none, two decimals. */
  readonly mean: number;
}

/** A round's summary. */
export interface RoundSummary extends ScoreTally {
  /** Each question's kind and score, in the order asked. */
  readonly questions: readonly AnsweredQuestion[];
  readonly byKind: Readonly<Record<QuestionKind, ScoreTally>>;
}

/** Sums up a round's answered questions (scores are clamped to 0..1). */
export function summariseRound(answered: readonly AnsweredQuestion[]): RoundSummary {
  const questions = answered.map((a) => ({ kind: a.kind, score: clamp01(a.score) }));
  const byKind = Object.fromEntries(
    QUESTION_KINDS.map((kind) => [kind, tally(questions.filter((q) => q.kind === kind))]),
  ) as Record<QuestionKind, ScoreTally>;
  return { ...tally(questions), questions, byKind };
}

function tally(questions: readonly AnsweredQuestion[]): ScoreTally {
  const total = questions.reduce((sum, q) => sum + q.score, 0);
  return { count: questions.length, total: round2(total), mean: questions.length === 0 ? 0 : round2(total / questions.length) };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
