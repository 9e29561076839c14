/**
 * Round scores as kept on the device, only when the student asks: their text form, read back
 * with validation (a corrupt or foreign value is dropped, never trusted). No answer, drawing or
 * name is kept: the date, what the round covered, its seed and its totals.
 */
import { isQuizScope, QUESTION_KINDS, type QuestionKind, type QuizScope } from './questions';
import { MAX_SEED } from './random';
import type { RoundSummary } from './summary';

/** One kept round. */
export interface SavedRound {
  /** ISO date and time the round ended. */
  readonly at: string;
  readonly scope: QuizScope;
  readonly seed: number;
  readonly count: number;
  /** Sum of the scores. */
  readonly total: number;
  readonly byKind: Readonly<Record<QuestionKind, { readonly count: number; readonly total: number }>>;
}

/** Most rounds kept: the oldest go first. */
export const MAX_SAVED_ROUNDS = 30;

const VERSION = 1;

/** A summary as a kept round. */
export function savedRoundOf(summary: RoundSummary, scope: QuizScope, seed: number, at: Date): SavedRound {
  const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, { count: summary.byKind[k].count, total: summary.byKind[k].total }]));
  return { at: at.toISOString(), scope, seed, count: summary.count, total: summary.total, byKind: byKind as SavedRound['byKind'] };
}

/** The text kept on the device for these rounds (the newest MAX_SAVED_ROUNDS). */
export function formatSavedRounds(rounds: readonly SavedRound[]): string {
  return JSON.stringify({ version: VERSION, rounds: rounds.slice(-MAX_SAVED_ROUNDS) });
}

/** Reads kept rounds: [] for nothing kept, `corrupt` for a value that is not ours or is damaged. */
export function parseSavedRounds(text: string | null): SavedRound[] | 'corrupt' {
  if (text === null) return [];
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return 'corrupt';
    const { version, rounds } = value as Record<string, unknown>;
    if (version !== VERSION || !Array.isArray(rounds) || rounds.length > MAX_SAVED_ROUNDS) return 'corrupt';
    return rounds.every(isSavedRound) ? rounds : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

function isSavedRound(value: unknown): value is SavedRound {
  if (typeof value !== 'object' || value === null) return false;
  const { at, scope, seed, count, total, byKind } = value as Record<string, unknown>;
  if (typeof at !== 'string' || !Number.isFinite(Date.parse(at))) return false;
  if (typeof scope !== 'string' || !isQuizScope(scope)) return false;
  if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > MAX_SEED) return false;
  if (!isTally(count, total)) return false;
  if (typeof byKind !== 'object' || byKind === null) return false;
  return QUESTION_KINDS.every((k) => {
    const t = (byKind as Record<string, unknown>)[k];
    return typeof t === 'object' && t !== null && isTally((t as Record<string, unknown>).count, (t as Record<string, unknown>).total);
  });
}

function isTally(count: unknown, total: unknown): boolean {
  return Number.isInteger(count) && (count as number) >= 0 && (count as number) <= 100
    && typeof total === 'number' && Number.isFinite(total) && total >= 0 && total <= (count as number);
}
