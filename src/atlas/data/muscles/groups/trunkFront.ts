/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import pectoralisMinor from '../pectoralis-minor';
import sternalis from '../sternalis';
import serratusAnterior from '../serratus-anterior';
import rectusAbdominis from '../rectus-abdominis';
import externalOblique from '../external-oblique';

export const TRUNK_FRONT_MUSCLES: readonly MuscleData[] = [
  pectoralisMinor,
  sternalis,
  serratusAnterior,
  rectusAbdominis,
  externalOblique,
];
