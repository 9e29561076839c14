/**
 * X-ray screenshots of the 3D muscles, to judge each shape against an anatomy atlas: one per
 * muscle from the side that shows its outline best, and a few close-ups of the layered regions.
 * Cameras are in body metres (the subject's right is -X, the face looks toward +Z).
 */
import { desktop, type Shot } from './shot';

export type V = [number, number, number];

/** An x-ray shot of one muscle, from `position` toward `target`. */
export function xray(name: string, muscle: string, position: V, target: V): Shot {
  return { name: `xray-${name}`, query: `?muscle=${muscle}`, ...desktop, xray: true, camera: { position, target } };
}

// Views of regions, reused by the muscles they show.
export const HEAD_RIGHT: [V, V] = [[-0.679, 1.607, 0.169], [-0.05, 1.59, 0.05]];
export const NECK_RIGHT: [V, V] = [[-0.808, 1.514, 0.34], [-0.06, 1.48, 0.0]];
export const NECK_BACK: [V, V] = [[-0.142, 1.52, -0.836], [-0.04, 1.52, -0.02]];
export const UPPER_BACK: [V, V] = [[-0.134, 1.381, -1.615], [-0.1, 1.33, 0]];
export const SHOULDER_BACK: [V, V] = [[-0.341, 1.394, -1.162], [-0.12, 1.36, -0.04]];
export const LOW_BACK: [V, V] = [[-0.128, 1.114, -1.445], [-0.06, 1.08, 0]];
export const HIP_BACK: [V, V] = [[-0.175, 0.964, -1.275], [-0.09, 0.93, 0]];
export const HIP_SIDE: [V, V] = [[-1.29, 0.964, -0.255], [-0.1, 0.93, 0]];
export const TRUNK_FRONT: [V, V] = [[-0.199, 1.25, 1.58], [-0.08, 1.25, 0.05]];
export const PELVIS_FRONT: [V, V] = [[-0.155, 1.014, 1.495], [-0.07, 0.98, 0.05]];
export const THIGH_FRONT: [V, V] = [[-0.6, 0.74, 2.3], [-0.14, 0.72, 0.05]];
export const THIGH_SIDE: [V, V] = [[-2.3, 0.74, 0.4], [-0.14, 0.72, 0.0]];
export const LEG_BACK: [V, V] = [[-0.36, 0.3, -2.2], [-0.18, 0.28, 0]];
export const LEG_FRONT: [V, V] = [[-0.75, 0.3, 2.1], [-0.18, 0.26, 0.03]];

export const MUSCLE_SHOTS: Shot[] = [
  // head
  xray('temporalis', 'temporalis', ...HEAD_RIGHT),
  xray('masseter', 'masseter', ...HEAD_RIGHT),
  xray('lateral-pterygoid', 'lateral-pterygoid', ...HEAD_RIGHT),
  // neck
  xray('upper-trapezius-back', 'upper-trapezius', ...UPPER_BACK),
  xray('upper-trapezius-side', 'upper-trapezius', ...NECK_RIGHT),
  // The three trapezius parts together: the kite from the occiput to T12 and out to the acromia.
  xray('trapezius-kite', 'middle-trapezius', [-0.05, 1.5, -2.1], [-0.02, 1.36, 0]),
  xray('levator-scapulae', 'levator-scapulae', [-0.72, 1.52, -0.58], [-0.07, 1.47, -0.02]),
  xray('sternocleidomastoid', 'sternocleidomastoid', ...NECK_RIGHT),
  xray('splenius-capitis', 'splenius-capitis', ...NECK_BACK),
  xray('suboccipitals', 'suboccipitals', ...NECK_BACK),
  xray('scalenes', 'scalenes', ...NECK_RIGHT),
  // shoulder and upper back
  xray('middle-trapezius', 'middle-trapezius', ...UPPER_BACK),
  xray('lower-trapezius', 'lower-trapezius', ...UPPER_BACK),
  xray('rhomboids', 'rhomboids', ...UPPER_BACK),
  xray('serratus-posterior-superior', 'serratus-posterior-superior', ...UPPER_BACK),
  xray('supraspinatus', 'supraspinatus', ...SHOULDER_BACK),
  xray('infraspinatus', 'infraspinatus', ...SHOULDER_BACK),
  xray('teres-minor', 'teres-minor', ...SHOULDER_BACK),
  xray('subscapularis', 'subscapularis', ...SHOULDER_BACK),
  // chest
  xray('pectoralis-major', 'pectoralis-major', ...TRUNK_FRONT),
  // lower back
  xray('quadratus-lumborum', 'quadratus-lumborum', ...LOW_BACK),
  xray('lumbar-paraspinals', 'lumbar-paraspinals', ...LOW_BACK),
  // hip
  xray('iliopsoas', 'iliopsoas', ...PELVIS_FRONT),
  xray('gluteus-medius-back', 'gluteus-medius', ...HIP_BACK),
  xray('gluteus-medius-side', 'gluteus-medius', ...HIP_SIDE),
  xray('gluteus-minimus', 'gluteus-minimus', ...HIP_SIDE),
  xray('piriformis', 'piriformis', ...HIP_BACK),
  // The gluteal layers from behind and outside: medius over minimus, piriformis below them.
  xray('gluteals-closeup', 'gluteus-minimus', [-0.75, 1.0, -0.7], [-0.11, 0.94, -0.02]),
  // thigh
  xray('vastus-lateralis', 'vastus-lateralis', ...THIGH_SIDE),
  xray('rectus-femoris', 'rectus-femoris', ...THIGH_FRONT),
  // leg
  xray('tibialis-anterior', 'tibialis-anterior', ...LEG_FRONT),
  xray('gastrocnemius', 'gastrocnemius', ...LEG_BACK),
  xray('soleus', 'soleus', ...LEG_BACK),
];
