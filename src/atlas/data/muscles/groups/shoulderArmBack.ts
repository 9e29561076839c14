/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';

import deltoid from '../deltoid';
import latissimusDorsi from '../latissimus-dorsi';
import teresMajor from '../teres-major';
import coracobrachialis from '../coracobrachialis';
import bicepsBrachii from '../biceps-brachii';
import brachialis from '../brachialis';
import tricepsBrachii from '../triceps-brachii';
import thoracicParaspinals from '../thoracic-paraspinals';
import serratusPosteriorInferior from '../serratus-posterior-inferior';

export const SHOULDER_ARM_BACK_MUSCLES: readonly MuscleData[] = [
  deltoid,
  latissimusDorsi,
  teresMajor,
  coracobrachialis,
  bicepsBrachii,
  brachialis,
  tricepsBrachii,
  thoracicParaspinals,
  serratusPosteriorInferior,
];
