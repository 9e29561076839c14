/**
 * The atlas's muscles, validated at load: the same checks run in the build (bake-zones) and in
 * the app, so bad data fails loudly instead of drawing a wrong zone.
 */
import { MUSCLE_DATA } from './data/muscles';
import { SOURCES } from './data/sources';
import { muscleSchema, type MuscleData, type Source } from './muscleSchema';

/** Validates muscles against the schema and checks that their references resolve. */
export function validateMuscles(muscles: readonly unknown[], sources: readonly Source[] = SOURCES): MuscleData[] {
  const sourceIds = new Set(sources.map((s) => s.id));
  const seen = new Set<string>();
  return muscles.map((raw, i) => {
    const parsed = muscleSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`muscle #${i}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    const muscle = parsed.data;
    if (seen.has(muscle.id)) throw new Error(`muscle ${muscle.id} is defined twice`);
    seen.add(muscle.id);
    for (const id of muscle.sources) if (!sourceIds.has(id)) throw new Error(`muscle ${muscle.id}: unknown source ${id}`);
    const tpIds = new Set<string>();
    for (const tp of muscle.triggerPoints) {
      if (tpIds.has(tp.id)) throw new Error(`muscle ${muscle.id}: trigger point ${tp.id} is defined twice`);
      tpIds.add(tp.id);
    }
    return muscle;
  });
}

let cached: MuscleData[] | undefined;

/** Every muscle of the atlas, validated once. */
export function atlasMuscles(): readonly MuscleData[] {
  cached ??= validateMuscles(MUSCLE_DATA);
  return cached;
}

/** The muscle with this id, if any. */
export function findMuscle(id: string): MuscleData | undefined {
  return atlasMuscles().find((m) => m.id === id);
}

/** The citation of each source id. */
export function citation(id: string): string {
  return SOURCES.find((s) => s.id === id)?.citation ?? id;
}
