/**
 * X-ray screenshots of the forearm extensor group (see ./muscles.ts for the views). The forearm
 * hangs palm-in, so its back faces out and, toward the wrist, up: the views look at it from
 * outside and above rather than from behind.
 */
import { xray, type V } from './muscles';
import type { Shot } from './shot';

// The app's camera: 30 degrees of vertical field over a canvas about 713 px high.
const PIXELS_PER_METRE_AT_1M = 357 / Math.tan((15 * Math.PI) / 180);
// With the finder on the left, the muscle panel on the right and the legend at the bottom, the
// part of the canvas left free is centred about 23 px left of and 93 px above its middle.
const FREE_CENTRE_PX: [number, number] = [-23, 93];

/**
 * A camera `distance` metres from `centre`, looking from direction `from`, aimed so that `centre`
 * shows in the middle of the free part of the canvas rather than behind the panel.
 */
function framed(centre: V, from: V, distance: number): [V, V] {
  const len = Math.hypot(...from);
  const d = from.map((c) => c / len) as V;
  const position = centre.map((c, i) => c + d[i]! * distance) as V;
  // Screen right = forward x world up, screen up = right x forward (forward = -d).
  const right: V = [d[2], 0, -d[0]];
  const rl = Math.hypot(...right);
  const r = right.map((c) => c / rl) as V;
  const up: V = [r[2] * d[1] - r[1] * d[2], r[0] * d[2] - r[2] * d[0], r[1] * d[0] - r[0] * d[1]];
  const ppm = PIXELS_PER_METRE_AT_1M / distance;
  const target = centre.map((c, i) => c - (FREE_CENTRE_PX[0] / ppm) * r[i]! - (FREE_CENTRE_PX[1] / ppm) * up[i]!) as V;
  return [position, target];
}

// The whole back of the forearm, from the epicondyle to the knuckles: from outside, above and behind.
const FOREARM_BACK = framed([-0.458, 1.118, 0.152], [-0.85, 0.475, -0.245], 0.85);
// The thumb-side border, from above the ridge of the humerus to the radial styloid: from outside and above.
const FOREARM_RADIAL = framed([-0.405, 1.18, 0.1], [-0.7, 0.7, 0.15], 0.92);
// The lower forearm and the back of the hand, for the deep index extensor and its tendon.
const HAND_BACK = framed([-0.485, 1.07, 0.2], [-0.85, 0.475, -0.1], 0.6);
// The outer back of the elbow and upper forearm, for the deep supinator.
const ELBOW_OUTER = framed([-0.385, 1.175, 0.05], [-0.77, 0.36, -0.52], 0.4);
// The outer front of the elbow, where the supinator comes round onto the front of the radius.
const ELBOW_FRONT = framed([-0.375, 1.19, 0.06], [-0.3, 0.75, 0.6], 0.4);

export const FOREARM_HAND_SHOTS: Shot[] = [
  xray('fext-brachioradialis', 'brachioradialis', ...FOREARM_RADIAL),
  xray('fext-extensor-carpi-radialis-longus', 'extensor-carpi-radialis-longus', ...FOREARM_BACK),
  xray('fext-extensor-carpi-radialis-brevis', 'extensor-carpi-radialis-brevis', ...FOREARM_BACK),
  xray('fext-supinator', 'supinator', ...ELBOW_OUTER),
  xray('fext-supinator-front', 'supinator', ...ELBOW_FRONT),
  xray('fext-extensor-digitorum', 'extensor-digitorum', ...FOREARM_BACK),
  xray('fext-extensor-carpi-ulnaris', 'extensor-carpi-ulnaris', ...FOREARM_BACK),
  xray('fext-extensor-indicis', 'extensor-indicis', ...HAND_BACK),
];
