/**
 * What asking back needs from the muscles: which trigger points only a clinician should palpate
 * (never offered as a check) and the words answers may use. Built from whatever muscle list the
 * caller holds: the full data (CLI, tests) or the app's catalogue entries.
 */
import type { AnswerVocabulary, LookupQuestion } from './askBack';
import type { AskBackData } from './lookupDrawing';
import type { MuscleId, TriggerPointId } from './types';

/** What a muscle must say for asking back. */
export interface AskBackMuscle {
  readonly id: string;
  readonly aliases?: readonly string[] | undefined;
  readonly triggerPoints: readonly { readonly id: string; readonly clinicianOnly?: unknown }[];
}

/** The ask-back data of these muscles and questions. */
export function askBackData(muscles: readonly AskBackMuscle[], questions: readonly LookupQuestion[]): AskBackData {
  const clinicianOnly = new Set(
    muscles.flatMap((m) => m.triggerPoints.filter((tp) => Boolean(tp.clinicianOnly)).map((tp) => `${m.id}:${tp.id}`)),
  );
  return { questions, clinicianOnly: (muscle, tp) => clinicianOnly.has(`${muscle}:${tp}`) };
}

/** The words `--found` and `--answer` may use with these muscles and questions. */
export function answerVocabulary(muscles: readonly AskBackMuscle[], questions: readonly LookupQuestion[]): AnswerVocabulary {
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
