/** Reading the muscle data in the safety tests: a muscle, a trigger point, the cautions of a technique. */
import type { MuscleData, Technique, TechniqueCaution } from '../../muscleSchema';
import { MUSCLE_DATA } from '../muscles';

/** The muscle with this id (throws for an unknown one, so a renamed muscle fails loudly). */
export function muscle(id: string): MuscleData {
  const m = MUSCLE_DATA.find((x) => x.id === id);
  if (!m) throw new Error(`no muscle ${id}`);
  return m;
}

/** A trigger point of a muscle (throws for an unknown one). */
export function tp(id: string, tpId: string): MuscleData['triggerPoints'][number] {
  const t = muscle(id).triggerPoints.find((x) => x.id === tpId);
  if (!t) throw new Error(`no trigger point ${id}/${tpId}`);
  return t;
}

/** The cautions of a technique (for palpation, of one trigger point or of all). */
export function cautionsOf(id: string, technique: Technique, tpId?: string): TechniqueCaution[] {
  return muscle(id).techniqueCautions.filter((c) => c.technique === technique && (!tpId || !c.triggerPoints || c.triggerPoints.includes(tpId)));
}

/** What those cautions name as at risk, in one string. */
export const nearOf = (id: string, technique: Technique, tpId?: string): string => cautionsOf(id, technique, tpId).flatMap((c) => c.near).join('; ');

/** What those cautions say, in one string. */
export const textOf = (id: string, technique: Technique, tpId?: string): string => cautionsOf(id, technique, tpId).map((c) => c.caution).join(' ');
