/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import type { Shot } from './shot';
import { xray, type V } from './muscles';

// Closer views than the first wave's whole-leg ones: these muscles are small or deep, and a
// teacher judges them by where they sit on the knee, the fibula, the malleoli and the sole. The
// targets sit low so the ankle and foot stay above the legend box in the lower right.
const KNEE_BACK: [V, V] = [[-0.3, 0.45, -0.9], [-0.16, 0.42, -0.02]];
const CALF_BACK: [V, V] = [[-0.3, 0.16, -1.75], [-0.17, 0.13, -0.01]];
// From behind and inside, between the legs, to see the medial malleolus the deep flexors pass behind.
const CALF_MEDIAL: [V, V] = [[0.95, 0.16, -1.2], [-0.15, 0.13, 0]];
const LEG_LATERAL: [V, V] = [[-1.9, 0.16, 0.15], [-0.2, 0.13, 0.01]];
const LEG_ANTEROLATERAL: [V, V] = [[-1.3, 0.16, 1.25], [-0.2, 0.13, 0.05]];
const ANKLE_ANTEROLATERAL: [V, V] = [[-0.62, 0.2, 0.55], [-0.21, 0.08, 0.05]];
// The lower half of the leg from in front and a little outside, close enough to see a slender
// muscle surface between tibialis anterior and the long toe extensor above the ankle.
const LOWER_LEG_FRONT: [V, V] = [[-0.62, 0.2, 0.95], [-0.21, 0.09, 0.06]];
const FOOT_LATERAL: [V, V] = [[-0.75, 0.2, 0.25], [-0.21, 0.03, 0.07]];
const FOOT_ABOVE: [V, V] = [[-0.42, 0.5, 0.5], [-0.2, 0.03, 0.15]];
// From inside the right foot and a little below the floor, so the left foot stays out of the way.
const FOOT_MEDIAL: [V, V] = [[0.56, -0.3, 0.07], [-0.17, 0.03, 0.07]];
// From under the floor, looking up at the sole (heel at the top, lateral side to the right).
const FOOT_BELOW: [V, V] = [[-0.22, -0.78, -0.05], [-0.2, 0.0, 0.12]];

export const LEG_FOOT_SHOTS: Shot[] = [
  xray('leg-popliteus', 'popliteus', ...KNEE_BACK),
  xray('leg-plantaris', 'plantaris', ...CALF_BACK),
  xray('leg-plantaris-knee', 'plantaris', ...KNEE_BACK),
  xray('leg-peroneus-longus', 'peroneus-longus', ...LEG_LATERAL),
  xray('leg-peroneus-longus-sole', 'peroneus-longus', ...FOOT_BELOW),
  xray('leg-peroneus-tertius', 'peroneus-tertius', ...ANKLE_ANTEROLATERAL),
  xray('leg-tibialis-posterior', 'tibialis-posterior', ...CALF_BACK),
  xray('leg-tibialis-posterior-medial', 'tibialis-posterior', ...CALF_MEDIAL),
  xray('leg-tibialis-posterior-foot', 'tibialis-posterior', ...FOOT_MEDIAL),
  xray('leg-extensor-digitorum-longus', 'extensor-digitorum-longus', ...LEG_ANTEROLATERAL),
  xray('leg-extensor-digitorum-longus-foot', 'extensor-digitorum-longus', ...FOOT_ABOVE),
  xray('leg-extensor-hallucis-longus', 'extensor-hallucis-longus', ...LOWER_LEG_FRONT),
  xray('leg-extensor-hallucis-longus-foot', 'extensor-hallucis-longus', ...FOOT_ABOVE),
  xray('leg-flexor-digitorum-longus', 'flexor-digitorum-longus', ...CALF_MEDIAL),
  xray('leg-flexor-digitorum-longus-sole', 'flexor-digitorum-longus', ...FOOT_BELOW),
  xray('leg-flexor-hallucis-longus', 'flexor-hallucis-longus', ...CALF_BACK),
  xray('leg-flexor-hallucis-longus-medial', 'flexor-hallucis-longus', ...CALF_MEDIAL),
  xray('leg-flexor-hallucis-longus-sole', 'flexor-hallucis-longus', ...FOOT_BELOW),
  xray('leg-extensor-digitorum-brevis', 'extensor-digitorum-brevis', ...FOOT_ABOVE),
  xray('leg-extensor-digitorum-brevis-side', 'extensor-digitorum-brevis', ...FOOT_LATERAL),
  xray('leg-abductor-hallucis', 'abductor-hallucis', ...FOOT_MEDIAL),
  xray('leg-flexor-digitorum-brevis', 'flexor-digitorum-brevis', ...FOOT_BELOW),
  xray('leg-abductor-digiti-minimi-pedis', 'abductor-digiti-minimi-pedis', ...FOOT_BELOW),
  xray('leg-abductor-digiti-minimi-pedis-side', 'abductor-digiti-minimi-pedis', ...FOOT_LATERAL),
  xray('leg-quadratus-plantae', 'quadratus-plantae', ...FOOT_BELOW),
];
