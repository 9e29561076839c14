/**
 * What the first view needs to know of a muscle (to list it, find it and name it): its id, name,
 * synonyms, region and its trigger points' labels. The panel's text arrives later, per muscle.
 */
import type { MuscleData } from './muscleSchema';
import type { MuscleId } from './types';

/** A muscle's entry in the catalogue. */
export interface MuscleEntry {
  readonly id: MuscleId;
  readonly name: string;
  readonly synonyms: readonly string[];
  /** Other ids that name it (`latissimus`), accepted wherever an id is read. */
  readonly aliases?: readonly string[];
  readonly region: MuscleData['region'];
  /**
   * `clinicianOnly` is set when only a clinician should palpate it (never offered as a check):
   * `true` in an entry, the full data's explanation text where the data is read directly.
   */
  readonly triggerPoints: readonly { readonly id: string; readonly name: string; readonly clinicianOnly?: true | string | undefined }[];
}

/** The entry of a muscle. */
export function muscleEntryOf(muscle: MuscleData): MuscleEntry {
  return {
    id: muscle.id as MuscleId,
    name: muscle.name,
    synonyms: muscle.synonyms,
    ...(muscle.aliases?.length ? { aliases: muscle.aliases } : {}),
    region: muscle.region,
    triggerPoints: muscle.triggerPoints.map((tp) => ({ id: tp.id, name: tp.name, ...(tp.clinicianOnly ? { clinicianOnly: true as const } : {}) })),
  };
}
