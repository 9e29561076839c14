/** X-ray screenshots of the second wave's muscles of one reference file (see ./muscles.ts for the views). */
import { HIP_BACK, HIP_SIDE, xray, type V } from './muscles';
import type { Shot } from './shot';

// Closer than THIGH_FRONT in ./muscles.ts, so a strap a few centimetres wide reads; both aimed
// off-centre so the knee lands left of the legend in the viewport's lower right.
const THIGH_FRONT_NEAR: [V, V] = [[-0.3, 0.68, 1.45], [-0.04, 0.66, 0.05]];
const THIGH_BACK_NEAR: [V, V] = [[-0.32, 0.66, -1.45], [-0.2, 0.64, 0]];
// The groin and inner thigh from in front and inside, past the transparent left leg.
const THIGH_INNER: [V, V] = [[0.3, 0.8, 1.15], [-0.07, 0.78, 0.04]];
// The front of the hip from in front and outside, so the tensor's lower end clears the legend.
const HIP_FRONT_SIDE: [V, V] = [[-1.0, 0.95, 0.9], [-0.06, 0.88, 0.02]];
// The pelvic outlet from behind and below, between the buttocks.
const PELVIC_OUTLET: [V, V] = [[-0.16, 0.5, -0.62], [-0.03, 0.87, 0]];

export const HIP_THIGH_SHOTS: Shot[] = [
  xray('hip-gluteus-maximus', 'gluteus-maximus', ...HIP_BACK),
  xray('hip-gluteus-maximus-side', 'gluteus-maximus', ...HIP_SIDE),
  xray('hip-pelvic-floor', 'pelvic-floor', ...PELVIC_OUTLET),
  xray('hip-tensor-fasciae-latae', 'tensor-fasciae-latae', ...HIP_FRONT_SIDE),
  xray('hip-pectineus', 'pectineus', ...THIGH_INNER),
  xray('hip-adductor-longus', 'adductor-longus', ...THIGH_INNER),
  xray('hip-adductor-magnus', 'adductor-magnus', ...THIGH_BACK_NEAR),
  xray('hip-adductor-magnus-inner', 'adductor-magnus', ...THIGH_INNER),
  xray('hip-sartorius', 'sartorius', ...THIGH_FRONT_NEAR),
  xray('hip-vastus-intermedius', 'vastus-intermedius', ...THIGH_FRONT_NEAR),
  xray('hip-vastus-medialis', 'vastus-medialis', ...THIGH_FRONT_NEAR),
  xray('hip-semitendinosus', 'semitendinosus', ...THIGH_BACK_NEAR),
  xray('hip-biceps-femoris', 'biceps-femoris', ...THIGH_BACK_NEAR),
];
