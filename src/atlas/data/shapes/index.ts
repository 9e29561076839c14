/** The second wave's muscle shapes, one file per reference file (as the muscle lists). */
import type { MuscleShapeRecipe } from '../../shapes/shapeRecipe';
import { HEAD_NECK_SHAPES } from './headNeck';
import { TRUNK_FRONT_SHAPES } from './trunkFront';
import { SHOULDER_ARM_BACK_SHAPES } from './shoulderArmBack';
import { FOREARM_HAND_SHAPES } from './forearmHand';
import { FOREARM_FLEXORS_HAND_SHAPES } from './forearmFlexorsHand';
import { HIP_THIGH_SHAPES } from './hipThigh';
import { LEG_FOOT_SHAPES } from './legFoot';

/** Every second-wave recipe, keyed by muscle id. */
export const SECOND_WAVE_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  ...HEAD_NECK_SHAPES,
  ...TRUNK_FRONT_SHAPES,
  ...SHOULDER_ARM_BACK_SHAPES,
  ...FOREARM_HAND_SHAPES,
  ...FOREARM_FLEXORS_HAND_SHAPES,
  ...HIP_THIGH_SHAPES,
  ...LEG_FOOT_SHAPES,
};
