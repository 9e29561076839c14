/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import type { Shot } from './shot';

export const TRUNK_FRONT_SHOTS: Shot[] = [];
