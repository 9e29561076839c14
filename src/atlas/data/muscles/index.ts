/**
 * Collects the hand-authored muscles of the atlas (one file per muscle, default export) into one
 * list. The four muscles the contract requires come first; the second wave's muscles follow, one
 * list per reference file (`groups/`).
 */
import type { MuscleData } from '../../muscleSchema';

import upperTrapezius from './upper-trapezius';
import levatorScapulae from './levator-scapulae';
import temporalis from './temporalis';
import quadratusLumborum from './quadratus-lumborum';
import sternocleidomastoid from './sternocleidomastoid';
import masseter from './masseter';
import spleniusCapitis from './splenius-capitis';
import suboccipitals from './suboccipitals';
import scalenes from './scalenes';
import infraspinatus from './infraspinatus';
import supraspinatus from './supraspinatus';
import rhomboids from './rhomboids';
import middleTrapezius from './middle-trapezius';
import lowerTrapezius from './lower-trapezius';
import lateralPterygoid from './lateral-pterygoid';
import pectoralisMajor from './pectoralis-major';
import iliopsoas from './iliopsoas';
import gluteusMedius from './gluteus-medius';
import gluteusMinimus from './gluteus-minimus';
import piriformis from './piriformis';
import lumbarParaspinals from './lumbar-paraspinals';
import serratusPosteriorSuperior from './serratus-posterior-superior';
import teresMinor from './teres-minor';
import subscapularis from './subscapularis';
import tibialisAnterior from './tibialis-anterior';
import gastrocnemius from './gastrocnemius';
import soleus from './soleus';
import vastusLateralis from './vastus-lateralis';
import rectusFemoris from './rectus-femoris';
import { HEAD_NECK_MUSCLES } from './groups/headNeck';
import { TRUNK_FRONT_MUSCLES } from './groups/trunkFront';
import { SHOULDER_ARM_BACK_MUSCLES } from './groups/shoulderArmBack';
import { FOREARM_HAND_MUSCLES } from './groups/forearmHand';
import { FOREARM_FLEXORS_HAND_MUSCLES } from './groups/forearmFlexorsHand';
import { HIP_THIGH_MUSCLES } from './groups/hipThigh';
import { LEG_FOOT_MUSCLES } from './groups/legFoot';

/** All muscles, in display order: the four required muscles first. */
export const MUSCLE_DATA: readonly MuscleData[] = [
  upperTrapezius,
  levatorScapulae,
  temporalis,
  quadratusLumborum,
  sternocleidomastoid,
  masseter,
  spleniusCapitis,
  suboccipitals,
  scalenes,
  infraspinatus,
  supraspinatus,
  rhomboids,
  middleTrapezius,
  lowerTrapezius,
  lateralPterygoid,
  pectoralisMajor,
  iliopsoas,
  gluteusMedius,
  gluteusMinimus,
  piriformis,
  lumbarParaspinals,
  serratusPosteriorSuperior,
  teresMinor,
  subscapularis,
  tibialisAnterior,
  gastrocnemius,
  soleus,
  vastusLateralis,
  rectusFemoris,
  // The second wave, one list per reference file of ../shared/reference/more/.
  ...HEAD_NECK_MUSCLES,
  ...TRUNK_FRONT_MUSCLES,
  ...SHOULDER_ARM_BACK_MUSCLES,
  ...FOREARM_HAND_MUSCLES,
  ...FOREARM_FLEXORS_HAND_MUSCLES,
  ...HIP_THIGH_MUSCLES,
  ...LEG_FOOT_MUSCLES,
];
