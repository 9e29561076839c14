/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import { UPPER_BACK, xray, type V } from './muscles';
import type { Shot } from './shot';

// The abducted arm seen from outside, front and above (the deltoid cap), and square to the skin of
// the front (the elbow flexors) and the back (triceps) of the upper arm, which face +Z and -Z.
const SHOULDER_SIDE: [V, V] = [[-0.8, 1.6, 0.5], [-0.24, 1.34, 0.02]];
const SHOULDER_BEHIND: [V, V] = [[-0.42, 1.42, -1.0], [-0.24, 1.34, -0.02]];
const AXILLA_BACK: [V, V] = [[-0.3, 1.33, -0.95], [-0.17, 1.3, -0.05]];
const ARM_FRONT: [V, V] = [[-0.45, 1.34, 0.82], [-0.25, 1.29, 0.04]];
const ARM_BELOW_FRONT: [V, V] = [[-0.3, 1.0, 0.78], [-0.2, 1.3, 0.04]];
const ARM_BACK: [V, V] = [[-0.34, 1.25, -0.85], [-0.31, 1.25, -0.02]];
const MID_BACK: [V, V] = [[-0.12, 1.15, -1.55], [-0.1, 1.12, 0]];
const LOWER_BACK_CLOSE: [V, V] = [[-0.1, 1.18, -1.1], [-0.06, 1.17, 0]];

export const SHOULDER_ARM_BACK_SHOTS: Shot[] = [
  xray('sab-deltoid', 'deltoid', ...SHOULDER_SIDE),
  xray('sab-deltoid-back', 'deltoid', ...SHOULDER_BEHIND),
  xray('sab-latissimus-dorsi', 'latissimus-dorsi', ...MID_BACK),
  xray('sab-teres-major', 'teres-major', ...AXILLA_BACK),
  xray('sab-coracobrachialis', 'coracobrachialis', ...ARM_BELOW_FRONT),
  xray('sab-biceps-brachii', 'biceps-brachii', ...ARM_FRONT),
  xray('sab-brachialis', 'brachialis', ...ARM_FRONT),
  xray('sab-triceps-brachii', 'triceps-brachii', ...ARM_BACK),
  xray('sab-thoracic-paraspinals', 'thoracic-paraspinals', ...UPPER_BACK),
  xray('sab-serratus-posterior-inferior', 'serratus-posterior-inferior', ...LOWER_BACK_CLOSE),
];
