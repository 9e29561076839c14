/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import type { Shot } from './shot';
import { TRUNK_FRONT, xray, type V } from './muscles';

// The right side of the chest from in front and outside, below the raised arm: the serratus slips
// and the external oblique's rib slips meet there.
const CHEST_SIDE: [V, V] = [[-0.95, 1.27, 0.5], [-0.13, 1.25, 0.0]];
// From behind and outside, to see the serratus run under the scapula to its medial border.
const CHEST_BACK_SIDE: [V, V] = [[-1.1, 1.3, -1.0], [-0.1, 1.25, -0.02]];
// The belly from in front and to the right, where the oblique sheets turn round the flank.
const BELLY_RIGHT: [V, V] = [[-1.0, 1.12, 1.05], [-0.1, 1.08, 0.04]];
// The whole front of the belly from the ribs to the pubis.
const BELLY_FRONT: [V, V] = [[-0.2, 1.08, 1.6], [-0.05, 1.07, 0.05]];
// The upper chest a little from the right, to read the small pectoralis minor under the major.
const UPPER_CHEST: [V, V] = [[-0.35, 1.34, 1.05], [-0.07, 1.3, 0.06]];

export const TRUNK_FRONT_SHOTS: Shot[] = [
  xray('trunk-pectoralis-minor', 'pectoralis-minor', ...UPPER_CHEST),
  xray('trunk-sternalis', 'sternalis', ...TRUNK_FRONT),
  xray('trunk-serratus-anterior', 'serratus-anterior', ...CHEST_SIDE),
  xray('trunk-serratus-anterior-back', 'serratus-anterior', ...CHEST_BACK_SIDE),
  xray('trunk-rectus-abdominis', 'rectus-abdominis', ...BELLY_FRONT),
  xray('trunk-external-oblique', 'external-oblique', ...BELLY_FRONT),
  xray('trunk-external-oblique-side', 'external-oblique', ...BELLY_RIGHT),
];
