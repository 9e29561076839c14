/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';

export const LEG_FOOT_MUSCLES: readonly MuscleData[] = [];
