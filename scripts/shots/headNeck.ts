/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import type { Shot } from './shot';
import { HEAD_RIGHT, NECK_BACK, xray, type V } from './muscles';

// From the right, a little in front and below: the digastric's two bellies under the jaw and the
// medial pterygoid inside the ramus are hidden from a level side view by the jaw's own outline.
const JAW_BELOW: [V, V] = [[-0.52, 1.42, 0.42], [-0.03, 1.54, 0.05]];
// The forehead from the right and in front, for the frontal belly; the occipital belly shows from behind.
const FOREHEAD: [V, V] = [[-0.42, 1.72, 0.62], [-0.02, 1.65, 0.06]];
// The back of the neck and upper back down to T6, for the columns that reach the thorax.
const NECK_UPPER_BACK: [V, V] = [[-0.22, 1.47, -1.05], [-0.03, 1.45, -0.02]];

export const HEAD_NECK_SHOTS: Shot[] = [
  xray('hn-occipitofrontalis', 'occipitofrontalis', ...FOREHEAD),
  xray('hn-occipitofrontalis-back', 'occipitofrontalis', ...NECK_BACK),
  xray('hn-medial-pterygoid', 'medial-pterygoid', ...HEAD_RIGHT),
  xray('hn-medial-pterygoid-below', 'medial-pterygoid', ...JAW_BELOW),
  xray('hn-digastric', 'digastric', ...JAW_BELOW),
  xray('hn-semispinalis-capitis', 'semispinalis-capitis', ...NECK_UPPER_BACK),
  xray('hn-cervical-multifidi', 'cervical-multifidi', ...NECK_BACK),
  xray('hn-splenius-cervicis', 'splenius-cervicis', ...NECK_UPPER_BACK),
];
