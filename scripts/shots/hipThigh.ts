/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import type { Shot } from './shot';

export const HIP_THIGH_SHOTS: Shot[] = [];
