/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';

export const TRUNK_FRONT_MUSCLES: readonly MuscleData[] = [];
