/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';

export const FOREARM_HAND_MUSCLES: readonly MuscleData[] = [];
