/**
 * The self-care positions the atlas shows, written for the sore side. Each one pictures a
 * technique a muscle's own self-care text describes (musclePoses.ts says which text); the angles
 * are a gentle, ordinary version of it, inside normal ranges of motion (checked by
 * src/node/poses.test.ts), never the end of range.
 */
import type { ArmMove, LegMove, PoseSpec } from './poseSpec';

// Building blocks.
const SIT_LEGS: LegMove = { thigh: { forward: 1, up: -0.05, out: 0.1 }, shin: { up: -1, forward: 0.12, out: 0.03 } };
const LAP_ARM: ArmMove = { arm: { up: -1, forward: 0.3, out: 0.12 }, forearm: { forward: 1, up: -0.4, out: -0.08 } };
const HOLD_SEAT: ArmMove = { arm: { up: -1, out: 0.22, forward: -0.02 }, forearm: { up: -1, out: 0.12, forward: 0.05 }, girdle: { lift: -4 } };
const HANG: ArmMove = { arm: { up: -1, out: 0.2 }, forearm: { up: -1, out: 0.1, forward: 0.25 } };
const STRAIGHT_AHEAD = { forward: 1, out: 0.05, up: -0.08 };
const sit = (spec: Omit<PoseSpec, 'placement'> & { sore?: PoseSpec['sore']; other?: PoseSpec['other'] }): PoseSpec => ({
  ...spec,
  placement: 'sit',
  // Sitting tall: the rig's rest pelvis would otherwise leave the trunk leaning back a little.
  trunk: { flex: 6, ...spec.trunk },
  sore: { arm: LAP_ARM, leg: SIT_LEGS, ...spec.sore },
  other: { arm: LAP_ARM, leg: SIT_LEGS, ...spec.other },
});

export const POSES = {
  // Head and neck.
  'neck-bend-away-hold-seat': sit({ id: 'neck-bend-away-hold-seat', title: 'Head bent away, face turned a little toward the sore side, hand holding the seat', neck: { bend: -32, turn: 14, flex: 4 }, sore: { arm: HOLD_SEAT } }),
  'neck-nose-to-armpit': sit({ id: 'neck-nose-to-armpit', title: 'Head bent forward and turned away (nose toward the other armpit), hand holding the seat', neck: { flex: 28, turn: -38, bend: -12 }, sore: { arm: HOLD_SEAT } }),
  'neck-bend-away-anchored': sit({ id: 'neck-bend-away-anchored', title: 'Head bent sideways away, hand anchored under the buttock', neck: { bend: -32, flex: -6 }, sore: { arm: HOLD_SEAT } }),
  'neck-turn-toward-tip-back': sit({ id: 'neck-turn-toward-tip-back', title: 'Face turned toward the sore side, head tipped a little back and away', neck: { turn: 32, flex: -12, bend: -16 } }),
  'neck-forward': sit({ id: 'neck-forward', title: 'Chin tucked, head and neck bent slowly forward', neck: { flex: 32 }, head: { flex: 10 } }),
  'neck-forward-turn-toward': sit({ id: 'neck-forward-turn-toward', title: 'Chin tucked, neck bent forward, head turned a little toward the sore side', neck: { flex: 28, turn: 18 }, head: { flex: 6 } }),
  'neck-forward-turn-away': sit({ id: 'neck-forward-turn-away', title: 'Head bent forward, then turned and bent sideways away', neck: { flex: 24, turn: -24, bend: -16 } }),
  'head-nod': sit({ id: 'head-nod', title: 'Chin nodded gently toward the throat, top of the neck only', head: { flex: 16 }, neck: { flex: 4 } }),
  'head-tip-back': sit({ id: 'head-tip-back', title: 'Teeth together, head tipped back only a little', neck: { flex: -16 }, head: { flex: -8 } }),
  'jaw-open': sit({ id: 'jaw-open', title: 'Mouth opened gently and slowly', jawOpen: 20, note: 'The fingers that can help the jaw open are not drawn.' }),

  // Shoulder and arm.
  'doorway-chest': {
    id: 'doorway-chest', title: 'Doorway stretch: forearm on the frame at shoulder height, stepping through', placement: 'stand',
    trunk: { turn: -8 },
    sore: { arm: { arm: { out: 1, forward: -0.22 }, forearm: { up: 1, forward: -0.05 } }, leg: { thigh: { up: -1, forward: -0.18, out: 0.08 } } },
    other: { arm: HANG, leg: { thigh: { up: -1, forward: 0.32, out: 0.05 }, shin: { up: -1, forward: 0.05 } } },
    props: [{ kind: 'doorway' }],
  },
  'doorway-high': {
    id: 'doorway-high', title: 'Doorway stretch with the forearm high on the frame, stepping through', placement: 'stand',
    trunk: { turn: -6 },
    sore: { arm: { arm: { out: 0.72, up: 0.62, forward: -0.22 }, forearm: { up: 1, out: 0.18, forward: -0.05 } }, leg: { thigh: { up: -1, forward: -0.18, out: 0.08 } } },
    other: { arm: HANG, leg: { thigh: { up: -1, forward: 0.32, out: 0.05 }, shin: { up: -1, forward: 0.05 } } },
    props: [{ kind: 'doorway' }],
  },
  'arm-back-on-frame': {
    id: 'arm-back-on-frame', title: 'Straight arm a little behind the body, hand on a door frame, body turned away', placement: 'stand',
    trunk: { turn: -14 },
    sore: { arm: { arm: { up: -0.62, out: 0.42, forward: -0.62 }, forearm: { up: -0.62, out: 0.42, forward: -0.62 }, supinate: -40 } },
    other: { arm: HANG },
    props: [{ kind: 'doorway' }],
  },
  'arm-out-back-on-frame': {
    id: 'arm-out-back-on-frame', title: 'Arm out just below shoulder height and behind the body, hand on the frame, chest turned away', placement: 'stand',
    trunk: { turn: -12 },
    sore: { arm: { arm: { out: 1, up: -0.15, forward: -0.42 }, forearm: { out: 1, up: -0.15, forward: -0.42 }, supinate: -30 } },
    other: { arm: HANG },
    props: [{ kind: 'doorway' }],
  },
  'arm-across-chest': {
    id: 'arm-across-chest', title: 'Arm drawn across the chest at shoulder height, the other hand at the elbow', placement: 'stand',
    sore: { arm: { arm: { forward: 1, out: -0.62 }, forearm: { forward: 0.75, out: -0.75, up: 0.05 } } },
    other: { arm: { arm: { forward: 0.75, up: -0.62, out: 0.05 }, forearm: { forward: 0.55, out: -0.8, up: 0.3 } } },
  },
  'hand-behind-back': {
    id: 'hand-behind-back', title: 'Hand behind the back, reaching toward the other side', placement: 'stand',
    sore: { arm: { arm: { up: -1, forward: -0.3, out: 0.22 }, forearm: { out: -1, up: 0.05, forward: -0.18 } } },
    other: { arm: HANG },
  },
  'arm-overhead-side-bend': {
    id: 'arm-overhead-side-bend', title: 'Arm raised above the head, the other hand holding the elbow, trunk bent sideways away', placement: 'stand',
    trunk: { bend: -18 },
    sore: { arm: { arm: { up: 1, out: 0.12, forward: 0.12 }, forearm: { up: 0.45, out: -0.9, forward: 0.05 } } },
    other: { arm: { arm: { up: 0.55, out: 0.55, forward: 0.45 }, forearm: { out: -0.95, up: 0.45, forward: -0.05 } } },
  },
  'elbow-behind-head': {
    id: 'elbow-behind-head', title: 'Arm raised with the elbow fully bent, hand reaching down the back, the other hand at the elbow', placement: 'stand',
    sore: { arm: { arm: { up: 1, forward: 0.1, out: 0.05 }, forearm: { up: -0.75, out: -0.45, forward: -0.45 } } },
    other: { arm: { arm: { up: 0.55, out: 0.55, forward: 0.45 }, forearm: { out: -0.95, up: 0.45, forward: -0.05 } } },
  },
  'elbow-behind-head-side-bend': {
    id: 'elbow-behind-head-side-bend', title: 'Arm raised close to the ear, elbow bent and drawn behind the head, trunk bent away', placement: 'stand',
    trunk: { bend: -14 },
    sore: { arm: { arm: { up: 1, forward: 0.05, out: 0.05 }, forearm: { up: -0.75, out: -0.45, forward: -0.45 } } },
    other: { arm: { arm: { up: 0.55, out: 0.55, forward: 0.45 }, forearm: { out: -0.95, up: 0.45, forward: -0.05 } } },
  },
  'arm-out-turned-out': {
    id: 'arm-out-turned-out', title: 'Arm out to the side and turned outward in a doorway', placement: 'stand',
    sore: { arm: { arm: { out: 1, up: 0.12 }, forearm: { up: 1, out: 0.15, forward: -0.2 } } },
    other: { arm: HANG },
    props: [{ kind: 'doorway' }],
  },
  'hug-bend-forward': sit({
    id: 'hug-bend-forward', title: 'Hugging yourself, shoulder blades drawn apart, upper body bent forward',
    trunk: { flex: 22 }, neck: { flex: 14 },
    sore: { arm: { arm: { forward: 1, out: -0.45, up: -0.1 }, forearm: { out: -1, forward: 0.25, up: 0.1 }, girdle: { forward: 10 } } },
    other: { arm: { arm: { forward: 1, out: -0.45, up: 0.05 }, forearm: { out: -1, forward: 0.2, up: 0.15 }, girdle: { forward: 10 } } },
  }),
  'chair-back-hook-turn': sit({
    id: 'chair-back-hook-turn', title: 'Arm hooked behind the chair back, chest turned toward the other side',
    trunk: { turn: -28 },
    sore: { arm: { arm: { up: -0.78, forward: -0.55, out: 0.3 }, forearm: { up: -1, forward: -0.12, out: 0.05 } } },
  }),
  'seated-bend-forward-turn': sit({
    id: 'seated-bend-forward-turn', title: 'Sitting, bending forward and turning away (nose toward the other knee)',
    trunk: { flex: 36, turn: -20 }, neck: { flex: 14 },
    sore: { arm: { arm: { forward: 0.45, up: -0.9, out: -0.05 }, forearm: { forward: 0.85, up: -0.55 } } },
    other: { arm: { arm: { forward: 0.45, up: -0.9, out: 0.1 }, forearm: { forward: 0.85, up: -0.55 } } },
  }),

  // Forearm and hand (elbow straight, arm in front).
  'wrist-down-fist': { id: 'wrist-down-fist', title: 'Elbow straight, palm down, fist made, wrist bent down', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: -60, wrist: { extend: -50 }, fingers: { curl: 75 } } }, other: { arm: HANG } },
  'wrist-down-fist-ulnar': { id: 'wrist-down-fist-ulnar', title: 'Elbow straight, palm down, fist made, wrist bent down and toward the little finger', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: -60, wrist: { extend: -45, ulnar: 20 }, fingers: { curl: 75 } } }, other: { arm: HANG } },
  'wrist-down-ulnar': { id: 'wrist-down-ulnar', title: 'Elbow straight, palm down, wrist bent down and toward the little finger', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: -60, wrist: { extend: -45, ulnar: 20 } } }, other: { arm: HANG } },
  'wrist-down-radial': { id: 'wrist-down-radial', title: 'Elbow straight, palm down, wrist bent down and toward the thumb', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: -60, wrist: { extend: -45, ulnar: -12 } } }, other: { arm: HANG } },
  'wrist-down-pronated': { id: 'wrist-down-pronated', title: 'Elbow straight, palm turned fully down, wrist bent down', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: -80, wrist: { extend: -45 } } }, other: { arm: HANG } },
  'wrist-back-palm-up': { id: 'wrist-back-palm-up', title: 'Elbow straight, palm up, fingers and wrist pulled back', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: 70, wrist: { extend: 50 }, fingers: { curl: -15 } } }, other: { arm: HANG } },
  'wrist-back-ulnar': { id: 'wrist-back-ulnar', title: 'Elbow straight, palm up, wrist pulled back and tipped toward the little finger', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: 70, wrist: { extend: 45, ulnar: 18 }, fingers: { curl: -15 } } }, other: { arm: HANG } },
  'wrist-back-radial': { id: 'wrist-back-radial', title: 'Elbow straight, palm up, wrist pulled back and tipped toward the thumb', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: 70, wrist: { extend: 45, ulnar: -12 }, fingers: { curl: -15 } } }, other: { arm: HANG } },
  'wrist-back-supinated': { id: 'wrist-back-supinated', title: 'Elbow straight, palm turned fully up, wrist bent back', placement: 'stand', sore: { arm: { arm: STRAIGHT_AHEAD, forearm: STRAIGHT_AHEAD, supinate: 80, wrist: { extend: 45 } } }, other: { arm: HANG } },
  'elbow-straight': { id: 'elbow-straight', title: 'Elbow straightened fully, palm up', placement: 'stand', sore: { arm: { arm: { up: -0.85, forward: 0.5, out: 0.12 }, forearm: { up: -0.85, forward: 0.5, out: 0.12 }, supinate: 50 } }, other: { arm: HANG } },
  'thumb-web-open': { id: 'thumb-web-open', title: 'Palm down on the table, thumb drawn away from the index finger to open the web', placement: 'sit', sore: { arm: { arm: { up: -0.75, forward: 0.65, out: 0.15 }, forearm: { forward: 1, up: -0.12, out: -0.1 }, supinate: -55, fingers: { thumbOut: 35 } }, leg: SIT_LEGS }, other: { arm: LAP_ARM, leg: SIT_LEGS }, props: [{ kind: 'table' }] },
  'thumb-back-out': { id: 'thumb-back-out', title: 'Thumb taken back and away from the palm', placement: 'stand', sore: { arm: { arm: { up: -0.75, forward: 0.65, out: 0.15 }, forearm: { forward: 1, up: 0.1, out: -0.1 }, supinate: 40, fingers: { thumbOut: 40 } } }, other: { arm: HANG } },
  'index-to-middle': { id: 'index-to-middle', title: 'Fingers straight, index drawn toward the middle finger, thumb taken away', placement: 'stand', sore: { arm: { arm: { up: -0.75, forward: 0.65, out: 0.15 }, forearm: { forward: 1, up: 0.1, out: -0.1 }, supinate: -40, fingers: { indexIn: 10, thumbOut: 25 } } }, other: { arm: HANG } },
  'little-to-ring': { id: 'little-to-ring', title: 'Fingers straight, little finger moved toward the ring finger', placement: 'stand', sore: { arm: { arm: { up: -0.75, forward: 0.65, out: 0.15 }, forearm: { forward: 1, up: 0.1, out: -0.1 }, supinate: -40, fingers: { littleIn: 10 } } }, other: { arm: HANG } },

  // Trunk.
  'standing-side-bend-overhead': {
    id: 'standing-side-bend-overhead', title: 'Standing, bending sideways away with the arm overhead (the gentler version)', placement: 'stand',
    trunk: { bend: -22 },
    sore: { arm: { arm: { up: 1, out: -0.2, forward: 0.05 }, forearm: { up: 0.85, out: -0.5 } } },
    other: { arm: HANG },
  },
  'prone-press-up': {
    id: 'prone-press-up', title: 'Lying face down, pressing up on the arms, pelvis on the floor', placement: 'prone',
    trunk: { flex: -28 }, neck: { flex: -8 },
    sore: { arm: { arm: { forward: 0.9, up: -0.45, out: 0.12 }, forearm: { forward: 0.55, up: 0.75, out: -0.05 } } },
    other: { arm: { arm: { forward: 0.9, up: -0.45, out: 0.12 }, forearm: { forward: 0.55, up: 0.75, out: -0.05 } } },
  },
  'prone-press-up-bend-away': {
    id: 'prone-press-up-bend-away', title: 'Lying face down, pressing up on the arms and bending the trunk away', placement: 'prone',
    trunk: { flex: -24, bend: -12 }, neck: { flex: -6 },
    sore: { arm: { arm: { forward: 0.9, up: -0.45, out: 0.12 }, forearm: { forward: 0.55, up: 0.75, out: -0.05 } } },
    other: { arm: { arm: { forward: 0.9, up: -0.45, out: 0.12 }, forearm: { forward: 0.55, up: 0.75, out: -0.05 } } },
  },
  'knees-to-chest': {
    id: 'knees-to-chest', title: 'Lying on the back, both knees pulled to the chest', placement: 'supine',
    sore: { leg: { thigh: { forward: 0.8, up: 0.55, out: 0.12 }, shin: { forward: 0.1, up: -1, out: 0.05 } }, arm: { arm: { forward: 0.8, up: -0.55, out: 0.15 }, forearm: { forward: 0.55, up: -0.3, out: -0.75 } } },
    other: { leg: { thigh: { forward: 0.8, up: 0.55, out: 0.12 }, shin: { forward: 0.1, up: -1, out: 0.05 } }, arm: { arm: { forward: 0.8, up: -0.55, out: 0.15 }, forearm: { forward: 0.55, up: -0.3, out: -0.75 } } },
  },

  // Hip and thigh.
  'knee-to-opposite-shoulder': {
    id: 'knee-to-opposite-shoulder', title: 'Lying on the back, the knee drawn toward the opposite shoulder, hands behind the thigh', placement: 'supine',
    sore: { leg: { thigh: { forward: 0.72, up: 0.48, out: -0.32 }, shin: { forward: 0.15, up: -1, out: -0.1 } }, arm: { arm: { forward: 0.75, up: -0.6, out: 0.05 }, forearm: { forward: 0.55, up: -0.3, out: -0.75 } } },
    other: { arm: { arm: { forward: 0.75, up: -0.62, out: -0.15 }, forearm: { forward: 0.6, up: -0.35, out: 0.7 } } },
  },
  'hip-right-angle-across': {
    id: 'hip-right-angle-across', title: 'Lying on the back, hip bent to a right angle, knee pulled toward the opposite shoulder', placement: 'supine',
    sore: { leg: { thigh: { forward: 1, out: -0.38, up: 0.05 }, shin: { up: -1, out: -0.15, forward: 0.1 } }, arm: { arm: { forward: 0.7, up: -0.7, out: 0.05 }, forearm: { forward: 0.6, out: -0.75, up: -0.25 } } },
    other: { arm: { arm: { forward: 0.7, up: -0.7, out: -0.1 }, forearm: { forward: 0.6, out: 0.7, up: -0.3 } } },
  },
  'side-lying-leg-drop': {
    id: 'side-lying-leg-drop', title: 'Lying on the other side at the edge of the bed, the top leg dropped down behind the lower leg', placement: 'side-lying',
    sore: { leg: { thigh: { up: -1, out: -0.38, forward: -0.22 } }, arm: { arm: { up: -1, out: 0.1, forward: 0.15 }, forearm: { up: -0.8, forward: 0.5 } } },
    other: { leg: { thigh: { up: -1, forward: 0.3 }, shin: { up: -1, forward: 0.02 } }, arm: { arm: { up: 0.35, forward: 0.9 }, forearm: { up: 0.9, forward: 0.35, out: -0.2 } } },
  },
  'cross-leg-behind': {
    id: 'cross-leg-behind', title: 'Standing with a hand on a wall, the sore leg crossed behind the other, pelvis shifted to the sore side, trunk leaning away', placement: 'stand',
    trunk: { bend: -12 },
    sore: { leg: { thigh: { up: -1, out: -0.32, forward: -0.1 } }, arm: HANG },
    other: { leg: { thigh: { up: -1, out: 0.12 } }, arm: { arm: { out: 1, up: -0.25 }, forearm: { out: 1, up: -0.2, forward: 0.05 } } },
    props: [{ kind: 'wall', at: 'other-hand' }],
  },
  'cross-leg-behind-turned-out': {
    id: 'cross-leg-behind-turned-out', title: 'Standing with a hand on a wall, the hip taken back, turned out and crossed behind the other leg', placement: 'stand',
    sore: { leg: { thigh: { up: -1, out: -0.3, forward: -0.16 }, rotateOut: 18 }, arm: HANG },
    other: { leg: { thigh: { up: -1, out: 0.1 } }, arm: { arm: { out: 1, up: -0.25 }, forearm: { out: 1, up: -0.2, forward: 0.05 } } },
    props: [{ kind: 'wall', at: 'other-hand' }],
  },
  'kneeling-side-lunge': {
    id: 'kneeling-side-lunge', title: 'Kneeling on the good knee, the sore leg straight out to the side, hands on the floor', placement: 'kneel',
    // The pelvis dips toward the sore side, so the straight leg reaches the floor within the hip's range.
    pelvisDrop: 12,
    trunk: { flex: 30, bend: -12 },
    sore: { leg: { thigh: { out: 0.75, up: -0.66 } }, arm: { arm: { forward: 0.6, up: -0.8, out: 0.1 }, forearm: { forward: 0.6, up: -0.8, out: 0.1 } } },
    other: { leg: { thigh: { up: -1, out: 0.05 }, shin: { forward: -1, up: -0.05 } }, arm: { arm: { forward: 0.6, up: -0.8, out: 0.1 }, forearm: { forward: 0.6, up: -0.8, out: 0.1 } } },
  },
  'long-sit-wide': {
    id: 'long-sit-wide', title: 'Sitting with the legs straight and wide apart, leaning forward from the hips', placement: 'floor-sit',
    trunk: { flex: 22 },
    sore: { leg: { thigh: { forward: 1, out: 0.58 }, ankle: { up: 5 } }, arm: { arm: { forward: 0.85, up: -0.5, out: 0.2 }, forearm: { forward: 0.85, up: -0.5, out: 0.2 } } },
    other: { leg: { thigh: { forward: 1, out: 0.58 }, ankle: { up: 5 } }, arm: { arm: { forward: 0.85, up: -0.5, out: 0.2 }, forearm: { forward: 0.85, up: -0.5, out: 0.2 } } },
  },
  butterfly: {
    id: 'butterfly', title: 'Sitting with the soles together, knees falling toward the floor', placement: 'floor-sit',
    trunk: { flex: 8 },
    sore: { leg: { thigh: { forward: 0.86, out: 0.45, up: 0.22 }, shin: { out: -0.58, forward: -0.2, up: -0.79 } }, arm: { arm: { forward: 0.55, up: -0.85 }, forearm: { forward: 0.85, up: -0.5, out: -0.2 } } },
    other: { leg: { thigh: { forward: 0.86, out: 0.45, up: 0.22 }, shin: { out: -0.58, forward: -0.2, up: -0.79 } }, arm: { arm: { forward: 0.55, up: -0.85 }, forearm: { forward: 0.85, up: -0.5, out: -0.2 } } },
  },
  'kneeling-lunge': {
    id: 'kneeling-lunge', title: 'Kneeling lunge: the sore side\'s knee down behind, pelvis tucked under', placement: 'kneel',
    trunk: { flex: -4 },
    sore: { leg: { thigh: { up: -0.95, forward: -0.32, out: 0.05 }, shin: { forward: -1, up: -0.08 } }, arm: HANG },
    other: { leg: { thigh: { forward: 1, up: -0.12, out: 0.08 }, shin: { up: -1, forward: 0.15 } }, arm: HANG },
  },
  'standing-lunge-back-leg-in': {
    id: 'standing-lunge-back-leg-in', title: 'Standing lunge, the sore leg behind with the knee straight and the foot turned in', placement: 'stand',
    sore: { leg: { thigh: { up: -1, forward: -0.36, out: -0.04 }, rotateOut: -14 }, arm: HANG },
    other: { leg: { thigh: { up: -0.85, forward: 0.5, out: 0.05 }, shin: { up: -1, forward: 0.08 } }, arm: HANG },
  },
  'standing-quad': {
    id: 'standing-quad', title: 'Standing, holding a support: heel drawn to the buttock, knee pointing down, pelvis tucked', placement: 'stand',
    sore: { leg: { thigh: { up: -1, forward: -0.04, out: 0.02 }, shin: { forward: -0.75, up: 0.6, out: 0.06 } }, arm: { arm: { up: -0.86, forward: -0.5, out: 0.12 }, forearm: { up: -0.86, forward: -0.5, out: 0.12 } } },
    other: { arm: { arm: { out: 1, up: -0.25 }, forearm: { out: 1, up: -0.2, forward: 0.05 } } },
    props: [{ kind: 'wall', at: 'other-hand' }],
  },
  'standing-quad-across': {
    id: 'standing-quad-across', title: 'Standing, holding a support: heel drawn to the buttock and the thigh brought inward', placement: 'stand',
    sore: { leg: { thigh: { up: -1, forward: -0.04, out: -0.2 }, shin: { forward: -0.75, up: 0.6, out: -0.1 } }, arm: { arm: { up: -0.86, forward: -0.5, out: 0.06 }, forearm: { up: -0.86, forward: -0.5, out: 0.06 } } },
    other: { arm: { arm: { out: 1, up: -0.25 }, forearm: { out: 1, up: -0.2, forward: 0.05 } } },
    props: [{ kind: 'wall', at: 'other-hand' }],
  },
  'strap-leg-raise': {
    id: 'strap-leg-raise', title: 'Lying on the back, a strap around the foot, the straight leg lifted, the other leg flat', placement: 'supine',
    sore: { leg: { thigh: { forward: 0.9, up: -0.42 }, ankle: { up: 8 } }, arm: { arm: { forward: 0.75, up: -0.65, out: 0.1 }, forearm: { forward: 0.75, up: -0.65, out: 0.05 } } },
    other: { arm: { arm: { forward: 0.75, up: -0.65, out: 0.1 }, forearm: { forward: 0.75, up: -0.65, out: 0.05 } } },
    props: [{ kind: 'strap' }],
  },
  'long-sit-knee-straight-out': {
    id: 'long-sit-knee-straight-out', title: 'Sitting with the leg out straight, the knee straightened while the leg turns outward', placement: 'floor-sit',
    sore: { leg: { thigh: { forward: 1, out: 0.1 }, rotateOut: 20, ankle: { up: 5 } }, arm: { arm: { up: -1, out: 0.25, forward: -0.25 }, forearm: { up: -1, out: 0.2, forward: -0.2 } } },
    other: { leg: { thigh: { forward: 1, out: 0.1 } }, arm: { arm: { up: -1, out: 0.25, forward: -0.25 }, forearm: { up: -1, out: 0.2, forward: -0.2 } } },
  },

  // Leg and foot.
  'wall-calf-straight-knee': {
    id: 'wall-calf-straight-knee', title: 'Hands on the wall, the sore leg straight behind with the heel down, leaning forward', placement: 'stand',
    trunk: { flex: 6 },
    sore: { leg: { thigh: { up: -1, forward: -0.3 }, ankle: { up: 15 } }, arm: { arm: { forward: 1, up: 0.12, out: 0.05 }, forearm: { forward: 1, up: 0.12, out: 0.05 } } },
    other: { leg: { thigh: { up: -1, forward: 0.28 }, shin: { up: -1, forward: 0.02 }, ankle: { up: 4 } }, arm: { arm: { forward: 1, up: 0.12, out: 0.05 }, forearm: { forward: 1, up: 0.12, out: 0.05 } } },
    props: [{ kind: 'wall', at: 'sore-hand' }],
  },
  'wall-calf-bent-knee': {
    id: 'wall-calf-bent-knee', title: 'Hands on the wall, the sore foot flat behind, knee bent, leaning forward', placement: 'stand',
    trunk: { flex: 6 },
    sore: { leg: { thigh: { up: -1, forward: -0.12 }, shin: { up: -1, forward: -0.38 }, ankle: { up: 18 } }, arm: { arm: { forward: 1, up: 0.12, out: 0.05 }, forearm: { forward: 1, up: 0.12, out: 0.05 } } },
    other: { leg: { thigh: { up: -1, forward: 0.25 }, shin: { up: -1, forward: 0.02 } }, arm: { arm: { forward: 1, up: 0.12, out: 0.05 }, forearm: { forward: 1, up: 0.12, out: 0.05 } } },
    props: [{ kind: 'wall', at: 'sore-hand' }],
  },
  'seated-foot-up': sit({ id: 'seated-foot-up', title: 'Sitting, the sore foot out in front, ankle and toes brought up', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: 18 } } }, note: 'The model\'s toes have no joints: the picture shows the ankle brought up; pull the toes up too, as the text says.' }),
  'seated-foot-up-out': sit({ id: 'seated-foot-up-out', title: 'Sitting, the sore foot out in front, brought up and the sole turned outward', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: 15, evert: 12 } } } }),
  'seated-foot-up-in': sit({ id: 'seated-foot-up-in', title: 'Sitting, the sore foot brought up and the sole turned inward', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: 10, evert: -20 } } } }),
  'seated-foot-point': sit({ id: 'seated-foot-point', title: 'Sitting, the sore foot pointed down, without weight on it', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: -35 } } }, note: 'The model\'s toes have no joints: curl them under as the text says.' }),
  'seated-foot-point-out': sit({ id: 'seated-foot-point-out', title: 'Sitting, the sore foot pointed down and the sole turned outward', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: -30, evert: 12 } } } }),
  'seated-foot-point-in': sit({ id: 'seated-foot-point-in', title: 'Sitting, the sore foot pointed down and the sole turned inward, without weight on it', sore: { leg: { thigh: { forward: 1, up: -0.1, out: 0.1 }, shin: { up: -0.75, forward: 0.66, out: 0.05 }, ankle: { up: -30, evert: -18 } } } }),

  // Pressure release on a ball.
  'ball-wall-back': { id: 'ball-wall-back', title: 'Leaning back against a wall on a ball under the trigger point', placement: 'stand', sore: { arm: HANG, leg: { thigh: { up: -1, forward: 0.12, out: 0.08 }, shin: { up: -1, forward: -0.05 } } }, other: { arm: HANG, leg: { thigh: { up: -1, forward: 0.12, out: 0.08 }, shin: { up: -1, forward: -0.05 } } }, props: [{ kind: 'ball' }, { kind: 'wall', at: 'ball' }] },
  'ball-wall-back-arm-across': { id: 'ball-wall-back-arm-across', title: 'Back to the wall, the arm crossed in front of the chest, leaning on a ball', placement: 'stand', sore: { arm: { arm: { forward: 1, out: -0.55, up: -0.1 }, forearm: { forward: 0.6, out: -0.8, up: 0.1 } } }, other: { arm: HANG }, props: [{ kind: 'ball' }, { kind: 'wall', at: 'ball' }] },
  'ball-wall-side': { id: 'ball-wall-side', title: 'Side against a wall with a ball between', placement: 'stand', sore: { arm: { arm: { up: -1, forward: 0.4, out: 0.05 }, forearm: { forward: 1, up: -0.2, out: -0.4 } } }, other: { arm: HANG }, props: [{ kind: 'ball' }, { kind: 'wall', at: 'ball' }] },
  'ball-wall-front': { id: 'ball-wall-front', title: 'Facing a wall or door frame, leaning gently onto a ball on the chest', placement: 'stand', sore: { arm: { arm: { up: -1, out: 0.35 }, forearm: { up: -1, out: 0.2, forward: 0.1 } } }, other: { arm: HANG }, props: [{ kind: 'ball' }, { kind: 'wall', at: 'ball' }] },
  'ball-supine': { id: 'ball-supine', title: 'Lying on the back on a ball under the tender spot', placement: 'supine', sore: { arm: { arm: { up: -1, out: 0.35 } } }, other: { arm: { arm: { up: -1, out: 0.35 } } }, props: [{ kind: 'ball' }] },
  'ball-supine-knees-bent': { id: 'ball-supine-knees-bent', title: 'Lying on the back, knees bent, a ball under the tender spot', placement: 'supine', sore: { leg: { thigh: { forward: 0.7, up: -0.72 }, shin: { up: -1, forward: -0.7 } } }, other: { leg: { thigh: { forward: 0.7, up: -0.72 }, shin: { up: -1, forward: -0.7 } } }, props: [{ kind: 'ball' }] },
  'ball-seat-thigh': sit({ id: 'ball-seat-thigh', title: 'Sitting on a hard chair with a ball under the back of the thigh', props: [{ kind: 'ball' }] }),
  'ball-under-foot': sit({ id: 'ball-under-foot', title: 'Sitting, rolling the sole over a ball', sore: { leg: { thigh: { forward: 1, up: -0.05, out: 0.1 }, shin: { up: -1, forward: 0.25 } } }, props: [{ kind: 'ball' }] }),
  'ball-prone': { id: 'ball-prone', title: 'Lying face down on a ball (or roller) under the front of the thigh', placement: 'prone', sore: { arm: { arm: { forward: 0.9, up: -0.4, out: 0.15 }, forearm: { forward: 0.1, up: 1, out: -0.2 } } }, other: { arm: { arm: { forward: 0.9, up: -0.4, out: 0.15 }, forearm: { forward: 0.1, up: 1, out: -0.2 } } }, props: [{ kind: 'ball' }] },
  'ball-side-lying': { id: 'ball-side-lying', title: 'Lying on the sore side on a ball (or roller)', placement: 'side-lying-down', other: { leg: { thigh: { up: -0.8, forward: 0.6 }, shin: { up: -1, forward: -0.2 } } }, props: [{ kind: 'ball' }] },
  'ball-forearm-table-down': sit({ id: 'ball-forearm-table-down', title: 'Sitting at a table, the front of the forearm rolled over a ball', sore: { arm: { arm: { up: -0.8, forward: 0.6, out: 0.12 }, forearm: { forward: 1, up: -0.1, out: -0.12 }, supinate: -55 } }, props: [{ kind: 'ball' }, { kind: 'table' }] }),
  'ball-forearm-table-back': sit({ id: 'ball-forearm-table-back', title: 'Sitting at a table, the back of the forearm rolled over a ball', sore: { arm: { arm: { up: -0.8, forward: 0.6, out: 0.12 }, forearm: { forward: 1, up: -0.1, out: -0.12 }, supinate: 70 } }, props: [{ kind: 'ball' }, { kind: 'table' }] }),
  'ball-thumb-table': sit({ id: 'ball-thumb-table', title: 'Sitting at a table, the thumb pad pressed onto a small ball', sore: { arm: { arm: { up: -0.8, forward: 0.6, out: 0.12 }, forearm: { forward: 1, up: -0.2, out: -0.12 }, supinate: 20 } }, props: [{ kind: 'ball' }, { kind: 'table' }] }),
} satisfies Record<string, PoseSpec>;

export type PoseName = keyof typeof POSES;
