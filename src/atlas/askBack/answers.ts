/**
 * What the patient answered: a check ("pressing this trigger point brings on my usual pain / is
 * only tender / does nothing") or a yes/no question, in the syntax the CLI flags, the `--batch`
 * tokens and the app's URL share (contract: "The lookup asks back").
 */
import type { MuscleId, Side, TriggerPointId } from '../types';

/** The three answers to a check. */
export const FOUND_ANSWERS = ['reproduces', 'tender', 'nothing'] as const;
/** See {@link FOUND_ANSWERS}. */
export type FoundKind = (typeof FOUND_ANSWERS)[number];

/** What pressing a muscle's trigger point (one, or all of them) did. */
export interface FoundAnswer {
  readonly muscle: MuscleId;
  readonly side: Side;
  /** Absent: the answer is for the whole muscle. */
  readonly triggerPoint?: TriggerPointId;
  readonly answer: FoundKind;
}

/** A yes/no answer to one of the lookup's questions. */
export interface QuestionAnswer {
  readonly question: string;
  readonly yes: boolean;
}

/** Everything answered so far, in the order given. */
export interface Answers {
  readonly found: readonly FoundAnswer[];
  readonly questions: readonly QuestionAnswer[];
}

export const NO_ANSWERS: Answers = { found: [], questions: [] };

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** The form of a found answer's text (ids not checked): `MUSCLE:SIDE[:TRIGGERPOINT]:ANSWER`. */
export const FOUND_TEXT = new RegExp(`^${KEBAB}:(?:left|right)(?::${KEBAB})?:(?:${FOUND_ANSWERS.join('|')})$`);
/** The form of a question's answer text (the id not checked): `QUESTION:yes|no`, the id captured. */
export const QUESTION_ANSWER_TEXT = new RegExp(`^(${KEBAB}):(yes|no)$`);

/** A malformed or unknown answer; the message is one line for the user. */
export class AnswerError extends Error {
  override name = 'AnswerError';
}

/** What parsing needs to know of the atlas. */
export interface AnswerVocabulary {
  /** The canonical id of a muscle id or alias, if it names one. */
  resolveMuscle(id: string): MuscleId | undefined;
  /** The trigger point ids of a muscle. */
  triggerPointsOf(muscle: MuscleId): readonly TriggerPointId[];
  /** The ids of the lookup's questions. */
  readonly questionIds: ReadonlySet<string>;
}

const SIDES: readonly Side[] = ['left', 'right'];

/** Parses `MUSCLE:SIDE:ANSWER` or `MUSCLE:SIDE:TRIGGERPOINT:ANSWER`. */
export function parseFound(text: string, vocabulary: AnswerVocabulary): FoundAnswer {
  const parts = text.split(':');
  if (parts.length !== 3 && parts.length !== 4) {
    throw new AnswerError(`--found takes MUSCLE:SIDE:ANSWER or MUSCLE:SIDE:TRIGGERPOINT:ANSWER, not "${text}"`);
  }
  const [muscleText, sideText] = parts as [string, string];
  const answer = parts[parts.length - 1]!;
  const muscle = vocabulary.resolveMuscle(muscleText);
  if (!muscle) throw new AnswerError(`unknown muscle "${muscleText}" in "${text}"`);
  if (!SIDES.includes(sideText as Side)) throw new AnswerError(`side must be left or right, not "${sideText}" in "${text}"`);
  if (!FOUND_ANSWERS.includes(answer as FoundKind)) {
    throw new AnswerError(`answer must be reproduces, tender or nothing, not "${answer}" in "${text}"`);
  }
  if (parts.length === 3) return { muscle, side: sideText as Side, answer: answer as FoundKind };
  const tp = parts[2]!;
  if (!vocabulary.triggerPointsOf(muscle).includes(tp as TriggerPointId)) {
    throw new AnswerError(`${muscle} has no trigger point "${tp}" (it has ${vocabulary.triggerPointsOf(muscle).join(', ')})`);
  }
  return { muscle, side: sideText as Side, triggerPoint: tp as TriggerPointId, answer: answer as FoundKind };
}

/** Parses `QUESTION:yes` or `QUESTION:no`. */
export function parseQuestionAnswer(text: string, vocabulary: AnswerVocabulary): QuestionAnswer {
  const at = text.lastIndexOf(':');
  const question = at < 0 ? text : text.slice(0, at);
  const answer = at < 0 ? '' : text.slice(at + 1);
  if (at < 0 || (answer !== 'yes' && answer !== 'no')) throw new AnswerError(`--answer takes QUESTION:yes or QUESTION:no, not "${text}"`);
  if (!vocabulary.questionIds.has(question)) throw new AnswerError(`unknown question "${question}"`);
  return { question, yes: answer === 'yes' };
}

/** The CLI and URL form of a found answer. */
export function formatFound(found: FoundAnswer): string {
  return [found.muscle, found.side, ...(found.triggerPoint ? [found.triggerPoint] : []), found.answer].join(':');
}

/** The CLI and URL form of a question's answer. */
export function formatQuestionAnswer(answer: QuestionAnswer): string {
  return `${answer.question}:${answer.yes ? 'yes' : 'no'}`;
}

/** The answers with only the last one for each muscle, side and trigger point (and each question) kept, in order. */
export function latestAnswers(answers: Answers): Answers {
  const found = new Map<string, FoundAnswer>();
  for (const a of answers.found) {
    const key = `${a.muscle}:${a.side}:${a.triggerPoint ?? ''}`;
    found.delete(key);
    found.set(key, a);
  }
  const questions = new Map<string, QuestionAnswer>();
  for (const a of answers.questions) {
    questions.delete(a.question);
    questions.set(a.question, a);
  }
  return { found: [...found.values()], questions: [...questions.values()] };
}
