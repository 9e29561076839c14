/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

export const FOREARM_HAND_SOURCES: readonly Source[] = [];
