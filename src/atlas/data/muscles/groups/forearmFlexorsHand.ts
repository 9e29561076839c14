/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import pronatorTeres from '../pronator-teres';
import flexorCarpiRadialis from '../flexor-carpi-radialis';
import palmarisLongus from '../palmaris-longus';
import flexorCarpiUlnaris from '../flexor-carpi-ulnaris';
import flexorDigitorumSuperficialis from '../flexor-digitorum-superficialis';
import opponensPollicis from '../opponens-pollicis';
import adductorPollicis from '../adductor-pollicis';
import firstDorsalInterosseous from '../first-dorsal-interosseous';
import abductorDigitiMinimi from '../abductor-digiti-minimi';

/** Forearm flexors and pronator (elbow to wrist), then the hand muscles (thumb to little finger). */
export const FOREARM_FLEXORS_HAND_MUSCLES: readonly MuscleData[] = [
  pronatorTeres,
  flexorCarpiRadialis,
  palmarisLongus,
  flexorCarpiUlnaris,
  flexorDigitorumSuperficialis,
  opponensPollicis,
  adductorPollicis,
  firstDorsalInterosseous,
  abductorDigitiMinimi,
];
