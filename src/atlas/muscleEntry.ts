/**
 * What the first view needs to know of a muscle (to list it, name it and read a link): its id,
 * name, aliases, region and its trigger points' ids. Its search words (synonyms, trigger point
 * labels) come with the fuzzy matcher, and the panel's text later, per muscle.
 */
import type { MuscleData } from './muscleSchema';
import type { MuscleId } from './types';

/** A muscle's entry in the catalogue. */
export interface MuscleEntry {
  readonly id: MuscleId;
  readonly name: string;
  /** Other ids that name it (`latissimus`), accepted wherever an id is read. */
  readonly aliases?: readonly string[];
  readonly region: MuscleData['region'];
  /**
   * `clinicianOnly` is set when only a clinician should palpate it (never offered as a check):
   * `true` in an entry, the full data's explanation text where the data is read directly.
   */
  readonly triggerPoints: readonly { readonly id: string; readonly clinicianOnly?: true | string | undefined }[];
}

/** A muscle's search words: what a patient or a student may type for it besides its name. */
export interface MuscleSearchWords {
  readonly synonyms: readonly string[];
  /** Its trigger points' labels ("TrP1", "Upper TrP"), in order. */
  readonly triggerPointNames: readonly string[];
}

/** The search words of a muscle. */
export function muscleSearchWordsOf(muscle: MuscleData): MuscleSearchWords {
  return { synonyms: muscle.synonyms, triggerPointNames: muscle.triggerPoints.map((tp) => tp.name) };
}

/** The entry of a muscle. */
export function muscleEntryOf(muscle: MuscleData): MuscleEntry {
  return {
    id: muscle.id as MuscleId,
    name: muscle.name,
    ...(muscle.aliases?.length ? { aliases: muscle.aliases } : {}),
    region: muscle.region,
    triggerPoints: muscle.triggerPoints.map((tp) => ({ id: tp.id, ...(tp.clinicianOnly ? { clinicianOnly: true as const } : {}) })),
  };
}
