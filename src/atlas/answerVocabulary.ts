/**
 * The words answers may use (`--found`, `--answer`, the link's `found=` and `answer=`): muscle ids
 * and aliases, their trigger points, the questions' ids. Small and free of the ask-back data, so
 * reading a link needs nothing more.
 */
import type { AnswerVocabulary } from './askBack/answers';
import type { MuscleId, TriggerPointId } from './types';

/** What a muscle must say for asking back. */
export interface AskBackMuscle {
  readonly id: string;
  readonly aliases?: readonly string[] | undefined;
  readonly triggerPoints: readonly { readonly id: string; readonly clinicianOnly?: unknown }[];
}

/** The questions' ids (their words are not needed to read an answer). */
type QuestionIds = readonly { readonly id: string }[];

/** The words `--found` and `--answer` may use with these muscles and questions. */
export function answerVocabulary(muscles: readonly AskBackMuscle[], questions: QuestionIds): AnswerVocabulary {
  // Ids first, then aliases, so an alias never shadows a muscle's own id.
  const byName = new Map<string, AskBackMuscle>([
    ...muscles.flatMap((m) => (m.aliases ?? []).map((alias) => [alias, m] as const)),
    ...muscles.map((m) => [m.id, m] as const),
  ]);
  return {
    resolveMuscle: (id) => byName.get(id)?.id as MuscleId | undefined,
    triggerPointsOf: (muscle) => (byName.get(muscle)?.triggerPoints ?? []).map((tp) => tp.id as TriggerPointId),
    questionIds: new Set(questions.map((q) => q.id)),
  };
}
