/**
 * X-ray screenshots of the forearm flexors, pronator teres and the hand muscles (see ./muscles.ts
 * for the views). The forearm is turned palm-in, so its front faces in toward the body and down:
 * the flexor views look at it from in front of the body, low and to the inside.
 */
import type { Shot } from './shot';
import { xray, type V } from './muscles';

// The front of the forearm, from in front of the belly, below and inside (as landmarks2-forearm-volar).
const FOREARM_FRONT: [V, V] = [[0.26, 0.8, 0.54], [-0.41, 1.12, 0.12]];
// The elbow end of it, closer, for pronator teres crossing the cubital region.
const ELBOW_FRONT: [V, V] = [[0.1, 0.93, 0.37], [-0.37, 1.16, 0.08]];
// The ulnar edge of the forearm, which faces down: from lower and further inside.
const FOREARM_ULNAR: [V, V] = [[0.15, 0.65, 0.54], [-0.41, 1.11, 0.1]];
// The palm (faces in and down).
const PALM: [V, V] = [[-0.22, 0.8, 0.22], [-0.5, 1.02, 0.26]];
// The thumb points forward and down here, so the thenar eminence is seen across the thumb's axis:
// from the palm side, below and slightly behind.
const THENAR: [V, V] = [[-0.27, 0.92, 0.2], [-0.48, 1.04, 0.275]];
// The thumb web: square onto the plane of the first two metacarpals, from above and in front.
const WEB_BACK: [V, V] = [[-0.45, 1.33, 0.46], [-0.495, 1.05, 0.28]];
// The little-finger edge, which faces back and out.
const HAND_ULNAR: [V, V] = [[-0.62, 0.88, -0.04], [-0.52, 1.0, 0.22]];

export const FOREARM_FLEXORS_HAND_SHOTS: Shot[] = [
  xray('fflex-pronator-teres', 'pronator-teres', ...ELBOW_FRONT),
  xray('fflex-flexor-carpi-radialis', 'flexor-carpi-radialis', ...FOREARM_FRONT),
  xray('fflex-palmaris-longus', 'palmaris-longus', ...FOREARM_FRONT),
  xray('fflex-flexor-carpi-ulnaris', 'flexor-carpi-ulnaris', ...FOREARM_ULNAR),
  xray('fflex-flexor-digitorum-superficialis', 'flexor-digitorum-superficialis', ...FOREARM_FRONT),
  xray('fflex-opponens-pollicis', 'opponens-pollicis', ...THENAR),
  xray('fflex-adductor-pollicis', 'adductor-pollicis', ...PALM),
  xray('fflex-first-dorsal-interosseous', 'first-dorsal-interosseous', ...WEB_BACK),
  xray('fflex-abductor-digiti-minimi', 'abductor-digiti-minimi', ...HAND_ULNAR),
];
