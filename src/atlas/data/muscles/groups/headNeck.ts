/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import occipitofrontalis from '../occipitofrontalis';
import medialPterygoid from '../medial-pterygoid';
import digastric from '../digastric';
import semispinalisCapitis from '../semispinalis-capitis';
import cervicalMultifidi from '../cervical-multifidi';
import spleniusCervicis from '../splenius-cervicis';

export const HEAD_NECK_MUSCLES: readonly MuscleData[] = [
  occipitofrontalis,
  medialPterygoid,
  digastric,
  semispinalisCapitis,
  cervicalMultifidi,
  spleniusCervicis,
];
