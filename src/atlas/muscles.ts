/**
 * The atlas's muscles. The data is checked in full (zod schema) by the build, the CLI and the
 * tests (validateMuscles.ts); here only the cheap reference checks run, at first use.
 */
import { MUSCLE_DATA } from './data/muscles';
import { SOURCES } from './data/sources';
import type { MuscleData, Source } from './muscleSchema';

/** Throws when ids repeat or a cited source does not exist. */
export function checkMuscleReferences(muscles: readonly MuscleData[], sources: readonly Source[] = SOURCES): void {
  const sourceIds = new Set(sources.map((s) => s.id));
  const seen = new Set<string>();
  for (const muscle of muscles) {
    if (seen.has(muscle.id)) throw new Error(`muscle ${muscle.id} is defined twice`);
    seen.add(muscle.id);
    for (const id of muscle.sources) if (!sourceIds.has(id)) throw new Error(`muscle ${muscle.id}: unknown source ${id}`);
    const tpIds = new Set<string>();
    for (const tp of muscle.triggerPoints) {
      if (tpIds.has(tp.id)) throw new Error(`muscle ${muscle.id}: trigger point ${tp.id} is defined twice`);
      tpIds.add(tp.id);
    }
    for (const caution of muscle.techniqueCautions) {
      for (const id of caution.triggerPoints ?? []) {
        if (!tpIds.has(id)) throw new Error(`muscle ${muscle.id}: a ${caution.technique} caution names unknown trigger point ${id}`);
      }
    }
  }
  // An alias names one muscle only and is never another muscle's id.
  const aliasOwner = new Map<string, string>();
  for (const muscle of muscles) {
    for (const alias of muscle.aliases ?? []) {
      if (seen.has(alias)) throw new Error(`muscle ${muscle.id}: alias ${alias} is another muscle's id`);
      const owner = aliasOwner.get(alias);
      if (owner) throw new Error(`alias ${alias} names both ${owner} and ${muscle.id}`);
      aliasOwner.set(alias, muscle.id);
    }
  }
}

let checked = false;

/** Every muscle of the atlas. */
export function atlasMuscles(): readonly MuscleData[] {
  if (!checked) {
    checkMuscleReferences(MUSCLE_DATA);
    checked = true;
  }
  return MUSCLE_DATA;
}

/** The muscle with this id, or with this among its aliases (answered with its own id), if any. */
export function findMuscle(id: string): MuscleData | undefined {
  const muscles = atlasMuscles();
  return muscles.find((m) => m.id === id) ?? muscles.find((m) => m.aliases?.includes(id));
}

export { citation } from './citation';
