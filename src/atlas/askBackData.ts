/**
 * What asking back needs from the muscles: which trigger points only a clinician should palpate
 * (never offered as a check) and the words answers may use. Built from whatever muscle list the
 * caller holds: the full data (CLI, tests) or the app's catalogue entries.
 */
import { nextChecks, nextQuestions, type LookupQuestion } from './askBack';
import { CHECK_CAUTIONS, isCheckExcluded } from './data/checkExclusions';
import type { AskBackData } from './lookupDrawing';
import type { AskBackMuscle } from './answerVocabulary';

export type { AskBackMuscle } from './answerVocabulary';
export { answerVocabulary } from './answerVocabulary';

/** Which trigger points are never offered as checks beyond the clinician-only ones, and what to say beside others. */
export interface CheckRules {
  isCheckExcluded(muscle: string, tp: string): boolean;
  readonly cautions: Readonly<Record<string, string>>;
}

/** The atlas's own rules (`data/checkExclusions.ts`). */
export const CHECK_RULES: CheckRules = { isCheckExcluded, cautions: CHECK_CAUTIONS };

/**
 * The ask-back data of these muscles and questions: a trigger point is never offered as a check
 * when only a clinician should palpate it or when `rules` leave it out.
 */
export function askBackData(muscles: readonly AskBackMuscle[], questions: readonly LookupQuestion[], rules: CheckRules = CHECK_RULES): AskBackData {
  const clinicianOnly = new Set(
    muscles.flatMap((m) => m.triggerPoints.filter((tp) => Boolean(tp.clinicianOnly)).map((tp) => `${m.id}:${tp.id}`)),
  );
  return {
    questions,
    clinicianOnly: (muscle, tp) => clinicianOnly.has(`${muscle}:${tp}`) || rules.isCheckExcluded(muscle, tp),
    checkCaution: (muscle) => rules.cautions[muscle],
    nextChecks,
    nextQuestions,
  };
}

