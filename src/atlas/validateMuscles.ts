/**
 * Full validation of muscle data against the zod schema plus reference checks. Run by the build
 * (bake-zones), the command line and the tests; the browser bundle relies on those and only runs
 * the cheap reference checks of muscles.ts, which keeps zod out of what a phone downloads.
 */
import { SOURCES } from './data/sources';
import { checkMuscleReferences } from './muscles';
import { muscleSchema, type MuscleData, type Source } from './muscleSchema';

/** Validates raw muscles against the schema and checks that their references resolve. */
export function validateMuscles(muscles: readonly unknown[], sources: readonly Source[] = SOURCES): MuscleData[] {
  const parsed = muscles.map((raw, i) => {
    const result = muscleSchema.safeParse(raw);
    if (!result.success) {
      throw new Error(`muscle #${i}: ${result.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    }
    return result.data;
  });
  checkMuscleReferences(parsed, sources);
  return parsed;
}
