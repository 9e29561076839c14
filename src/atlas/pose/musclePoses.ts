/**
 * Which self-care position each muscle's panel shows: its stretch and, where its pressure-release
 * text describes a body position (lying or leaning on a ball), that. The words they picture are
 * the muscle's own `selfCare.stretch` and `selfCare.pressureRelease` (the source text, shown beside
 * the moving body). A muscle whose text gives no stretch gets none: the link then says so.
 */
import type { PoseName } from './poses';

export interface MusclePoses {
  readonly stretch?: PoseName;
  readonly release?: PoseName;
}

/** Muscles whose text gives no stretch to show, and why (shown as the notice). */
export const NO_STRETCH: Readonly<Record<string, string>> = {
  'lateral-pterygoid': 'its text gives no specific stretch for this muscle',
  occipitofrontalis: 'this muscle has no effective stretch; its text describes loosening the scalp instead',
  'pelvic-floor': 'its self-care is the programme a treating clinician teaches',
};

export const MUSCLE_POSES: Readonly<Record<string, MusclePoses>> = {
  // Head and neck.
  'upper-trapezius': { stretch: 'neck-bend-away-hold-seat', release: 'ball-supine' },
  'levator-scapulae': { stretch: 'neck-nose-to-armpit', release: 'ball-wall-back' },
  scalenes: { stretch: 'neck-bend-away-anchored' },
  sternocleidomastoid: { stretch: 'neck-turn-toward-tip-back' },
  'semispinalis-capitis': { stretch: 'neck-forward', release: 'ball-supine' },
  'cervical-multifidi': { stretch: 'neck-forward-turn-toward', release: 'ball-supine' },
  'splenius-capitis': { stretch: 'neck-forward-turn-away', release: 'ball-supine' },
  'splenius-cervicis': { stretch: 'neck-forward-turn-away', release: 'ball-wall-back' },
  suboccipitals: { stretch: 'head-nod', release: 'ball-supine' },
  digastric: { stretch: 'head-tip-back' },
  masseter: { stretch: 'jaw-open' },
  temporalis: { stretch: 'jaw-open' },
  'medial-pterygoid': { stretch: 'jaw-open' },
  'lateral-pterygoid': {},
  occipitofrontalis: {},

  // Shoulder, arm and back.
  'pectoralis-major': { stretch: 'doorway-chest', release: 'ball-wall-front' },
  'pectoralis-minor': { stretch: 'doorway-high', release: 'ball-wall-front' },
  sternalis: { stretch: 'doorway-chest', release: 'ball-wall-front' },
  rhomboids: { stretch: 'doorway-chest', release: 'ball-wall-back' },
  'biceps-brachii': { stretch: 'arm-back-on-frame' },
  coracobrachialis: { stretch: 'arm-out-back-on-frame' },
  deltoid: { stretch: 'arm-back-on-frame', release: 'ball-wall-side' },
  infraspinatus: { stretch: 'hand-behind-back', release: 'ball-wall-back' },
  supraspinatus: { stretch: 'hand-behind-back', release: 'ball-wall-back' },
  'teres-minor': { stretch: 'hand-behind-back', release: 'ball-wall-back' },
  'teres-major': { stretch: 'elbow-behind-head-side-bend', release: 'ball-wall-back' },
  'triceps-brachii': { stretch: 'elbow-behind-head' },
  'latissimus-dorsi': { stretch: 'arm-overhead-side-bend', release: 'ball-side-lying' },
  subscapularis: { stretch: 'arm-out-turned-out' },
  'middle-trapezius': { stretch: 'hug-bend-forward', release: 'ball-wall-back' },
  'lower-trapezius': { stretch: 'hug-bend-forward', release: 'ball-wall-back' },
  'serratus-anterior': { stretch: 'chair-back-hook-turn', release: 'ball-wall-side' },
  'serratus-posterior-superior': { stretch: 'arm-across-chest', release: 'ball-wall-back-arm-across' },
  'serratus-posterior-inferior': { stretch: 'seated-bend-forward-turn', release: 'ball-wall-back' },
  'thoracic-paraspinals': { stretch: 'seated-bend-forward-turn', release: 'ball-wall-back' },

  // Forearm and hand.
  'extensor-carpi-radialis-brevis': { stretch: 'wrist-down-fist', release: 'ball-forearm-table-back' },
  'extensor-carpi-radialis-longus': { stretch: 'wrist-down-fist-ulnar' },
  'extensor-carpi-ulnaris': { stretch: 'wrist-down-radial' },
  'extensor-digitorum': { stretch: 'wrist-down-fist', release: 'ball-forearm-table-back' },
  'extensor-indicis': { stretch: 'wrist-down-fist' },
  brachioradialis: { stretch: 'wrist-down-ulnar' },
  supinator: { stretch: 'wrist-down-pronated' },
  brachialis: { stretch: 'elbow-straight' },
  'flexor-carpi-radialis': { stretch: 'wrist-back-ulnar', release: 'ball-forearm-table-down' },
  'flexor-carpi-ulnaris': { stretch: 'wrist-back-radial', release: 'ball-forearm-table-down' },
  'palmaris-longus': { stretch: 'wrist-back-palm-up', release: 'ball-forearm-table-down' },
  'flexor-digitorum-superficialis': { stretch: 'wrist-back-palm-up', release: 'ball-forearm-table-down' },
  'pronator-teres': { stretch: 'wrist-back-supinated' },
  'adductor-pollicis': { stretch: 'thumb-web-open' },
  'opponens-pollicis': { stretch: 'thumb-back-out' },
  'first-dorsal-interosseous': { stretch: 'index-to-middle' },
  'abductor-digiti-minimi': { stretch: 'little-to-ring' },

  // Trunk.
  'quadratus-lumborum': { stretch: 'standing-side-bend-overhead' },
  'lumbar-paraspinals': { stretch: 'knees-to-chest', release: 'ball-wall-back' },
  'rectus-abdominis': { stretch: 'prone-press-up' },
  'external-oblique': { stretch: 'prone-press-up-bend-away' },
  'pelvic-floor': {},

  // Hip and thigh.
  iliopsoas: { stretch: 'kneeling-lunge' },
  'gluteus-maximus': { stretch: 'knee-to-opposite-shoulder', release: 'ball-wall-back' },
  'gluteus-medius': { stretch: 'side-lying-leg-drop', release: 'ball-wall-back' },
  'gluteus-minimus': { stretch: 'cross-leg-behind-turned-out', release: 'ball-wall-side' },
  piriformis: { stretch: 'hip-right-angle-across', release: 'ball-seat-thigh' },
  'tensor-fasciae-latae': { stretch: 'cross-leg-behind', release: 'ball-wall-side' },
  'adductor-longus': { stretch: 'kneeling-side-lunge' },
  'adductor-magnus': { stretch: 'long-sit-wide' },
  pectineus: { stretch: 'butterfly' },
  sartorius: { stretch: 'standing-lunge-back-leg-in' },
  'rectus-femoris': { stretch: 'standing-quad' },
  'vastus-medialis': { stretch: 'standing-quad' },
  'vastus-intermedius': { stretch: 'standing-quad', release: 'ball-prone' },
  'vastus-lateralis': { stretch: 'standing-quad-across', release: 'ball-side-lying' },
  'biceps-femoris': { stretch: 'strap-leg-raise', release: 'ball-seat-thigh' },
  semitendinosus: { stretch: 'strap-leg-raise', release: 'ball-seat-thigh' },
  popliteus: { stretch: 'long-sit-knee-straight-out' },

  // Leg and foot.
  gastrocnemius: { stretch: 'wall-calf-straight-knee' },
  plantaris: { stretch: 'wall-calf-straight-knee' },
  soleus: { stretch: 'wall-calf-bent-knee' },
  'tibialis-posterior': { stretch: 'seated-foot-up-out' },
  'tibialis-anterior': { stretch: 'seated-foot-point-out' },
  'peroneus-longus': { stretch: 'seated-foot-up-in' },
  'peroneus-tertius': { stretch: 'seated-foot-point-in' },
  'extensor-digitorum-longus': { stretch: 'seated-foot-point' },
  'extensor-hallucis-longus': { stretch: 'seated-foot-point' },
  'extensor-digitorum-brevis': { stretch: 'seated-foot-point' },
  'flexor-digitorum-longus': { stretch: 'seated-foot-up' },
  'flexor-hallucis-longus': { stretch: 'seated-foot-up' },
  'flexor-digitorum-brevis': { stretch: 'seated-foot-up', release: 'ball-under-foot' },
  'quadratus-plantae': { stretch: 'seated-foot-up', release: 'ball-under-foot' },
  'abductor-hallucis': { stretch: 'seated-foot-up', release: 'ball-under-foot' },
  'abductor-digiti-minimi-pedis': { stretch: 'seated-foot-up', release: 'ball-under-foot' },
};
